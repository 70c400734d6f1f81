using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect.Interop;

/// <summary>
/// Interoperability with a real third-party VE.Direct client: the parser of the npm package
/// @signalk/vedirect-serial-usb (pinned in Interop/package-lock.json, installed by test.sh with
/// <c>npm ci --prefix CydShunt.Firmware.Tests/VeDirect/Interop</c>). A long simulated run of our blocks is written to
/// a file and fed to it block by block by Interop/interop.js; it must accept every block and read back the values we
/// wrote.
/// </summary>
public class SignalKInteropTests
{
    private const int Blocks = 12000;

    private static string InteropDirectory => Path.Combine(FirmwareSubsetTests.RepositoryRoot, "CydShunt.Firmware.Tests", "VeDirect", "Interop");

    [Test]
    public void TheSignalKParserAcceptsEveryBlockOfALongRunAndReadsOurValues()
    {
        string package = Path.Combine(InteropDirectory, "node_modules", "@signalk", "vedirect-serial-usb", "package.json");
        if (!File.Exists(package))
        {
            Assert.Fail("The interop package is not installed: run `npm ci --prefix " + InteropDirectory + "` (test.sh does this first).");
        }

        var settings = new VeDirectSettings();
        List<SimulatedBlock> run = SimulatedRun.Generate(Blocks, seed: 2026, settings);
        string work = Path.Combine(Path.GetTempPath(), "cydshunt-vedirect-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            string blocksFile = Path.Combine(work, "blocks.bin");
            string decodedFile = Path.Combine(work, "decoded.json");
            using (var file = new BinaryWriter(File.Create(blocksFile)))
            {
                foreach (SimulatedBlock block in run)
                {
                    file.Write((ushort)block.Bytes.Length);
                    file.Write(block.Bytes);
                }
            }

            JsonElement summary = RunNode(blocksFile, decodedFile);
            string details = summary.GetRawText();
            Assert.Multiple(() =>
            {
                Assert.That(summary.GetProperty("version").GetString(), Is.EqualTo("1.7.0"));
                Assert.That(summary.GetProperty("blocks").GetInt32(), Is.EqualTo(Blocks));
                Assert.That(summary.GetProperty("rejected").GetInt32(), Is.Zero, details);
                Assert.That(summary.GetProperty("accepted").GetInt32(), Is.EqualTo(Blocks), details);
            });

            // The package has no definition for MON (and treats the Checksum line as a field it does not know):
            // those lines are ignored by it, every other label of ours is one it knows.
            var ignored = summary.GetProperty("ignoredLabels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
            Assert.That(ignored.Keys, Is.SubsetOf(new[] { "MON", "CHECKSUM" }), details);
            Assert.That(ignored["MON"], Is.EqualTo(Blocks / 2));
            Assert.That(ignored["CHECKSUM"], Is.EqualTo(Blocks));

            using JsonDocument decoded = JsonDocument.Parse(File.ReadAllText(decodedFile));
            JsonElement[] perBlock = [.. decoded.RootElement.EnumerateArray()];
            Assert.That(perBlock, Has.Length.EqualTo(Blocks));
            for (int i = 0; i < Blocks; i++)
            {
                Dictionary<string, object?> expected = SignalKExpectation.For(run[i], settings);
                Dictionary<string, object?> actual = perBlock[i].EnumerateObject()
                    .Where(p => p.Name != "productName")
                    .ToDictionary(p => p.Name, p => ToValue(p.Value));
                Assert.That(actual, Is.EquivalentTo(expected), "block " + i + ": " + Ascii.Text(run[i].Bytes));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public void TheRunCoversTheEdgeCases()
    {
        List<SimulatedBlock> run = SimulatedRun.Generate(Blocks, seed: 2026, new VeDirectSettings());
        string text = string.Concat(run.Select(b => Ascii.Text(b.Bytes)));
        Assert.Multiple(() =>
        {
            foreach (string field in new[] { "\nV\t---", "\nI\t---", "\nCE\t---", "\nSOC\t---", "\nTTG\t---", "\nTTG\t-1\r", "\nT\t---", "\nAlarm\tON", "\nAR\t65535",
                "\nI\t-2147483647", "\nV\t2147483647", "\nSOC\t0\r", "\nSOC\t1000", "\nT\t-40", "\nH15\t", "\nH13\t", "\nH18\t2147483647" })
            {
                Assert.That(text, Does.Contain(field), field);
            }

            for (int h = 1; h <= 18; h++)
            {
                Assert.That(text, Does.Contain("\nH" + h + "\t"), "H" + h);
            }

            Assert.That(run.Count(b => b.IsMain && (int)b.Main.AlarmReasons != 0 && ((int)b.Main.AlarmReasons & ((int)b.Main.AlarmReasons - 1)) != 0), Is.GreaterThan(0), "combined alarm reasons");
            Assert.That(run.Count(b => b.IsMain && b.Main.CurrentMilliamps < 0 && b.Main.CurrentMilliamps != int.MinValue), Is.GreaterThan(Blocks / 10), "discharging");
        });
    }

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };

    private static JsonElement RunNode(string blocksFile, string decodedFile)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = InteropDirectory,
        };
        start.ArgumentList.Add(Path.Combine(InteropDirectory, "interop.js"));
        start.ArgumentList.Add(blocksFile);
        start.ArgumentList.Add(decodedFile);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail("Node.js is required for the VE.Direct interop test and was not found on PATH: " + e.Message);
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("interop.js did not finish within 120 s");
            }

            Assert.That(process.ExitCode, Is.Zero, "interop.js failed: " + stderr.Result + stdout);
            return JsonDocument.Parse(stdout).RootElement.Clone();
        }
    }
}

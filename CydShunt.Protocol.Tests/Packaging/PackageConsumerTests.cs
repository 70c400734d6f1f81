using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Packaging;

/// <summary>
/// Packs CydShunt.Protocol, checks the .nupkg's contents, then builds and runs samples/DecodeVector and the C# examples of
/// the package README and the repository README against the package from a local folder feed, so neither a packaging
/// mistake nor a README example that no longer compiles can pass unnoticed.
/// </summary>
[NonParallelizable]
public class PackageConsumerTests
{
    private string _work = null!;
    private string _feed = null!;
    private string _packOutput = null!;

    [OneTimeSetUp]
    public void Pack()
    {
        _work = Path.Combine(Path.GetTempPath(), "cydshunt-pack-" + Guid.NewGuid().ToString("N"));
        _feed = Path.Combine(_work, "feed");
        Directory.CreateDirectory(_feed);
        _packOutput = Run("dotnet", RepositoryPaths.Root, "pack", "CydShunt.Protocol/CydShunt.Protocol.csproj", "-c", "Release", "-o", _feed, "-nologo");
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Test]
    public void PackageHoldsBothBuildsDocsReadmeAndLicence()
    {
        string package = Directory.GetFiles(_feed, "CydShunt.Protocol.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        using ZipArchive zip = ZipFile.OpenRead(package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.That(entries, Does.Contain("lib/netstandard2.0/CydShunt.Protocol.dll"));
        Assert.That(entries, Does.Contain("lib/netstandard2.0/CydShunt.Protocol.xml"));
        Assert.That(entries, Does.Contain("lib/net8.0/CydShunt.Protocol.dll"));
        Assert.That(entries, Does.Contain("lib/net8.0/CydShunt.Protocol.xml"));
        Assert.That(entries, Does.Contain("README.md"));
        Assert.That(entries, Does.Contain("LICENSE"));

        string manifest = ReadManifest();
        Assert.That(manifest, Does.Contain("<id>CydShunt.Protocol</id>"));
        Assert.That(manifest, Does.Contain("<readme>README.md</readme>"));
        Assert.That(manifest, Does.Contain("<license type=\"expression\">MIT</license>"));
        Assert.That(manifest, Does.Contain("id=\"System.Memory\""), "netstandard2.0 depends on System.Memory");
        Assert.That(Directory.GetFiles(_feed, "*.snupkg"), Is.Not.Empty, "symbols package for SourceLink debugging");
    }

    [Test]
    public void PackingPrintsNoWarnings()
    {
        // MSBuild's warning lines read "<origin>: warning <code>: <text>". An explicit Microsoft.SourceLink.GitHub reference
        // printed two on every build from a clone without a GitHub remote (no remote, or a file path), into the output of
        // `dotnet run --project CydShunt.Simulator` too.
        string[] warnings = _packOutput.Split('\n').Where(line => Regex.IsMatch(line, @":\s*warning\b", RegexOptions.IgnoreCase)).ToArray();
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void PackageNamesItsRepositoryAndCommit()
    {
        string manifest = ReadManifest();
        string head = Run("git", RepositoryPaths.Root, "rev-parse", "HEAD").Trim();
        Assert.That(manifest, Does.Contain("<repository type=\"git\" url=\"https://github.com/cydshunt/cydshunt\""));
        Assert.That(manifest, Does.Match("<repository [^>]*commit=\"" + head + "\""), "the commit the package was built from");
    }

    [Test]
    public void SampleConsumesThePackageFromALocalFeed()
    {
        // Copy the sample out of the repository so it cannot pick up the repository's build settings or project references.
        string sample = Path.Combine(_work, "DecodeVector");
        Directory.CreateDirectory(sample);
        foreach (string file in new[] { "DecodeVector.csproj", "Program.cs" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "DecodeVector", file), Path.Combine(sample, file));
        }

        WriteLocalFeedConfig(sample);

        string output = Run("dotnet", sample, "run", "-c", "Release", "--", Path.Combine(RepositoryPaths.Vectors, "live-snapshot.json"));
        Assert.That(output, Does.Contain("all vectors decoded as specified"));
        Assert.That(output, Does.Contain("ok   typical discharging"));
        Assert.That(Directory.GetDirectories(Path.Combine(_work, "packages")), Has.Some.EndsWith("cydshunt.protocol"), "restored from the local feed");
    }

    // The examples' inputs: `notification`/`value` is spec/vectors/live-snapshot.json's first round trip; `record` is Flags,
    // the glance frame of spec/vectors/glance-frame.json's first round trip and the complete local name "Shunt".
    private const string ExamplePrelude = """
        byte[] notification = Convert.FromHexString("2a09bd33008eebff4bfdff2e226608f2022efbff");
        byte[] value = notification;
        byte[] record = Convert.FromHexString("020106" + "11ffffff4353012a092d058eebff2e22f202" + "0609" + "5368756e74");

        """;

    [TestCase("package", "LiveSnapshot { Sequence = 42, Voltage = 13.245 V, Current = -5.234 A", "#42 13250 mV", "name Shunt", "write 3 bytes to 7e25010d-d6cc-46bd-bcb7-7bdb54ed808c")]
    [TestCase("repository", "13.245 V  -5.234 A  SOC 87.50 %", "seq 42: 13250 mV")]
    public void TheReadmeExampleCompilesAndRunsAgainstThePackage(string readme, params string[] expectedLines)
    {
        // The package's README is read from the .nupkg: what a client sees on the package page.
        string text = readme == "package" ? ReadPackageEntry("README.md") : File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        string[] blocks = Regex.Matches(text, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        Assert.That(blocks, Is.Not.Empty, "the README has a C# example");
        string[] lines = string.Join("\n", blocks).Split('\n');
        string program = string.Join("\n", lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Distinct())
            + "\n" + ExamplePrelude + string.Join("\n", lines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));

        string project = Path.Combine(_work, "readme-" + readme);
        Directory.CreateDirectory(project);
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "DecodeVector", "DecodeVector.csproj"), Path.Combine(project, "ReadmeExample.csproj"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);
        WriteLocalFeedConfig(project);

        string output = Run("dotnet", project, "run", "-c", "Release");
        foreach (string expected in expectedLines)
        {
            Assert.That(output, Does.Contain(expected), program);
        }
    }

    private void WriteLocalFeedConfig(string project) =>
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_work, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{_feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

    private string ReadPackageEntry(string name)
    {
        string package = Directory.GetFiles(_feed, "CydShunt.Protocol.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        using ZipArchive zip = ZipFile.OpenRead(package);
        using StreamReader entry = new(zip.GetEntry(name)!.Open());
        return entry.ReadToEnd();
    }

    private string ReadManifest()
    {
        string package = Directory.GetFiles(_feed, "CydShunt.Protocol.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        using ZipArchive zip = ZipFile.OpenRead(package);
        using StreamReader nuspec = new(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return nuspec.ReadToEnd();
    }

    private static string Run(string fileName, string workingDirectory, params string[] arguments)
    {
        ProcessStartInfo start = new(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(fileName + " " + string.Join(' ', arguments) + " timed out");
        }

        string output = stdout.Result + stderr.Result;
        Assert.That(process.ExitCode, Is.Zero, fileName + " " + string.Join(' ', arguments) + " failed:\n" + output);
        return output;
    }
}

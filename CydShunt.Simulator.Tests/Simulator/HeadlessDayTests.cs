using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>
/// One simulated day (12 V 200 Ah LiFePO4, sunny with clouds) as CI runs it: headless, as fast as possible, one JSON
/// line per simulated minute. Everything a BLE client decoded must match the simulation's truth at the moment the
/// firmware took the sample, within the sensor's and the protocol's resolution.
/// </summary>
[NonParallelizable]
public sealed class HeadlessDayTests
{
    // INA228 VBUS LSB 195 µV + the wire's 1 mV.
    private const double VoltageToleranceMillivolts = 2;

    // The monitor reports 0 within its 100 mA threshold; above it, the INA228 current LSB (~1 mA at 500 A) and rounding.
    private const double CurrentToleranceMilliamps = 105;

    // Coulomb counting of 1 s samples against the exact integral; the auto-synchronisation snaps to 100 % near 99.x %.
    private const double StateOfChargeToleranceCentipercent = 150;

    private static readonly TimeSpan MaximumWallTime = TimeSpan.FromSeconds(50);
    private List<JsonElement> _lines = [];
    private TimeSpan _wallTime;
    private string _stderr = string.Empty;
    private int _exitCode;

    [OneTimeSetUp]
    public void RunOneDay()
    {
        var wall = Stopwatch.StartNew();
        (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(
            MaximumWallTime, "--json", "--acceleration", "max", "--duration", "24h", "--json-interval", "60s", "--seed", "3");
        _wallTime = wall.Elapsed;
        _exitCode = code;
        _stderr = stderr;
        _lines = [.. stdout.Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    [Test]
    public void TheRunEndsAtTheDurationWithOneLinePerIntervalWellUnderAMinute()
    {
        Assert.That(_exitCode, Is.Zero, _stderr);
        Assert.That(_lines, Has.Count.EqualTo(24 * 60));
        Assert.That(_lines[^1].GetProperty("elapsedSeconds").GetDouble(), Is.EqualTo(86400));
        Assert.That(_stderr, Does.Contain("done: simulated 1d 00:00:00"));
        Assert.That(_wallTime, Is.LessThan(MaximumWallTime));
        TestContext.Out.WriteLine("one simulated day took " + _wallTime.TotalSeconds.ToString("0.0") + " s; " + _stderr.Split('\n')[^1]);
    }

    [Test]
    public void EveryNotificationDecodesAndMatchesTheTruthWhenTheFirmwareMeasured()
    {
        int compared = 0;
        foreach (JsonElement line in _lines)
        {
            JsonElement ble = line.GetProperty("ble");
            Assert.That(ble.GetProperty("notificationErrors").GetInt32(), Is.Zero);
            if (!ble.TryGetProperty("notificationHex", out JsonElement hex))
            {
                continue;
            }

            // Decode the bytes ourselves, exactly as a client would, and check the simulator decoded the same.
            byte[] bytes = Convert.FromHexString(hex.GetString()!);
            Assert.That(LiveSnapshotCodec.TryDecode(bytes, 0, bytes.Length, out LiveSnapshot s, out ProtocolError error), Is.True, error.ToString());
            JsonElement decoded = ble.GetProperty("snapshot");
            Assert.That(decoded.GetProperty("voltageMillivolts").GetInt32(), Is.EqualTo(s.VoltageMillivolts));
            Assert.That(decoded.GetProperty("sequence").GetInt32(), Is.EqualTo(s.Sequence));

            JsonElement truth = ble.GetProperty("truthAtSample");
            if (truth.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            string where = " at " + line.GetProperty("timeOfDay").GetString();
            double volts = truth.GetProperty("voltageMillivolts").GetDouble();
            double amps = truth.GetProperty("currentMilliamps").GetDouble();
            Assert.That(s.VoltageMillivolts, Is.EqualTo(volts).Within(VoltageToleranceMillivolts), "voltage" + where);
            Assert.That(s.CurrentMilliamps, Is.EqualTo(amps).Within(CurrentToleranceMilliamps + (Math.Abs(amps) * 0.001)), "current" + where);
            double powerTolerance = 100 + (Math.Abs(volts) * (CurrentToleranceMilliamps + (Math.Abs(amps) * 0.001)) / 1000) + (Math.Abs(amps) * VoltageToleranceMillivolts / 1000);
            Assert.That(s.PowerMilliwatts, Is.EqualTo(truth.GetProperty("powerMilliwatts").GetDouble()).Within(powerTolerance), "power" + where);
            Assert.That(s.StateOfChargeCentipercent, Is.EqualTo(truth.GetProperty("stateOfChargeCentipercent").GetDouble()).Within(StateOfChargeToleranceCentipercent), "SOC" + where);
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(_lines.Count / 2), "most minutes have a fresh notification to compare");
    }

    [Test]
    public void AdvertisementsParseWithScanRecordParserAndTheGlanceMatchesTheTruth()
    {
        int compared = 0;
        foreach (JsonElement line in _lines)
        {
            JsonElement ble = line.GetProperty("ble");
            Assert.That(ble.GetProperty("scanErrors").GetInt32(), Is.Zero);
            if (!ble.TryGetProperty("advertisingHex", out JsonElement adv))
            {
                continue;
            }

            byte[] advertising = Convert.FromHexString(adv.GetString()!);
            byte[] scanResponse = Convert.FromHexString(ble.GetProperty("scanResponseHex").GetString()!);
            Assert.That(advertising.Length, Is.LessThanOrEqualTo(31));
            Assert.That(scanResponse.Length, Is.LessThanOrEqualTo(31));
            byte[] record = [.. advertising, .. scanResponse];
            Assert.That(ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord scan, out ProtocolError error), Is.True, error.ToString());
            Assert.That(scan.HasGlance, Is.True);
            Assert.That(scan.GetLocalName(), Is.Not.Empty);

            JsonElement truth = ble.GetProperty("glanceTruthAtSample");
            if (truth.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            double amps = truth.GetProperty("currentMilliamps").GetDouble();
            Assert.That(scan.Glance.VoltageMillivolts, Is.EqualTo(truth.GetProperty("voltageMillivolts").GetDouble()).Within(10 + VoltageToleranceMillivolts));
            Assert.That(scan.Glance.CurrentMilliamps, Is.EqualTo(amps).Within(CurrentToleranceMilliamps + (Math.Abs(amps) * 0.001)));
            Assert.That(scan.Glance.StateOfChargeCentipercent, Is.EqualTo(truth.GetProperty("stateOfChargeCentipercent").GetDouble()).Within(StateOfChargeToleranceCentipercent));
            compared++;
        }

        Assert.That(compared, Is.GreaterThan(100));
    }

    [Test]
    public void VeDirectBlocksChecksumAndCarryTheBatteryValues()
    {
        int checkedBlocks = 0;
        foreach (JsonElement line in _lines)
        {
            JsonElement ve = line.GetProperty("vedirect");
            Assert.That(ve.GetProperty("errors").GetInt32(), Is.Zero);
            foreach (string name in new[] { "mainBlockHex", "historyBlockHex" })
            {
                byte[] block = Convert.FromHexString(ve.GetProperty(name).GetString()!);
                if (block.Length == 0)
                {
                    continue;
                }

                Assert.That(block.Aggregate(0, (sum, b) => (sum + b) & 0xFF), Is.Zero, "VE.Direct: the bytes of a block sum to 0 mod 256");
                var collector = new VeDirectCollector();
                collector.Parser.Parse(block, 0, block.Length);
                collector.Parser.Parse([0x0D], 0, 1); // the next block's CR completes this one
                Assert.That(collector.Errors, Is.Zero);
                checkedBlocks++;
            }

            JsonElement main = ve.GetProperty("main");
            double trueSoc = line.GetProperty("truth").GetProperty("stateOfChargeCentipercent").GetDouble();
            Assert.That(int.Parse(main.GetProperty("SOC").GetString()!) * 10, Is.EqualTo(trueSoc).Within(StateOfChargeToleranceCentipercent + 10));
            // From an almost empty LiFePO4 bank to the surface charge of a full one at rest (OCV 3.60 V/cell).
            Assert.That(int.Parse(main.GetProperty("V").GetString()!), Is.InRange(11000, 14400));
        }

        Assert.That(checkedBlocks, Is.GreaterThan(2 * _lines.Count - 10));
        Assert.That(_lines[^1].GetProperty("vedirect").GetProperty("blocks").GetInt32(), Is.GreaterThan(80000), "a block per second");
    }

    [Test]
    public void TheSunnyDayChargesToFloatAndTheMonitorSynchronises()
    {
        Assert.That(_lines.Any(l => l.GetProperty("truth").GetProperty("chargerStage").GetString() == "Float"), Is.True);
        Assert.That(_lines[^1].GetProperty("firmware").GetProperty("automaticSynchronisations").GetInt32(), Is.GreaterThanOrEqualTo(1));
        double lowest = _lines.Min(l => l.GetProperty("truth").GetProperty("stateOfChargeCentipercent").GetDouble());
        Assert.That(lowest, Is.InRange(2000, 9000), "the night draws the battery down");
    }
}

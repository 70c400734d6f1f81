using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>Bad options give a clear message and a non-zero exit; good ones change the run.</summary>
public sealed class OptionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [TestCase("--acceleration", "0", "--acceleration must be a number from 0.1 to 1000000")]
    [TestCase("--acceleration", "fast", "--acceleration must be a number from 0.1 to 1000000")]
    [TestCase("--duration", "soon", "--duration must be a time of at least 100 ms")]
    [TestCase("--duration", "0s", "--duration must be a time of at least 100 ms")]
    [TestCase("--battery", "lead", "lifepo4-12v")]
    [TestCase("--profile", "rainy", "overcast")]
    [TestCase("--initial-soc", "120", "--initial-soc must be 0..100")]
    [TestCase("--capacity", "5", "--capacity must be 10..10000 Ah")]
    [TestCase("--start", "25:00", "--start must be a time of day HH:mm")]
    [TestCase("--vedirect", "tcp:192.168.1.10:7700", "is not a loopback address")]
    [TestCase("--vedirect", "tcp:127.0.0.1:99999", "needs a port 0..65535")]
    [TestCase("--vedirect", "usb", "is not understood")]
    [TestCase("--tap", "120;218", "--tap takes x,y@time")]
    [TestCase("--tap", "400,10@5s", "is outside the 320 x 240 screen")]
    [TestCase("--tap", "10,10@soon", "--tap time must be a duration")]
    [TestCase("--screen-interval", "0s", "--screen-interval must be a time of at least 1000 ms")]
    public void ABadValueIsRefusedWithAMessageAndANonZeroExit(string option, string value, string message)
    {
        string[] args = option == "--duration" ? [option, value, "--json"] : [option, value, "--json", "--duration", "1s"];
        (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(Timeout, args);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(message));
        Assert.That(stderr, Does.Contain("Run with --help to see the options."));
        Assert.That(stdout, Is.Empty, "stdout carries JSON only");
    }

    [Test]
    public void AnIna226IsRefusedOnA48VoltBankAndMeasuresA12VoltOne()
    {
        (int code, _, string stderr) = SimulatorProcess.Run(Timeout, "--sensor", "ina226", "--battery", "lifepo4-48v", "--json", "--duration", "1s");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain("--sensor ina226 measures bus voltages up to 36 V only"));

        (code, IReadOnlyList<string> stdout, stderr) = SimulatorProcess.Run(Timeout, "--sensor", "ina226", "--json", "--acceleration", "max", "--duration", "5m", "--json-interval", "5m");
        Assert.That(code, Is.Zero, stderr);
        JsonElement line = JsonDocument.Parse(stdout.Single()).RootElement;
        Assert.That(line.GetProperty("firmware").GetProperty("sensor").GetString(), Is.EqualTo("INA226"));
        JsonElement ble = line.GetProperty("ble");
        // INA226: bus LSB 1.25 mV, shunt LSB 2.5 µV = 25 mA through the 100 µΩ shunt.
        Assert.That(ble.GetProperty("snapshot").GetProperty("voltageMillivolts").GetDouble(), Is.EqualTo(ble.GetProperty("truthAtSample").GetProperty("voltageMillivolts").GetDouble()).Within(2));
        Assert.That(ble.GetProperty("snapshot").GetProperty("currentMilliamps").GetDouble(), Is.EqualTo(ble.GetProperty("truthAtSample").GetProperty("currentMilliamps").GetDouble()).Within(130));
    }

    [Test]
    public void AnOutputThatCannotBeOpenedIsAnErrorBeforeTheRun()
    {
        (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(Timeout, "--vedirect", "serial:/dev/cydshunt-no-such-device", "--json", "--duration", "1s");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stderr, Does.StartWith("error: --vedirect serial:/dev/cydshunt-no-such-device:"));
        Assert.That(stdout, Is.Empty);
    }

    [Test]
    public void TheSameSeedGivesTheSameRunInEveryProcess()
    {
        // README: "same seed, same run". Two processes, so that nothing randomised per process (string hashing,
        // HashCode) can hide behind one process's stable values: the sky of the day came from HashCode.Combine.
        string[] args = ["--json", "--acceleration", "max", "--duration", "3h", "--json-interval", "30m", "--seed", "7", "--start", "06:00"];
        (int firstCode, IReadOnlyList<string> first, _) = SimulatorProcess.Run(Timeout, args);
        (int secondCode, IReadOnlyList<string> second, _) = SimulatorProcess.Run(Timeout, args);
        Assert.Multiple(() =>
        {
            Assert.That(firstCode, Is.Zero);
            Assert.That(secondCode, Is.Zero);
            Assert.That(first, Is.Not.Empty);
            Assert.That(second, Is.EqualTo(first));
        });
    }

    [Test]
    public void AnUnknownOptionIsRefused()
    {
        (int code, _, string stderr) = SimulatorProcess.Run(Timeout, "--speed", "10");
        Assert.That(code, Is.Not.Zero);
        Assert.That(stderr, Does.Contain("--speed"));
    }

    [Test]
    public void ARedirectedRunWithoutJsonWritesJsonLinesAndSaysSo()
    {
        (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(Timeout, "--acceleration", "max", "--duration", "10s", "--battery", "lifepo4-48v", "--profile", "no-solar");
        Assert.That(code, Is.Zero, stderr);
        Assert.That(stderr, Does.Contain("stdout is not a terminal"));
        Assert.That(stdout, Has.Count.EqualTo(10));
        JsonElement last = JsonDocument.Parse(stdout[^1]).RootElement;
        Assert.That(last.GetProperty("truth").GetProperty("voltageMillivolts").GetDouble(), Is.InRange(48000, 58000), "the 48 V preset");
        Assert.That(last.GetProperty("truth").GetProperty("solarAvailableWatts").GetDouble(), Is.Zero);
    }

    [TestCase(2, 130)] // Ctrl+C
    [TestCase(15, 143)] // SIGTERM
    public void ASignalStopsARunCleanlyWithTheDocumentedExitCode(int signal, int exitCode)
    {
        using SimulatorProcess p = SimulatorProcess.Start("--json", "--json-interval", "1s");
        var wait = System.Diagnostics.Stopwatch.StartNew();
        while (p.StandardOutput.Count == 0 && wait.Elapsed < Timeout)
        {
            System.Threading.Thread.Sleep(50);
        }

        p.Signal(signal);
        Assert.That(p.WaitForExit(Timeout), Is.EqualTo(exitCode));
        Assert.That(p.StandardOutput, Is.Not.Empty);
        Assert.That(p.StandardOutput.All(l => l.StartsWith('{') && l.EndsWith('}')), Is.True, "no line is cut by the stop");
    }
}

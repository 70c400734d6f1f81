using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>
/// Every option with a value it cannot take: exit 1, nothing on stdout, and on stderr one line that names the option and
/// says what it accepts (no stack trace), then the pointer to --help.
/// </summary>
public sealed class BadOptionValueTests
{
    private const string HelpPointer = "Run with --help to see the options.";
    private const string AFile = "{a file}";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [TestCase("--acceleration must be a number from 0.1 to 1000000, or 'max'", "--acceleration", "")]
    [TestCase("--acceleration must be a number from 0.1 to 1000000, or 'max'", "--acceleration", "NaN")]
    [TestCase("--acceleration must be a number from 0.1 to 1000000, or 'max'", "--acceleration", "-1")]
    [TestCase("--duration must be a time of at least 100 ms", "--duration", "")]
    [TestCase("--duration must be a time of at least 100 ms", "--duration", "inf")]
    [TestCase("--duration must be a time of at least 100 ms", "--duration", "-5s")]
    [TestCase("--seed must be a whole number from -2147483648 to 2147483647", "--seed", "x")]
    [TestCase("--seed must be a whole number from -2147483648 to 2147483647", "--seed", "")]
    [TestCase("--seed must be a whole number from -2147483648 to 2147483647", "--seed", "1.5")]
    [TestCase("--seed must be a whole number from -2147483648 to 2147483647", "--seed", "2147483648")]
    [TestCase("--battery must be one of lifepo4-12v, lifepo4-24v, lifepo4-48v, agm-12v", "--battery", "nonsense")]
    [TestCase("--battery must be one of lifepo4-12v, lifepo4-24v, lifepo4-48v, agm-12v", "-b", "")]
    [TestCase("--battery must be one of lifepo4-12v, lifepo4-24v, lifepo4-48v, agm-12v", "--sensor", "ina226", "--battery", "bogus")]
    [TestCase("--capacity must be 10..10000 Ah, a whole number", "--capacity", "abc")]
    [TestCase("--capacity must be 10..10000 Ah, a whole number", "--capacity", "NaN")]
    [TestCase("--capacity must be 10..10000 Ah, a whole number", "--capacity", "1e3")]
    [TestCase("--capacity must be 10..10000 Ah, a whole number", "--capacity", "")]
    [TestCase("--capacity must be 10..10000 Ah, a whole number", "--capacity", "2147483648")]
    [TestCase("--capacity must be 10..10000 Ah, a whole number", "--capacity", "-20")]
    [TestCase("--profile must be one of day, overcast, no-solar", "--profile", "rainy")]
    [TestCase("--profile must be one of day, overcast, no-solar", "-p", "nonsense")]
    [TestCase("--initial-soc must be 0..100", "--initial-soc", "inf")]
    [TestCase("--initial-soc must be 0..100", "--initial-soc", "50%")]
    [TestCase("--initial-soc must be 0..100", "--initial-soc", "")]
    [TestCase("--initial-soc must be 0..100", "--initial-soc", "NaN")]
    [TestCase("--initial-soc must be 0..100", "--initial-soc", "-0.5")]
    [TestCase("--start must be a time of day HH:mm, 00:00..23:59", "--start", "")]
    [TestCase("--start must be a time of day HH:mm, 00:00..23:59", "--start", "noon")]
    [TestCase("--start must be a time of day HH:mm, 00:00..23:59", "--start", "24:00")]
    [TestCase("--sensor must be one of ina228, ina226", "--sensor", "foo")]
    [TestCase("--sensor must be one of ina228, ina226", "--sensor", "")]
    [TestCase("--sensor must be one of ina228, ina226", "--sensor", "ina219")]
    [TestCase("--sensor must be one of ina228, ina226", "--sensor", "foo", "--battery", "lifepo4-48v")]
    [TestCase("--json-interval must be a time of at least 100 ms", "--json-interval", "")]
    [TestCase("--json-interval must be a time of at least 100 ms", "--json-interval", "50ms")]
    [TestCase("--json-interval must be a time of at least 100 ms", "--json-interval", "1e400s")]
    [TestCase("--vedirect '' is not understood: use tcp:127.0.0.1:PORT, pty, pty:/path/to/link or serial:/dev/ttyUSB0", "--vedirect", "")]
    [TestCase("--vedirect tcp needs a port 0..65535, e.g. tcp:127.0.0.1:7700", "--vedirect", "tcp:127.0.0.1:-1")]
    [TestCase("--storage must be a folder path (got '')", "--storage", "")]
    [TestCase("--storage must be a folder path (got ' ')", "--storage", " ")]
    [TestCase("--storage must be a folder, but '" + AFile + "' is a file", "--storage", AFile)]
    [TestCase("--storage must be a folder, but '" + AFile + "' in its path is a file", "--storage", AFile + "/settings")]
    [TestCase("--screen-snapshots must be a folder path (got '')", "--screen-snapshots", "")]
    [TestCase("--screen-snapshots must be a folder, but '" + AFile + "' is a file", "--screen-snapshots", AFile)]
    [TestCase("--screen-interval must be a time of at least 1000 ms", "--screen-interval", "")]
    [TestCase("--screen-interval must be a time of at least 1000 ms", "--screen-interval", "soon")]
    [TestCase("--tap takes x,y@time", "--tap", "")]
    [TestCase("--tap takes x,y@time", "--tap", "١٢,٣@1s")]
    [TestCase("--tap time must be a duration", "--tap", "10,10@")]
    [TestCase("'--bogus' is not an option; the options are --help, --acceleration, --duration, --seed, --battery, --capacity", "--bogus")]
    [TestCase("'-x' is not an option; the options are", "-x")]
    [TestCase("'extra' is not an option; the options are", "--seed", "3", "extra")]
    public void ABadValueGivesOneLineNamingTheOptionAndWhatItAccepts(string message, params string[] options)
    {
        string file = Path.GetTempFileName();
        try
        {
            string[] args = [.. options.Select(o => o.Replace(AFile, file, StringComparison.Ordinal)), "--json", .. options.Contains("--duration") ? Array.Empty<string>() : ["--duration", "1s"]];
            (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(Timeout, args);

            Assert.That(code, Is.EqualTo(1), stderr);
            Assert.That(stdout, Is.Empty, "stdout carries JSON only");
            string[] lines = stderr.Split('\n').Where(l => l.Trim().Length > 0 && l != HelpPointer).ToArray();
            Assert.That(lines, Has.Length.EqualTo(1), "one line about the bad value:\n" + stderr);
            Assert.That(lines[0], Does.StartWith(message.Replace(AFile, file, StringComparison.Ordinal)), stderr);
            Assert.That(stderr, Does.EndWith(HelpPointer));
        }
        finally
        {
            File.Delete(file);
        }
    }

    // Every option that takes a value, given without one: last on the line, or followed by another option.
    [TestCase("--acceleration must be a number from 0.1 to 1000000, or 'max' (no value given).", "--acceleration")]
    [TestCase("--acceleration must be a number from 0.1 to 1000000, or 'max' (no value given).", "-a")]
    [TestCase("--duration must be a time of at least 100 ms, e.g. 90s, 30m, 24h, 7d or 1:30:00 (no value given).", "--duration")]
    [TestCase("--duration must be a time of at least 100 ms, e.g. 90s, 30m, 24h, 7d or 1:30:00 (no value given).", "-d")]
    [TestCase("--seed must be a whole number from -2147483648 to 2147483647 (no value given).", "--seed")]
    [TestCase("--battery must be one of lifepo4-12v, lifepo4-24v, lifepo4-48v, agm-12v (no value given).", "--battery")]
    [TestCase("--battery must be one of lifepo4-12v, lifepo4-24v, lifepo4-48v, agm-12v (no value given).", "-b")]
    [TestCase("--capacity must be 10..10000 Ah, a whole number (no value given).", "--capacity")]
    [TestCase("--profile must be one of day, overcast, no-solar (no value given).", "--profile")]
    [TestCase("--profile must be one of day, overcast, no-solar (no value given).", "-p")]
    [TestCase("--initial-soc must be 0..100, a number of percent without the % sign (no value given).", "--initial-soc")]
    [TestCase("--start must be a time of day HH:mm, 00:00..23:59 (no value given).", "--start")]
    [TestCase("--sensor must be one of ina228, ina226 (no value given).", "--sensor")]
    [TestCase("--json-interval must be a time of at least 100 ms, e.g. 90s, 30m, 24h, 7d or 1:30:00 (no value given).", "--json-interval")]
    [TestCase("--vedirect must be tcp:127.0.0.1:PORT, pty, pty:/path/to/link or serial:/dev/ttyUSB0 (no value given).", "--vedirect")]
    [TestCase("--storage must be a folder path (no value given).", "--storage")]
    [TestCase("--screen-snapshots must be a folder path (no value given).", "--screen-snapshots")]
    [TestCase("--screen-interval must be a time of at least 1000 ms, e.g. 90s, 30m, 24h, 7d or 1:30:00 (no value given).", "--screen-interval")]
    [TestCase("--tap takes x,y@time, e.g. 250,215@30s (no value given).", "--tap")]
    public void AMissingValueGivesOneLineNamingTheOptionAndWhatItAccepts(string message, string option)
    {
        string[] duration = option is "--duration" or "-d" ? [] : ["--duration", "1s"];
        foreach (string[] args in new[] { [.. duration, "--json", option], new[] { option, "--json" }.Concat(duration).ToArray() })
        {
            (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(Timeout, args);

            string what = string.Join(' ', args);
            Assert.That(code, Is.EqualTo(1), what + "\n" + stderr);
            Assert.That(stdout, Is.Empty, what);
            string[] lines = stderr.Split('\n').Where(l => l.Trim().Length > 0 && l != HelpPointer).ToArray();
            Assert.That(lines, Is.EqualTo(new[] { message }), what);
            Assert.That(stderr, Does.EndWith(HelpPointer), what);
        }
    }

    [TestCase("--storage")]
    [TestCase("--screen-snapshots")]
    [Platform("Linux")] // /proc refuses new folders, even to root
    public void AFolderThatCannotBeCreatedIsAnErrorNamingTheOption(string option)
    {
        (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(Timeout, option, "/proc/cydshunt-no-such-folder", "--json", "--duration", "1s");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("error: " + option + " /proc/cydshunt-no-such-folder: "));
        Assert.That(stderr.Split('\n'), Has.Length.EqualTo(1), stderr);
    }

    [Test]
    public void NamesAreAcceptedInAnyCase()
    {
        (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(
            Timeout, "--sensor", "INA226", "--battery", "LiFePO4-24V", "--profile", "No-Solar", "--json", "--acceleration", "max", "--duration", "5m", "--json-interval", "5m");
        Assert.That(code, Is.Zero, stderr);
        JsonElement line = JsonDocument.Parse(stdout.Single()).RootElement;
        Assert.That(line.GetProperty("firmware").GetProperty("sensor").GetString(), Is.EqualTo("INA226"));
        Assert.That(line.GetProperty("truth").GetProperty("voltageMillivolts").GetDouble(), Is.InRange(24000, 29200), "the 24 V preset (8 LiFePO4 cells)");
        Assert.That(line.GetProperty("truth").GetProperty("solarAvailableWatts").GetDouble(), Is.Zero, "the no-solar profile");
    }

    [Test]
    public void AnIna226IsStillRefusedOnA48VoltBankNamedInCapitals()
    {
        (int code, IReadOnlyList<string> stdout, string stderr) = SimulatorProcess.Run(Timeout, "--sensor", "INA226", "--battery", "LIFEPO4-48V", "--json", "--duration", "1s");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("--sensor ina226 measures bus voltages up to 36 V only"));
    }
}

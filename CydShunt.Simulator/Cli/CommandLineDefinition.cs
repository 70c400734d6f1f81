using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using CydShunt.Firmware.Host.Simulation;

namespace CydShunt.Simulator;

/// <summary>The simulator's options (System.CommandLine): every bad value is refused with a message naming the option.</summary>
internal static class CommandLineDefinition
{
    private const string AccelerationAccepted = "a number from 0.1 to 1000000, or 'max'";
    private const string SeedAccepted = "a whole number from -2147483648 to 2147483647";
    private const string InitialSocAccepted = "0..100, a number of percent without the % sign";
    private const string StartAccepted = "a time of day HH:mm, 00:00..23:59";

    /// <summary>Builds the root command; <paramref name="run"/> gets the validated settings and returns the exit code.</summary>
    public static RootCommand Create(Func<SimulatorSettings, int> run)
    {
        var acceleration = new Option<double>("--acceleration", "-a")
        {
            Description = "Simulated seconds per real second (1 = real time, 3600 = an hour per second) or 'max' for as fast as possible.",
            HelpName = "factor|max",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => 1,
            CustomParser = result =>
            {
                if (OptionParsers.Text(result, "--acceleration", AccelerationAccepted) is not { } text)
                {
                    return 1;
                }

                if (!ValueParsers.TryParseAcceleration(text, out double factor) || factor < 0.1 || (factor > 1_000_000 && !double.IsPositiveInfinity(factor)))
                {
                    result.AddError("--acceleration must be " + AccelerationAccepted + " (got '" + text + "').");
                }

                return factor;
            },
        };

        var duration = new Option<TimeSpan?>("--duration", "-d")
        {
            Description = "Simulated time to run, e.g. 90s, 30m, 24h, 7d or 1:30:00; without it the run goes on until Ctrl+C.",
            HelpName = "time",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            CustomParser = result => OptionParsers.Duration(result, "--duration", TimeSpan.FromMilliseconds(SimulationRig.StepMilliseconds)),
        };

        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the day's random details (appliance times, clouds, water pump); same seed, same run.",
            HelpName = "n",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => 1,
            CustomParser = result => OptionParsers.WholeNumber(result, "--seed", int.MinValue, int.MaxValue, SeedAccepted),
        };

        string[] batteryNames = [.. BatteryPreset.All.Select(p => p.Name)];
        var battery = new Option<string>("--battery", "-b")
        {
            Description = "Battery bank (case-insensitive): " + string.Join(", ", BatteryPreset.All.Select(p => p.Name + " (" + p.Description + ")")) + ".",
            HelpName = "preset",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => BatteryPreset.LiFePO4_12V_200Ah.Name,
            CustomParser = result => OptionParsers.Choice(result, "--battery", batteryNames),
        };

        var capacity = new Option<int?>("--capacity")
        {
            Description = "Capacity of the bank in Ah (10..10000), instead of the preset's; solar and resistance scale with it.",
            HelpName = "Ah",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            CustomParser = result => OptionParsers.WholeNumber(result, "--capacity", 10, 10000, "10..10000 Ah, a whole number"),
        };

        var profile = new Option<string>("--profile", "-p")
        {
            Description = "Loads and sun (case-insensitive): day (sunny with clouds), overcast, no-solar.",
            HelpName = string.Join('|', DayProfile.Names),
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => "day",
            CustomParser = result => OptionParsers.Choice(result, "--profile", DayProfile.Names),
        };

        var initialSoc = new Option<double>("--initial-soc")
        {
            Description = "True state of charge at the start, percent. The firmware, like a new device, assumes 100 % until it first synchronises.",
            HelpName = "percent",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => 100,
            CustomParser = result => OptionParsers.Number(result, "--initial-soc", 0, 100, InitialSocAccepted),
        };

        var start = new Option<TimeSpan>("--start")
        {
            Description = "Time of day at the start, HH:mm (default 15:00: a full battery on a sunny afternoon).",
            HelpName = "HH:mm",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => new TimeSpan(15, 0, 0),
            CustomParser = result =>
            {
                if (OptionParsers.Text(result, "--start", StartAccepted) is not { } text)
                {
                    return TimeSpan.Zero;
                }

                if (!ValueParsers.TryParseTimeOfDay(text, out TimeSpan t))
                {
                    result.AddError("--start must be " + StartAccepted + " (got '" + text + "').");
                }

                return t;
            },
        };

        string[] sensorNames = ["ina228", "ina226"];
        var sensor = new Option<string>("--sensor")
        {
            Description = "Shunt sensor chip the firmware finds on I2C (case-insensitive): ina228 (20-bit, up to 85 V) or ina226 (16-bit, up to 36 V: not for 48 V banks).",
            HelpName = string.Join('|', sensorNames),
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => "ina228",
            CustomParser = result => OptionParsers.Choice(result, "--sensor", sensorNames),
        };

        var json = new Option<bool>("--json")
        {
            Description = "No dashboard: write one JSON object per line to stdout (truth, firmware, BLE, VE.Direct). Chosen automatically when stdout is not a terminal.",
        };

        var jsonInterval = new Option<TimeSpan>("--json-interval")
        {
            Description = "Simulated time between two JSON lines (default 1s; at least 100ms).",
            HelpName = "time",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => TimeSpan.FromSeconds(1),
            CustomParser = result => OptionParsers.Duration(result, "--json-interval", TimeSpan.FromMilliseconds(SimulationRig.StepMilliseconds)) ?? TimeSpan.FromSeconds(1),
        };

        var veDirect = new Option<VeDirectTarget?>("--vedirect")
        {
            Description = "Also send VE.Direct to tcp:127.0.0.1:PORT (loopback only; 0 picks a free port), pty (a Linux pseudo-terminal; pty:/path adds a symbolic link) or serial:/dev/ttyUSB0 (19200 8N1). HEX commands sent back are answered.",
            HelpName = "target",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            CustomParser = result =>
            {
                if (OptionParsers.Text(result, "--vedirect", "tcp:127.0.0.1:PORT, pty, pty:/path/to/link or serial:/dev/ttyUSB0") is not { } text)
                {
                    return null;
                }

                if (!VeDirectTarget.TryParse(text, out VeDirectTarget? target, out string? error))
                {
                    result.AddError(error!);
                }

                return target;
            },
        };

        var storage = new Option<string?>("--storage")
        {
            Description = "Folder for the firmware's flash: settings and battery state survive between runs (default: in memory).",
            HelpName = "folder",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            CustomParser = result => OptionParsers.Folder(result, "--storage"),
        };

        var stayConnected = new Option<bool>("--ble-stay-connected")
        {
            Description = "The simulated BLE client stays connected (default: connected 50 s, then scanning 10 s, so both notifications and advertisements are seen).",
        };

        var screenSnapshots = new Option<string?>("--screen-snapshots")
        {
            Description = "Folder for PNG snapshots of the simulated CYD screen: one per --screen-interval of simulated time and screen-final.png at the end.",
            HelpName = "folder",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            CustomParser = result => OptionParsers.Folder(result, "--screen-snapshots"),
        };

        var screenInterval = new Option<TimeSpan>("--screen-interval")
        {
            Description = "Simulated time between screen snapshots (default 1m).",
            HelpName = "time",
            Arity = ArgumentArity.ZeroOrOne, // a missing value reaches the parser, which names what the option takes
            DefaultValueFactory = _ => TimeSpan.FromMinutes(1),
            CustomParser = result => OptionParsers.Duration(result, "--screen-interval", TimeSpan.FromSeconds(1)) ?? TimeSpan.Zero,
        };

        var taps = new Option<ScriptedTap[]>("--tap")
        {
            Description = "Tap the simulated touch screen at x,y at a simulated time since boot, e.g. --tap 120,218@10s (repeatable). Tabs: HOME 40,218, HISTORY 120,218.",
            HelpName = "x,y@time",
            Arity = ArgumentArity.ZeroOrMore, // a missing value reaches the parser, which names what --tap takes
            AllowMultipleArgumentsPerToken = false,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    result.AddError("--tap takes x,y@time, e.g. 250,215@30s (no value given).");
                    return [];
                }

                var parsed = new System.Collections.Generic.List<ScriptedTap>();
                foreach (var token in result.Tokens)
                {
                    if (!ScriptedTap.TryParse(token.Value, out ScriptedTap? tap, out string error))
                    {
                        result.AddError(error);
                        return [];
                    }

                    parsed.Add(tap!);
                }

                return parsed.OrderBy(t => t.At).ToArray();
            },
        };

        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress or notes on stderr.",
        };

        var root = new RootCommand(
            "CydShunt simulator: the reference firmware's logic on a PC, measuring a simulated battery through a simulated INA228 (or INA226), "
            + "with a simulated BLE client decoding what it sends and the VE.Direct stream parsed, optionally forwarded to real readers.")
        {
            acceleration, duration, seed, battery, capacity, profile, initialSoc, start, sensor, json, jsonInterval, veDirect, storage, stayConnected, screenSnapshots, screenInterval, taps, quiet,
        };

        // Options with a default take it when given without a value (their parser is not called): refuse that here.
        var acceptedWithDefault = new System.Collections.Generic.Dictionary<Option, string>
        {
            [acceleration] = AccelerationAccepted,
            [seed] = SeedAccepted,
            [battery] = OptionParsers.OneOf(batteryNames),
            [profile] = OptionParsers.OneOf(DayProfile.Names),
            [initialSoc] = InitialSocAccepted,
            [start] = StartAccepted,
            [sensor] = OptionParsers.OneOf(sensorNames),
            [jsonInterval] = OptionParsers.TimeOfAtLeast(TimeSpan.FromMilliseconds(SimulationRig.StepMilliseconds)),
            [screenInterval] = OptionParsers.TimeOfAtLeast(TimeSpan.FromSeconds(1)),
        };
        root.Validators.Add(result =>
        {
            foreach (var (option, accepted) in acceptedWithDefault)
            {
                if (result.GetResult(option) is OptionResult { Implicit: false, Tokens.Count: 0 })
                {
                    result.AddError(OptionParsers.NoValueGiven(option.Name, accepted));
                }
            }
        });

        root.Validators.Add(result =>
        {
            // The INA226's bus input is rated 36 V: a 48 V bank (up to 58 V when charging) would destroy it. Checked only
            // when both values parsed: reading a value that was refused throws, and its own message says enough.
            if (TryGetValue(result, sensor, out string? chip) && TryGetValue(result, battery, out string? bank)
                && chip == "ina226" && BatteryPreset.Find(bank!) is { NominalVolts: > 24 })
            {
                result.AddError("--sensor ina226 measures bus voltages up to 36 V only; use --sensor ina228 for a 48 V battery.");
            }
        });

        root.SetAction(parse =>
        {
            BatteryPreset bank = BatteryPreset.Find(parse.GetValue(battery)!)!;
            if (parse.GetValue(capacity) is { } ah)
            {
                bank = bank.WithCapacity(ah);
            }

            var settings = new SimulatorSettings
            {
                Acceleration = parse.GetValue(acceleration),
                Duration = parse.GetValue(duration),
                Seed = parse.GetValue(seed),
                Battery = bank,
                Profile = parse.GetValue(profile)!,
                InitialStateOfCharge = parse.GetValue(initialSoc) / 100,
                StartTimeOfDay = parse.GetValue(start),
                Sensor = parse.GetValue(sensor)!,
                Json = parse.GetValue(json),
                JsonInterval = parse.GetValue(jsonInterval),
                VeDirect = parse.GetValue(veDirect),
                StorageFolder = parse.GetValue(storage),
                BleStayConnected = parse.GetValue(stayConnected),
                ScreenSnapshotFolder = parse.GetValue(screenSnapshots),
                ScreenSnapshotInterval = parse.GetValue(screenInterval),
                Taps = parse.GetValue(taps) ?? [],
                Quiet = parse.GetValue(quiet),
            };
            return run(settings);
        });
        return root;
    }

    /// <summary>
    /// The value of <paramref name="option"/> (given or default) if it was accepted. System.CommandLine keeps a refused
    /// value's error on an argument result it does not expose, and GetValue throws InvalidOperationException for it.
    /// </summary>
    private static bool TryGetValue<T>(CommandResult result, Option<T> option, out T? value)
    {
        try
        {
            value = result.GetValue(option);
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }
}

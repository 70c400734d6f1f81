using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using Spectre.Console;

namespace CydShunt.Simulator;

/// <summary>
/// Entry point: parses the command line, builds the rig and runs it with the dashboard or as JSON lines.
/// Exit codes: 0 the run ended (duration reached), 1 bad options or a failure (message on stderr), 130 stopped by
/// Ctrl+C (SIGINT), 143 stopped by SIGTERM.
/// </summary>
internal static class Program
{
    /// <summary>Exit code after Ctrl+C (128 + SIGINT), as shells report an interrupted program.</summary>
    public const int InterruptedExitCode = 130;

    /// <summary>Exit code after SIGTERM (128 + 15).</summary>
    public const int TerminatedExitCode = 143;

    private static int Main(string[] args)
    {
        RootCommand command = CommandLineDefinition.Create(Run);
        ParseResult parse = command.Parse(args);
        if (parse.UnmatchedTokens.Count > 0)
        {
            // System.CommandLine's "Unrecognized command or argument" lists nothing the user could have meant.
            foreach (string token in parse.UnmatchedTokens)
            {
                Console.Error.WriteLine(UnknownOption(command, token));
            }

            Console.Error.WriteLine("Run with --help to see the options.");
            return 1;
        }

        bool badOptions = false;
        if (parse.Action is ParseErrorAction parseError)
        {
            // Errors go to stderr with a pointer to --help; stdout stays free of anything a script would try to parse.
            parseError.ShowHelp = false;
            badOptions = true;
        }

        // Ctrl+C is handled by the run itself (clean shutdown, exit 130), not by System.CommandLine's timeout.
        int exitCode = parse.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
        if (badOptions)
        {
            Console.Error.WriteLine("Run with --help to see the options.");
        }

        return exitCode;
    }

    /// <summary>One line for a word that is no option: it names the word and lists the options there are.</summary>
    private static string UnknownOption(RootCommand command, string token) =>
        "'" + token + "' is not an option; the options are "
        + string.Join(", ", command.Options.Where(o => !o.Hidden && o.Name != "--version").Select(o => o.Name)) + ".";

    private static int Run(SimulatorSettings settings)
    {
        bool interactive = !settings.Json && !Console.IsOutputRedirected;
        if (!settings.Json && Console.IsOutputRedirected)
        {
            // Nobody can look at a dashboard in a pipe or a CI log: write what a script can read instead.
            Console.Error.WriteLine("stdout is not a terminal: writing JSON lines (pass --json to say so and silence this note).");
            settings = settings with { Json = true };
        }

        using var stop = new CancellationTokenSource();
        int signalExitCode = 0;
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // let the run stop cleanly: restore the terminal, close the ports
            signalExitCode = InterruptedExitCode;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            signalExitCode = TerminatedExitCode;
            stop.Cancel();
        });

        try
        {
            IVeDirectSink? sink = OpenVeDirect(settings.VeDirect);
            using var rig = new SimulationRig(settings, sink);
            if (sink != null && !settings.Quiet)
            {
                Console.Error.WriteLine("VE.Direct output: " + sink.Description);
            }

            rig.Boot();
            bool completed = interactive ? RunDashboard(rig, stop.Token) : RunJson(rig, stop.Token);
            if (rig.Snapshots != null)
            {
                string final = rig.Snapshots.Finish(rig.Screen);
                if (!settings.Quiet)
                {
                    Console.Error.WriteLine("Screen: " + rig.Snapshots.Written + " snapshot(s) in " + Path.GetDirectoryName(Path.GetFullPath(final)) + ", the last " + Path.GetFileName(final));
                }
            }
            return completed || signalExitCode == 0 ? 0 : signalExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SocketException or InvalidOperationException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static IVeDirectSink? OpenVeDirect(VeDirectTarget? target)
    {
        if (target == null)
        {
            return null;
        }

        try
        {
            return target.Kind switch
            {
                VeDirectTargetKind.Tcp => new TcpVeDirectSink(target.Address!, target.Port),
                VeDirectTargetKind.PseudoTerminal when OperatingSystem.IsLinux() => new PseudoTerminalSink(target.Path),
                VeDirectTargetKind.Serial => new SerialDeviceSink(target.Path!),
                _ => throw new IOException("--vedirect " + target + " is not available on this system."),
            };
        }
        catch (SocketException e)
        {
            throw new IOException("--vedirect " + target + ": cannot listen: " + e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new IOException("--vedirect " + target + ": " + e.Message, e);
        }
    }

    private static bool RunDashboard(SimulationRig rig, CancellationToken stop)
    {
        var dashboard = new Dashboard(rig.Settings, rig.Settings.VeDirect == null ? null : DescribeSink(rig));
        bool completed = false;
        AnsiConsole.Live(dashboard.Build(rig, AnsiConsole.Profile.Width, AnsiConsole.Profile.Height))
            .AutoClear(false)
            .Overflow(VerticalOverflow.Ellipsis)
            .Start(context =>
            {
                var runner = new SimulationRunner(rig)
                {
                    OnRefresh = r =>
                    {
                        context.UpdateTarget(dashboard.Build(r, AnsiConsole.Profile.Width, AnsiConsole.Profile.Height));
                        context.Refresh();
                    },
                };
                completed = runner.Run(stop);
            });
        return completed;
    }

    private static bool RunJson(SimulationRig rig, CancellationToken stop)
    {
        using Stream stdout = Console.OpenStandardOutput();
        var lines = new JsonLineWriter(stdout);
        var progress = new ProgressReporter(rig.Settings, Console.Error);
        var runner = new SimulationRunner(rig)
        {
            OnInterval = lines.Write,
            OnRefresh = progress.Report,
            RefreshesPerSecond = 1,
        };
        bool completed = runner.Run(stop);
        progress.Finish(rig, completed);
        return completed;
    }

    private static string DescribeSink(SimulationRig rig) => rig.Settings.VeDirect!.ToString();
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>The simulator as a separate process, started the way a script starts it (dotnet CydShunt.Simulator.dll ...).</summary>
internal sealed class SimulatorProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _stderrLines = [];
    private readonly List<string> _stderr = [];
    private readonly List<string> _stdout = [];

    private SimulatorProcess(string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "CydShunt.Simulator.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                lock (_stdout)
                {
                    _stdout.Add(e.Data);
                }
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                lock (_stderr)
                {
                    _stderr.Add(e.Data);
                }

                _stderrLines.Add(e.Data);
            }
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public IReadOnlyList<string> StandardOutput
    {
        get
        {
            lock (_stdout)
            {
                return [.. _stdout];
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return string.Join('\n', _stderr);
            }
        }
    }

    public static SimulatorProcess Start(params string[] args) => new(args);

    /// <summary>Runs to the end; fails the test if it takes longer than <paramref name="timeout"/>.</summary>
    public static (int ExitCode, IReadOnlyList<string> Stdout, string Stderr) Run(TimeSpan timeout, params string[] args)
    {
        using SimulatorProcess p = Start(args);
        int code = p.WaitForExit(timeout);
        return (code, p.StandardOutput, p.StandardError);
    }

    /// <summary>Waits for a stderr line matching <paramref name="pattern"/> and returns the match.</summary>
    public Match WaitForStandardError(string pattern, TimeSpan timeout)
    {
        var regex = new Regex(pattern);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_stderrLines.TryTake(out string? line, TimeSpan.FromMilliseconds(100)))
            {
                Match m = regex.Match(line);
                if (m.Success)
                {
                    return m;
                }
            }
            else if (_process.HasExited)
            {
                break;
            }
        }

        Assert.Fail("the simulator did not print /" + pattern + "/ on stderr; it printed:\n" + StandardError);
        throw new InvalidOperationException();
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail("the simulator did not finish within " + timeout + "; stderr:\n" + StandardError);
        }

        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    /// <summary>Sends a POSIX signal (SIGINT = 2, SIGTERM = 15), as Ctrl+C or a service manager would.</summary>
    public void Signal(int signal)
    {
        if (kill(_process.Id, signal) != 0)
        {
            Assert.Fail("kill(" + _process.Id + ", " + signal + ") failed");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _stderrLines.Dispose();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}

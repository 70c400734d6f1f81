using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace CydShunt.Benchmarks;

/// <summary>
/// Entry point. Usage (from the repository root):
/// <code>
/// dotnet run -c Release --project CydShunt.Benchmarks -- --filter '*'            full run (docs/benchmarks.md)
/// dotnet run -c Release --project CydShunt.Benchmarks -- --quick                  smoke check, about 2 minutes
/// dotnet run -c Release --project CydShunt.Benchmarks -- --quick --filter '*Snapshot*'
/// dotnet run -c Release --project CydShunt.Benchmarks -- --self-check             baselines agree with the library
/// </code>
/// Every other BenchmarkDotNet option (--list flat, --job, --runtimes, ...) is passed through.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var arguments = new List<string>(args);
        bool quick = arguments.Remove("--quick");
        if (quick && Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0")
        {
            // The quick run measures in-process, where short warm-ups would catch tier-0 code: run fully optimised from the start.
            return RunAgainWithoutTieredCompilation(args);
        }

        if (arguments.Remove("--self-check"))
        {
            SelfCheck.All();
            return 0;
        }

        SelfCheck.All();
        if (!arguments.Contains("--filter") && !arguments.Contains("--list"))
        {
            arguments.AddRange(["--filter", "*"]);
        }

        IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. arguments], CreateConfig(quick));
        Reporting.PrintGoals(summaries);
        return 0;
    }

    private static int RunAgainWithoutTieredCompilation(string[] args)
    {
        string host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_TieredCompilation"] = "0";
        using Process process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>
    /// The full run: 5 processes per benchmark (BenchmarkDotNet's default toolchain, tiered JIT and dynamic PGO as an
    /// application gets them; the same code differs by 10-40 % between processes on a small VM, so one process decides
    /// nothing), 5 warm-up and 10 measured iterations of about 100 ms each in each: 15-20 minutes.
    /// The quick run: in-process with tiered compilation off, 3 warm-up and 5 measured iterations of 50 ms: about
    /// 2 minutes, for smoke checks (allocations are exact; ratios are rough).
    /// </summary>
    public static IConfig CreateConfig(bool quick)
    {
        Job job = quick
            ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(50)).WithId("Quick")
            : Job.Default.WithLaunchCount(5).WithWarmupCount(5).WithIterationCount(10)
                .WithIterationTime(TimeInterval.FromMilliseconds(100)).WithId("Full");

        return DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddColumn(new RatioToNaiveColumn(), new GoalColumn())
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared))
            .WithOptions(ConfigOptions.JoinSummary);
    }
}

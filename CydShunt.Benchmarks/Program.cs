using System;
using System.Collections.Generic;
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

    /// <summary>
    /// The full run: one process per benchmark, 6 warm-up and 15 measured iterations of about 250 ms each.
    /// The quick run: in-process, 2 warm-up and 5 measured iterations of 40 ms: ratios within roughly ±20 %.
    /// </summary>
    public static IConfig CreateConfig(bool quick)
    {
        Job job = quick
            ? Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(40)).WithId("Quick")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(6).WithIterationCount(15)
                .WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("Full");

        return DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddColumn(new RatioToNaiveColumn(), new GoalColumn())
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared, MethodOrderPolicy.Declared))
            .WithOptions(ConfigOptions.JoinSummary);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CydShunt.Benchmarks;

/// <summary>
/// Ratios and goals computed from a summary. "Ratio" (BenchmarkDotNet's own column) is the ratio to baseline (a)
/// of the same category; these helpers add the ratio to baseline (b) and the verdict on the library's goals:
/// 0 B allocated on every library path, and at most 1.5× baseline (a) (2× for scan-record parsing).
/// </summary>
internal static class Reporting
{
    public const double Limit = 1.5;
    public const double ScanRecordLimit = 2.0;

    public static string Role(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');

    public static string Category(BenchmarkCase benchmarkCase) => string.Join("/", benchmarkCase.Descriptor.Categories);

    public static double LimitFor(BenchmarkCase benchmarkCase)
        => Category(benchmarkCase).StartsWith("ScanRecord", StringComparison.Ordinal) ? ScanRecordLimit : Limit;

    public static double? Mean(Summary summary, BenchmarkCase benchmarkCase) => summary[benchmarkCase]?.ResultStatistics?.Mean;

    public static long? Allocated(Summary summary, BenchmarkCase benchmarkCase)
        => summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);

    /// <summary>Mean time of this case divided by the mean time of the case with role <paramref name="role"/> in its category.</summary>
    public static double? RatioTo(Summary summary, BenchmarkCase benchmarkCase, string role)
    {
        string category = Category(benchmarkCase);
        BenchmarkCase? other = summary.BenchmarksCases.FirstOrDefault(c => Category(c) == category && Role(c) == role
            && c.Descriptor.Type == benchmarkCase.Descriptor.Type && c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo);
        double? mine = Mean(summary, benchmarkCase);
        double? theirs = other == null ? null : Mean(summary, other);
        return mine.HasValue && theirs.HasValue && theirs.Value > 0 ? mine.Value / theirs.Value : null;
    }

    /// <summary>"met", or what was missed, for a library path; empty for the baselines.</summary>
    public static string Goal(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (!Roles.IsLibrary(Role(benchmarkCase)))
        {
            return "";
        }

        double? ratio = RatioTo(summary, benchmarkCase, Roles.HandWritten);
        long? allocated = Allocated(summary, benchmarkCase);
        if (!ratio.HasValue || !allocated.HasValue)
        {
            return "?";
        }

        var missed = new List<string>();
        double limit = LimitFor(benchmarkCase);
        if (ratio.Value > limit)
        {
            missed.Add($"{ratio.Value:0.00}x > {limit:0.0}x");
        }

        if (allocated.Value != 0)
        {
            missed.Add($"{allocated.Value} B");
        }

        return missed.Count == 0 ? $"met (<= {limit:0.0}x, 0 B)" : "MISSED: " + string.Join(", ", missed);
    }

    /// <summary>Prints the goal verdict of every library path; returns how many missed.</summary>
    public static int PrintGoals(IEnumerable<Summary> summaries)
    {
        int missed = 0;
        int total = 0;
        Console.WriteLine();
        Console.WriteLine("// * Goals: 0 B allocated, <= 1.5x baseline (a), scan-record parsing <= 2x baseline (a) *");
        foreach (Summary summary in summaries)
        {
            foreach (BenchmarkCase benchmarkCase in summary.BenchmarksCases.Where(c => Roles.IsLibrary(Role(c))))
            {
                string goal = Goal(summary, benchmarkCase);
                double? a = RatioTo(summary, benchmarkCase, Roles.HandWritten);
                double? b = RatioTo(summary, benchmarkCase, Roles.Naive);
                total++;
                if (!goal.StartsWith("met", StringComparison.Ordinal))
                {
                    missed++;
                }

                Console.WriteLine($"{Category(benchmarkCase),-46} {Role(benchmarkCase),-15} vs (a) {a,6:0.00}  vs (b) {b,6:0.00}  {Allocated(summary, benchmarkCase),4} B  {goal}");
            }
        }

        Console.WriteLine(missed == 0 ? $"// All {total} library paths met their goals." : $"// {missed} of {total} library paths missed a goal.");
        return missed;
    }
}

/// <summary>Ratio of the mean time to the mean time of baseline (b), the naive implementation of the same category.</summary>
internal sealed class RatioToNaiveColumn : IColumn
{
    public string Id => nameof(RatioToNaiveColumn);

    public string ColumnName => "Ratio to (b)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Baseline;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time / mean time of baseline (b), the naive client code of the same category (lower is better)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        double? ratio = Reporting.RatioTo(summary, benchmarkCase, Roles.Naive);
        return ratio.HasValue ? ratio.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "?";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>The library's goals for its paths: 0 B allocated and at most 1.5× (scan records 2×) baseline (a).</summary>
internal sealed class GoalColumn : IColumn
{
    public string Id => nameof(GoalColumn);

    public string ColumnName => "Goal";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 100;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Library paths: 0 B allocated and mean time <= 1.5x baseline (a) (scan-record parsing <= 2x)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Reporting.Goal(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

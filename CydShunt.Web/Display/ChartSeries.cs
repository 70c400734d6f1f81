using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CydShunt.Protocol;
using CydShunt.Web.Session;

namespace CydShunt.Web.Display;

/// <summary>
/// One quantity of the session drawn as an SVG polyline: the points in a width × height box (y up = larger), the value
/// range it spans, and gaps where the device sent "not available".
/// </summary>
public sealed class ChartSeries
{
    private ChartSeries(IReadOnlyList<string> segments, double minimum, double maximum, int count)
    {
        Segments = segments;
        Minimum = minimum;
        Maximum = maximum;
        Count = count;
    }

    /// <summary>The polyline point lists ("x,y x,y …"), one per run of available values.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>Smallest value shown (bottom edge).</summary>
    public double Minimum { get; }

    /// <summary>Largest value shown (top edge).</summary>
    public double Maximum { get; }

    /// <summary>How many values were available.</summary>
    public int Count { get; }

    /// <summary>Lays out <paramref name="value"/> of every record over the session's time span.</summary>
    /// <param name="records">The session, oldest first.</param>
    /// <param name="value">The quantity in display units, null where not available.</param>
    /// <param name="width">Drawing width.</param>
    /// <param name="height">Drawing height.</param>
    /// <param name="minimumSpan">Smallest value range drawn, so that noise on a flat line does not fill the chart.</param>
    /// <returns>The series.</returns>
    public static ChartSeries Build(IReadOnlyList<MeasurementRecord> records, Func<LiveSnapshot, double?> value, double width, double height, double minimumSpan)
    {
        double min = double.MaxValue, max = double.MinValue;
        int count = 0;
        foreach (MeasurementRecord r in records)
        {
            if (value(r.Snapshot) is { } v)
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
                count++;
            }
        }

        if (count == 0)
        {
            return new ChartSeries([], 0, 0, 0);
        }

        if (max - min < minimumSpan)
        {
            double middle = (max + min) / 2;
            min = middle - minimumSpan / 2;
            max = middle + minimumSpan / 2;
        }

        DateTimeOffset start = records[0].Arrival;
        double span = Math.Max(1, (records[^1].Arrival - start).TotalMilliseconds);
        var segments = new List<string>();
        var points = new StringBuilder();
        foreach (MeasurementRecord r in records)
        {
            if (value(r.Snapshot) is not { } v)
            {
                Flush(points, segments);
                continue;
            }

            double x = records.Count == 1 ? width / 2 : (r.Arrival - start).TotalMilliseconds / span * width;
            double y = height - (v - min) / (max - min) * height;
            points.Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture)).Append(' ');
        }

        Flush(points, segments);
        return new ChartSeries(segments, min, max, count);
    }

    private static void Flush(StringBuilder points, List<string> segments)
    {
        if (points.Length > 0)
        {
            segments.Add(points.ToString().TrimEnd());
            points.Clear();
        }
    }
}

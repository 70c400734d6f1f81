using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CydShunt.Protocol;

namespace CydShunt.Web.Session;

/// <summary>Every new measurement of this session, for the chart and the CSV export; the oldest go beyond the limit.</summary>
public sealed class SessionLog
{
    /// <summary>Records kept: 24 h at one measurement per second.</summary>
    public const int Capacity = 86_400;

    /// <summary>The CSV header; every column is in the unit its name says, empty where the device sent "not available".</summary>
    public const string CsvHeader = "time_utc,sequence,status,voltage_v,current_a,power_w,soc_percent,temperature_c,time_to_go_min,consumed_ah";

    private readonly List<MeasurementRecord> _records = [];

    /// <summary>The records, oldest first.</summary>
    public IReadOnlyList<MeasurementRecord> Records => _records;

    /// <summary>Adds a new measurement.</summary>
    /// <param name="record">The measurement.</param>
    public void Add(MeasurementRecord record)
    {
        if (_records.Count == Capacity)
        {
            _records.RemoveAt(0);
        }

        _records.Add(record);
    }

    /// <summary>Forgets every record.</summary>
    public void Clear() => _records.Clear();

    /// <summary>The records as CSV (RFC 4180, invariant culture, '.' decimal point), one line per measurement.</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var csv = new StringBuilder(CsvHeader).Append("\r\n");
        foreach (MeasurementRecord r in _records)
        {
            LiveSnapshot s = r.Snapshot;
            csv.Append(r.Arrival.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)).Append(',')
                .Append(s.Sequence.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append("0x").Append(((byte)s.Status).ToString("X2", CultureInfo.InvariantCulture)).Append(',')
                .Append(Scaled(s.VoltageMillivolts, 1000, "0.000")).Append(',')
                .Append(Scaled(s.CurrentMilliamps, 1000, "0.000")).Append(',')
                .Append(Scaled(s.PowerMilliwatts, 1000, "0.0")).Append(',')
                .Append(Scaled(s.StateOfChargeCentipercent, 100, "0.00")).Append(',')
                .Append(Scaled(s.TemperatureCentidegrees, 100, "0.00")).Append(',')
                .Append(Measurement.IsAvailable(s.TimeToGoMinutes) ? s.TimeToGoMinutes.ToString(CultureInfo.InvariantCulture) : string.Empty).Append(',')
                .Append(Scaled(s.ConsumedMilliampHours, 1000, "0.00")).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Scaled(int value, int divisor, string format) =>
        Measurement.IsAvailable(value) ? ((decimal)value / divisor).ToString(format, CultureInfo.InvariantCulture) : string.Empty;
}

using CydShunt.Protocol;

namespace CydShunt.Firmware.Tests.Support;

/// <summary>A copy of a read-only <see cref="LiveSnapshot"/> with some fields changed (tests vary one field of an example).</summary>
internal static class SnapshotChanges
{
    public static LiveSnapshot With(
        this LiveSnapshot s,
        byte? sequence = null,
        StatusFlags? status = null,
        int? voltageMillivolts = null,
        int? stateOfChargeCentipercent = null,
        int? temperatureCentidegrees = null) =>
        new(
            sequence ?? s.Sequence,
            status ?? s.Status,
            voltageMillivolts ?? s.VoltageMillivolts,
            s.CurrentMilliamps,
            s.PowerMilliwatts,
            stateOfChargeCentipercent ?? s.StateOfChargeCentipercent,
            temperatureCentidegrees ?? s.TemperatureCentidegrees,
            s.TimeToGoMinutes,
            s.ConsumedMilliampHours);
}

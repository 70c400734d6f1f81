using CsCheck;

namespace CydShunt.Protocol.Tests.Properties;

/// <summary>Generators for model values: sometimes not available, often beyond the wire range so clamping is exercised.</summary>
internal static class Generators
{
    public static readonly Gen<int> AnyMeasurement = Gen.Frequency(
        (1, Gen.Const(Measurement.NotAvailable)),
        (6, Gen.Int),
        (3, Gen.Int[-40000, 40000]),
        (2, Gen.Int[-1000, 1000]));

    public static readonly Gen<LiveSnapshot> Snapshot =
        Gen.Select(Gen.Byte, Gen.Byte, AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement)
            .Select(AnyMeasurement, (t, consumed) => new LiveSnapshot(
                sequence: t.Item1,
                status: (StatusFlags)t.Item2,
                voltageMillivolts: t.Item3,
                currentMilliamps: t.Item4,
                powerMilliwatts: t.Item5,
                stateOfChargeCentipercent: t.Item6,
                temperatureCentidegrees: t.Item7,
                timeToGoMinutes: t.Item8,
                consumedMilliampHours: consumed));

    public static readonly Gen<GlanceFrame> Glance =
        Gen.Select(Gen.UShort, Gen.Byte, Gen.Byte, AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, (company, seq, status, v, i, soc, ttg) => new GlanceFrame(
            companyId: company,
            sequence: seq,
            status: (StatusFlags)status,
            voltageMillivolts: v,
            currentMilliamps: i,
            stateOfChargeCentipercent: soc,
            timeToGoMinutes: ttg));

    public static readonly Gen<BTHomeFrame> BTHome =
        Gen.Select(Gen.Frequency((1, Gen.Const(Measurement.NotAvailable)), (9, Gen.Int[0, 255])), AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, (packet, soc, t, v, p, i) => new BTHomeFrame(
            packetId: packet,
            stateOfChargeCentipercent: soc,
            temperatureCentidegrees: t,
            voltageMillivolts: v,
            powerMilliwatts: p,
            currentMilliamps: i,
            energyChargedWattHours: default,
            energyDischargedWattHours: default));
}

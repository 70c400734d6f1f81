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
            .Select(AnyMeasurement, (t, consumed) => new LiveSnapshot
            {
                Sequence = t.Item1,
                Status = (StatusFlags)t.Item2,
                VoltageMillivolts = t.Item3,
                CurrentMilliamps = t.Item4,
                PowerMilliwatts = t.Item5,
                StateOfChargeCentipercent = t.Item6,
                TemperatureCentidegrees = t.Item7,
                TimeToGoMinutes = t.Item8,
                ConsumedMilliampHours = consumed,
            });

    public static readonly Gen<GlanceFrame> Glance =
        Gen.Select(Gen.UShort, Gen.Byte, Gen.Byte, AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, (company, seq, status, v, i, soc, ttg) => new GlanceFrame
        {
            CompanyId = company,
            Sequence = seq,
            Status = (StatusFlags)status,
            VoltageMillivolts = v,
            CurrentMilliamps = i,
            StateOfChargeCentipercent = soc,
            TimeToGoMinutes = ttg,
        });

    public static readonly Gen<BTHomeFrame> BTHome =
        Gen.Select(Gen.Frequency((1, Gen.Const(Measurement.NotAvailable)), (9, Gen.Int[0, 255])), AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, AnyMeasurement, (packet, soc, t, v, p, i) => new BTHomeFrame
        {
            PacketId = packet,
            StateOfChargeCentipercent = soc,
            TemperatureCentidegrees = t,
            VoltageMillivolts = v,
            PowerMilliwatts = p,
            CurrentMilliamps = i,
        });
}

using CydShunt.Protocol;
using System.Linq;
using CsCheck;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

/// <summary>Random values through writer and parser: every block checks and reads back as written.</summary>
public class VeDirectPropertyTests
{
    private static readonly Gen<int> AnyValue = Gen.OneOf(Gen.Int, Gen.Const(Measurement.NotAvailable), Gen.Int[-300000, 300000]);

    private static readonly Gen<VeDirectMainValues> MainGen =
        from v in AnyValue
        from aux in Gen.Int[0, 2]
        from vs in AnyValue
        from t in AnyValue
        from i in AnyValue
        from p in AnyValue
        from ce in AnyValue
        from soc in Gen.OneOf(Gen.Int[0, 1000], Gen.Const(Measurement.NotAvailable))
        from ttg in Gen.OneOf(Gen.Int[-1, int.MaxValue], Gen.Const(Measurement.NotAvailable))
        from synced in Gen.Bool
        from alarm in Gen.Bool
        from reasons in Gen.Int[0, 0xFFFF]
        select new VeDirectMainValues
        {
            VoltageMillivolts = v, AuxiliaryInput = (VeDirectAuxiliaryInput)aux, StarterVoltageMillivolts = vs, TemperatureCelsius = t, CurrentMilliamps = i,
            PowerWatts = p, ConsumedMilliampHours = ce, StateOfChargePermille = soc, TimeToGoMinutes = ttg, Synchronised = synced, AlarmActive = alarm,
            AlarmReasons = (VeDirectAlarmReasons)reasons,
        };

    private static readonly Gen<int[]> HistoryGen = Gen.OneOf(Gen.Int[0, int.MaxValue], Gen.Const(Measurement.NotAvailable)).Array[18];

    [Test]
    public void MainBlocksRoundTrip()
    {
        MainGen.Sample(values =>
        {
            // CsCheck samples on several threads: each sample has its own writer and buffer.
            var writer = new VeDirectTextWriter(new VeDirectSettings());
            byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
            int length = writer.WriteMainBlock(values, buffer, 0);
            TextBlockEvent block = RecordingListener.Parse(buffer[..length]).Blocks.Single();
            bool synced = values.Synchronised;
            int ttg = values.TimeToGoMinutes;
            return block["V"] == Text(values.VoltageMillivolts)
                && block["VS"] == (values.AuxiliaryInput == VeDirectAuxiliaryInput.StarterVoltage ? Text(values.StarterVoltageMillivolts) : null)
                && block["T"] == (values.AuxiliaryInput == VeDirectAuxiliaryInput.Temperature ? Text(values.TemperatureCelsius) : null)
                && block["I"] == Text(values.CurrentMilliamps)
                && block["P"] == Text(values.PowerWatts)
                && block["CE"] == (synced ? Text(values.ConsumedMilliampHours) : "---")
                && block["SOC"] == (synced ? Text(values.StateOfChargePermille) : "---")
                && block["TTG"] == (synced ? Text(ttg) : "---")
                && block["Alarm"] == (values.AlarmActive ? "ON" : "OFF")
                && block["AR"] == ((int)values.AlarmReasons).ToString(System.Globalization.CultureInfo.InvariantCulture)
                && block.Fields.Count <= VeDirectTextWriter.MaximumFieldsPerBlock
                && Ascii.Sum(buffer[..length]) % 256 == 0;
        }, iter: 3000);
    }

    [Test]
    public void HistoryBlocksRoundTrip()
    {
        HistoryGen.Sample(h =>
        {
            var writer = new VeDirectTextWriter(new VeDirectSettings());
            byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
            var values = new VeDirectHistoryValues
            {
                DeepestDischargeMilliampHours = Negate(h[0]), LastDischargeMilliampHours = Negate(h[1]), AverageDischargeMilliampHours = Negate(h[2]),
                ChargeCycles = h[3], FullDischarges = h[4], CumulativeMilliampHoursDrawn = Negate(h[5]), MinimumVoltageMillivolts = h[6],
                MaximumVoltageMillivolts = h[7], SecondsSinceLastFullCharge = h[8], AutomaticSynchronisations = h[9], LowVoltageAlarms = h[10],
                HighVoltageAlarms = h[11], LowAuxiliaryVoltageAlarms = h[12], HighAuxiliaryVoltageAlarms = h[13], MinimumAuxiliaryVoltageMillivolts = h[14],
                MaximumAuxiliaryVoltageMillivolts = h[15], DischargedEnergyHundredthsKilowattHour = h[16], ChargedEnergyHundredthsKilowattHour = h[17],
            };
            int length = writer.WriteHistoryBlock(values, buffer, 0);
            TextBlockEvent block = RecordingListener.Parse(buffer[..length]).Blocks.Single();
            int[] written = [Negate(h[0]), Negate(h[1]), Negate(h[2]), h[3], h[4], Negate(h[5]), .. h[6..]];
            return Enumerable.Range(0, 18).All(k => block["H" + (k + 1)] == (written[k] == int.MinValue ? null : Text(written[k])));
        }, iter: 2000);
    }

    [Test]
    public void TheParserSurvivesRandomBytesAndThenReadsAGoodBlock()
    {
        var writer = new VeDirectTextWriter(new VeDirectSettings());
        byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
        int length = writer.WriteHistoryBlock(VeDirectTextWriterTests.FullHistory(), buffer, 0);
        byte[] good = buffer[..length];
        Gen.Byte.Array[0, 300].Sample(noise =>
        {
            RecordingListener result = RecordingListener.Parse([.. noise, .. good, .. good]);
            return result.Events[^1] is TextBlockEvent last && last["H18"] == "130000";
        }, iter: 2000);
    }

    private static int Negate(int value) => value == int.MinValue ? value : -value;

    private static string Text(int value) => value == int.MinValue ? "---" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using CydShunt.Firmware.VeDirect;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

/// <summary>
/// GET of the live and history registers. Expected bytes are worked out by hand from Victron's register list (velib
/// ve_regs.h): type, unit and NA value of each id, little-endian.
/// </summary>
public class VeDirectMonitorRegistersTests
{
    private static (VeDirectMonitorRegisters Registers, VeDirectMainValues Main, VeDirectHistoryValues History) Rig()
    {
        VeDirectMainValues main = new()
        {
            VoltageMillivolts = 12345, CurrentMilliamps = -7650, PowerWatts = -94, ConsumedMilliampHours = -65450,
            StateOfChargePermille = 840, StateOfChargeCentipercent = 8400, TimeToGoMinutes = 900, Synchronised = true,
            AlarmReasons = VeDirectAlarmReasons.LowVoltage | VeDirectAlarmReasons.LowStateOfCharge,
            StarterVoltageMillivolts = Measurement.NotAvailable, TemperatureCelsius = Measurement.NotAvailable,
        };
        VeDirectHistoryValues history = VeDirectHistoryValues.CreateUnavailable();
        history.DeepestDischargeMilliampHours = -150000;
        history.LastDischargeMilliampHours = -80049;
        history.AverageDischargeMilliampHours = -33333;
        history.ChargeCycles = 3;
        history.FullDischarges = 1;
        history.CumulativeMilliampHoursDrawn = -5500051;
        history.MinimumVoltageMillivolts = 11700;
        history.MaximumVoltageMillivolts = 16150;
        history.SecondsSinceLastFullCharge = 360000;
        history.AutomaticSynchronisations = 20;
        history.LowVoltageAlarms = 0;
        history.HighVoltageAlarms = 2;
        history.DischargedEnergyHundredthsKilowattHour = 6800;
        history.ChargedEnergyHundredthsKilowattHour = 8500;
        var settings = new VeDirectSettingsRegisters(new VeDirectSettings());
        return (new VeDirectMonitorRegisters(settings, main, history), main, history);
    }

    private static byte[]? Get(VeDirectMonitorRegisters registers, int id)
    {
        byte[] buffer = new byte[64];
        int length = registers.ReadRegister(id, buffer, 0);
        return length < 0 ? null : buffer[..length];
    }

    // id, expected bytes: value in the register unit (by hand), then little-endian two's complement.
    [TestCase(0x0FFF, new byte[] { 0xD0, 0x20 }, TestName = "SOC 84.00 % = 8400 (un16, 0.01 %)")]
    [TestCase(0x0FFE, new byte[] { 0x84, 0x03 }, TestName = "TTG 900 min (un16, 1 min)")]
    [TestCase(0x0FFC, new byte[] { 0x71, 0xFD, 0xFF, 0xFF }, TestName = "consumed -65.450 Ah = -654.5 -> -655 x 0.1 Ah (sn32, half away from zero)")]
    [TestCase(0xED8D, new byte[] { 0xD3, 0x04 }, TestName = "voltage 12.345 V = 1234.5 -> 1235 x 0.01 V (sn16)")]
    [TestCase(0xED8F, new byte[] { 0xB3, 0xFF }, TestName = "current -7.650 A = -76.5 -> -77 x 0.1 A (sn16)")]
    [TestCase(0xED8C, new byte[] { 0x1E, 0xE2, 0xFF, 0xFF }, TestName = "current -7650 mA (sn32, 0.001 A)")]
    [TestCase(0xED8E, new byte[] { 0xA2, 0xFF }, TestName = "power -94 W (sn16, 1 W)")]
    [TestCase(0x031E, new byte[] { 0x05, 0x00 }, TestName = "alarm reason low voltage + low SOC = 5 (un16)")]
    [TestCase(0x0300, new byte[] { 0x24, 0xFA, 0xFF, 0xFF }, TestName = "H1 -150.000 Ah = -1500 x 0.1 Ah (sn32)")]
    [TestCase(0x0301, new byte[] { 0xE0, 0xFC, 0xFF, 0xFF }, TestName = "H2 -80.049 Ah = -800 x 0.1 Ah")]
    [TestCase(0x0302, new byte[] { 0xB3, 0xFE, 0xFF, 0xFF }, TestName = "H3 -33.333 Ah = -333 x 0.1 Ah")]
    [TestCase(0x0303, new byte[] { 0x03, 0x00, 0x00, 0x00 }, TestName = "H4 3 cycles")]
    [TestCase(0x0304, new byte[] { 0x01, 0x00, 0x00, 0x00 }, TestName = "H5 1 full discharge")]
    [TestCase(0x0305, new byte[] { 0x27, 0x29, 0xFF, 0xFF }, TestName = "H6 -5500.051 Ah = -55000.51 -> -55001 x 0.1 Ah")]
    [TestCase(0x0306, new byte[] { 0x92, 0x04, 0x00, 0x00 }, TestName = "H7 11.700 V = 1170 x 0.01 V (sn32)")]
    [TestCase(0x0307, new byte[] { 0x4F, 0x06, 0x00, 0x00 }, TestName = "H8 16.150 V = 1615 x 0.01 V")]
    [TestCase(0x0308, new byte[] { 0x40, 0x7E, 0x05, 0x00 }, TestName = "H9 360000 s")]
    [TestCase(0x0309, new byte[] { 0x14, 0x00, 0x00, 0x00 }, TestName = "H10 20")]
    [TestCase(0x030A, new byte[] { 0x00, 0x00, 0x00, 0x00 }, TestName = "H11 0")]
    [TestCase(0x030B, new byte[] { 0x02, 0x00, 0x00, 0x00 }, TestName = "H12 2")]
    [TestCase(0x0310, new byte[] { 0x90, 0x1A, 0x00, 0x00 }, TestName = "H17 68.00 kWh = 6800 x 0.01 kWh (un32)")]
    [TestCase(0x0311, new byte[] { 0x34, 0x21, 0x00, 0x00 }, TestName = "H18 85.00 kWh = 8500 x 0.01 kWh")]
    public void LiveAndHistoryRegistersUseVictronsTypesAndUnits(int id, byte[] expected)
    {
        Assert.That(Get(Rig().Registers, id), Is.EqualTo(expected));
    }

    [Test]
    public void NotAvailableValuesUseTheTypesNaAndStatisticsNotKeptAreUnknown()
    {
        var (registers, main, _) = Rig();
        main.SetUnavailable();
        Assert.Multiple(() =>
        {
            Assert.That(Get(registers, 0x0FFF), Is.EqualTo(new byte[] { 0xFF, 0xFF }), "SOC not synchronised");
            Assert.That(Get(registers, 0x0FFE), Is.EqualTo(new byte[] { 0xFF, 0xFF }), "TTG");
            Assert.That(Get(registers, 0xED8D), Is.EqualTo(new byte[] { 0xFF, 0x7F }), "voltage");
            Assert.That(Get(registers, 0xED8C), Is.EqualTo(new byte[] { 0xFF, 0xFF, 0xFF, 0x7F }), "current mA");
            Assert.That(Get(registers, 0x030E), Is.Null, "H15 is not kept (no auxiliary input)");
        });
    }

    [Test]
    public void InfiniteTimeToGoReadsAsNotAvailable()
    {
        var (registers, main, _) = Rig();
        main.TimeToGoMinutes = VeDirectMainValues.TimeToGoInfinite;
        Assert.That(Get(registers, 0x0FFE), Is.EqualTo(new byte[] { 0xFF, 0xFF }));
    }

    [Test]
    public void SettingsRegistersStillAnswerAndLiveOnesRefuseASet()
    {
        var (registers, _, _) = Rig();
        Assert.That(Get(registers, 0x0100)!.Length, Is.EqualTo(4), "product id from the settings registers");
        Assert.That(registers.WriteRegister(0x0FFF, new byte[] { 0, 0 }, 0, 2), Is.EqualTo(VeDirectHexFlags.NotSupported));
        Assert.That(Get(registers, 0x7777), Is.Null, "unknown id");
    }
}

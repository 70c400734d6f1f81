using CydShunt.Firmware.Host.Sensors;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Sensors;

/// <summary>The fakes reproduce the datasheets' worked examples, so the driver tests stand on datasheet behaviour.</summary>
public class SimulatedChipDatasheetTests
{
    private static void WriteRegister(SimulatedRegisterChip chip, int register, int value) =>
        chip.Write([(byte)register, (byte)(value >> 8), (byte)value], 0, 3);

    [Test]
    public void Ina228ReproducesTheDesignExample()
    {
        // TI's INA228/INA229 design example: 16.2 mΩ shunt, CURRENT_LSB = 10 A / 2^19, SHUNT_CAL = 4050, 6 A, 48 V:
        // VSHUNT 311040 (97.2 mV), CURRENT 314572, VBUS 245760, CHARGE after 1 h ≈ 6 A × 3600 s / CURRENT_LSB.
        SimulatedIna228 chip = new() { ShuntNanovolts = 97_200_000, BusMicrovolts = 48_000_000 };
        WriteRegister(chip, 0x02, 4050);
        chip.Convert();
        Assert.That(chip.VshuntCount, Is.EqualTo(311_040));
        Assert.That(chip.CurrentCount, Is.EqualTo(314_572));
        // POWER = 314572 × 245760 / 2^14 = 4718580 → 4718580 × 3.2 × 19.073486 µA = 288.0 W (the example's 288 W).
        Assert.That(chip.PowerCount, Is.EqualTo(4_718_580));
        chip.Advance(3_600_000);
        Assert.That(chip.Charge, Is.EqualTo(314_572L * 3600)); // 21600 C at 19.07 µC/LSB, from the truncated CURRENT
    }

    [Test]
    public void Ina228ResetValuesAndReservedBitsFollowTheDatasheet()
    {
        SimulatedIna228 chip = new();
        byte[] buffer = new byte[5];
        chip.WriteRead([0x01], 0, 1, buffer, 0, 2);
        Assert.That((buffer[0] << 8) | buffer[1], Is.EqualTo(0xFB68));
        chip.WriteRead([0x02], 0, 1, buffer, 0, 2);
        Assert.That((buffer[0] << 8) | buffer[1], Is.EqualTo(0x1000));
        chip.WriteRead([0x0B], 0, 1, buffer, 0, 2);
        Assert.That((buffer[0] << 8) | buffer[1], Is.EqualTo(0x0001));

        chip.ShuntNanovolts = -1_000_000; // −1 mV
        chip.Convert();
        chip.WriteRead([0x04], 0, 1, buffer, 0, 3);
        Assert.That(buffer[2] & 0x0F, Is.Zero, "bits 3:0 are reserved and read 0");
        int raw = (buffer[0] << 16) | (buffer[1] << 8) | buffer[2];
        Assert.That(raw, Is.EqualTo(((-3200) & 0xFFFFF) << 4));
        Assert.That(chip.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void Ina226ReproducesTheCalibrationEquation()
    {
        // INA226: CURRENT = SHUNT_VOLTAGE × CAL / 2048; example-like values: 2 mΩ, Current_LSB 1 mA → CAL 2560;
        // 10 A → 20 mV → 8000 counts → CURRENT 10000 (10 A); 12 V bus → 9600 counts; POWER = 10000 × 9600 / 20000.
        SimulatedIna226 chip = new() { ShuntNanovolts = 20_000_000, BusMicrovolts = 12_000_000 };
        chip.Convert();
        Assert.That(chip.CurrentCount, Is.Zero, "current reads 0 until CALIBRATION is programmed");
        WriteRegister(chip, 0x05, 2560);
        chip.Convert();
        Assert.That(chip.ShuntCount, Is.EqualTo(8000));
        Assert.That(chip.CurrentCount, Is.EqualTo(10_000));
        Assert.That(chip.PowerCount, Is.EqualTo(4800)); // × 25 mW = 120 W = 10 A × 12 V
        Assert.That(chip.Configuration, Is.EqualTo(0x4127));
    }

    [Test]
    public void Ina226FlagsAndResetSitWhereTheDatasheetPutsThem()
    {
        // SBOS547, Mask/Enable Register (06h): CVRF "Conversion Ready Flag" is bit 3 (0x0008), cleared by reading the
        // register; OVF "Math Overflow Flag" is bit 2 (0x0004). Configuration Register (00h): RST is bit 15 (0x8000),
        // the power-on value is 4127h. Literal values here, not the binding's constants.
        SimulatedIna226 chip = new() { ShuntNanovolts = 50_000_000, BusMicrovolts = 12_000_000 };
        chip.Convert();
        Assert.That(ReadRegister16(chip, 0x06), Is.EqualTo(0x0008), "a finished conversion sets CVRF only");
        Assert.That(ReadRegister16(chip, 0x06), Is.EqualTo(0x0000), "reading Mask/Enable clears CVRF");

        WriteRegister(chip, 0x05, 0x7FFF); // CURRENT = 20000 × 32767 / 2048 overflows 16 bits
        chip.Convert();
        Assert.That(ReadRegister16(chip, 0x06), Is.EqualTo(0x000C), "CVRF and OVF");

        WriteRegister(chip, 0x00, 0x0000);
        Assert.That(chip.Configuration, Is.EqualTo(0x4000), "bits 14:12 read 100b whatever is written");
        WriteRegister(chip, 0x00, 0x8000);
        Assert.That(chip.Configuration, Is.EqualTo(0x4127), "RST restores the power-on configuration");
        Assert.That(chip.Calibration, Is.Zero, "and the power-on calibration");
        Assert.That(chip.ProtocolViolations, Is.Empty);
    }

    private static int ReadRegister16(SimulatedRegisterChip chip, int register)
    {
        byte[] buffer = new byte[2];
        chip.WriteRead([(byte)register], 0, 1, buffer, 0, 2);
        return (buffer[0] << 8) | buffer[1];
    }
}

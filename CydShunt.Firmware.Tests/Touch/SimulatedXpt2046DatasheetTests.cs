using CydShunt.Firmware.Host.Touch;
using CydShunt.Firmware.Touch.Xpt2046;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Touch;

/// <summary>The simulated chip follows the data sheet's serial interface on its own, so the driver tests stand on it.</summary>
public class SimulatedXpt2046DatasheetTests
{
    private static int Word(byte[] b, int at) => (b[at] << 8) | b[at + 1];

    [Test]
    public void A24ClockConversionAnswersBusyThenTwelveBitsThenZeros()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(2047, 100);
        byte[] read = new byte[3];

        chip.TransferFullDuplex([0xD0, 0x00, 0x00], 0, read, 0, 3);

        Assert.That(read[0], Is.Zero, "nothing comes out while the control byte goes in");
        Assert.That(read[1], Is.EqualTo(0x3F)); // 0, then D11..D5 = 0111111
        Assert.That(read[2], Is.EqualTo(0xF8)); // D4..D0 = 11111, then 000
    }

    [Test]
    public void LeadingZerosBeforeTheStartBitAreIgnored()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(1000, 3000);
        byte[] read = new byte[4];

        chip.TransferFullDuplex([0x00, 0x90, 0x00, 0x00], 0, read, 0, 4);

        Assert.That(Word(read, 2) >> 3, Is.EqualTo(3000));
        Assert.That(chip.ControlBytes, Is.EqualTo(new byte[] { 0x90 }));
    }

    [Test]
    public void SixteenClockConversionsOverlapTheNextControlByte()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(1000, 3000);
        byte[] read = new byte[5];

        chip.TransferFullDuplex([0xD0, 0x00, 0x90, 0x00, 0x00], 0, read, 0, 5);

        Assert.That(Word(read, 1) >> 3, Is.EqualTo(1000));
        Assert.That(Word(read, 3) >> 3, Is.EqualTo(3000));
    }

    [Test]
    public void AnEightBitConversionGivesTheTopEightBits()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(0xABC, 0);
        byte[] read = new byte[3];

        chip.TransferFullDuplex([0xD8, 0x00, 0x00], 0, read, 0, 3); // MODE = 1

        Assert.That(Word(read, 1) >> 7, Is.EqualTo(0xAB)); // 0, D7..D0, then zeros
    }

    [Test]
    public void PenIrqFollowsThePowerDownBits()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(1000, 1000);
        byte[] read = new byte[3];
        Assert.That(chip.Read(), Is.False, "PD 00 at power-up here: touched reads low");

        chip.TransferFullDuplex([0xD1, 0, 0], 0, read, 0, 3); // PD 01: PENIRQ disabled
        Assert.That(chip.Read(), Is.True);
        chip.TransferFullDuplex([0xD3, 0, 0], 0, read, 0, 3); // PD 11: disabled
        Assert.That(chip.Read(), Is.True);
        chip.TransferFullDuplex([0xD2, 0, 0], 0, read, 0, 3); // PD 10: enabled
        Assert.That(chip.Read(), Is.False);
        chip.Release();
        Assert.That(chip.Read(), Is.True);
    }

    [Test]
    public void PressureConversionsSatisfyTheDatasheetEquation()
    {
        SimulatedXpt2046 chip = new() { XPlateOhms = 500, YPlateOhms = 700, TouchOhms = 800 };
        chip.PressRaw(3000, 1000);
        byte[] read = new byte[5];

        chip.TransferFullDuplex([0xB0, 0x00, 0xC0, 0x00, 0x00], 0, read, 0, 5);
        double z1 = Word(read, 1) >> 3;
        double z2 = Word(read, 3) >> 3;

        // R_touch = R_X-plate · X/4096 · (Z2/Z1 − 1) = 800 Ω.
        Assert.That(500 * (3000 / 4096.0) * ((z2 / z1) - 1), Is.EqualTo(800).Within(1).Percent);
    }
}

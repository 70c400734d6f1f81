using System;
using System.Linq;
using CydShunt.Firmware.Host.Touch;
using CydShunt.Firmware.Tests.Support;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Touch.Xpt2046;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Touch;

public class Xpt2046Tests
{
    // Control bytes by hand from the data sheet's bit order S A2 A1 A0 MODE SER/DFR PD1 PD0, 12-bit (MODE 0),
    // differential (SER/DFR 0), PD 00: Z1 = 1 011 0 0 00, Z2 = 1 100 0 0 00, X = 1 101 0 0 00, Y = 1 001 0 0 00.
    private const byte Z1 = 0xB0;
    private const byte Z2 = 0xC0;
    private const byte X = 0xD0;
    private const byte Y = 0x90;

    [Test]
    public void ControlBytesAreComposedBitByBitAsInTheDatasheet()
    {
        Assert.That(Xpt2046ControlByte.Compose(Xpt2046Channel.XPosition, false, false, Xpt2046PowerDownMode.PowerDownBetweenConversions), Is.EqualTo(X));
        Assert.That(Xpt2046ControlByte.Compose(Xpt2046Channel.YPosition, false, false, Xpt2046PowerDownMode.PowerDownBetweenConversions), Is.EqualTo(Y));
        Assert.That(Xpt2046ControlByte.Compose(Xpt2046Channel.Z1Position, false, false, Xpt2046PowerDownMode.PowerDownBetweenConversions), Is.EqualTo(Z1));
        Assert.That(Xpt2046ControlByte.Compose(Xpt2046Channel.Z2Position, false, false, Xpt2046PowerDownMode.PowerDownBetweenConversions), Is.EqualTo(Z2));
        // 1 111 1 1 11 and 1 000 0 0 00: every field at its extreme.
        Assert.That(Xpt2046ControlByte.Compose(Xpt2046Channel.Temperature1, true, true, Xpt2046PowerDownMode.AlwaysPowered), Is.EqualTo(0xFF));
        Assert.That(Xpt2046ControlByte.Compose(Xpt2046Channel.Temperature0, false, false, Xpt2046PowerDownMode.PowerDownBetweenConversions), Is.EqualTo(0x80));
        // 1 010 1 1 01 = 0xAD: battery, 8-bit, single-ended, reference off / ADC on.
        Assert.That(Xpt2046ControlByte.Compose(Xpt2046Channel.BatteryVoltage, true, true, Xpt2046PowerDownMode.ReferenceOffAdcOn), Is.EqualTo(0xAD));
        Assert.That(Xpt2046ControlByte.MeasureXPosition, Is.EqualTo(X));
        Assert.That(Xpt2046ControlByte.MeasureYPosition, Is.EqualTo(Y));
        Assert.That(Xpt2046ControlByte.MeasureZ1Position, Is.EqualTo(Z1));
        Assert.That(Xpt2046ControlByte.MeasureZ2Position, Is.EqualTo(Z2));
    }

    [TestCase(0x3F, 0xF8, 2047)] // 0011 1111 1111 1000: BUSY 0, D11..D0 = 0111 1111 1111, 000
    [TestCase(0x7F, 0xF8, 4095)] // all twelve data bits set
    [TestCase(0x00, 0x08, 1)]    // only D0
    [TestCase(0x40, 0x00, 2048)] // only D11
    [TestCase(0x80, 0x07, 0)]    // the BUSY clock and the three trailing clocks carry no data
    [TestCase(0x12, 0x30, 582)]  // 0001 0010 0011 0000 >> 3 = 0010 0100 0110 = 0x246
    public void TheTwelveBitResultIsTheSixteenBitsAfterTheCommandShiftedRightByThree(int high, int low, int expected)
    {
        byte[] response = [0x00, (byte)high, (byte)low];
        Assert.That(Xpt2046.ResultAfter(response, 0), Is.EqualTo(expected));
    }

    [Test]
    public void OneSampleIsOneTransferOfOverlappedDatasheetConversions()
    {
        ScriptedSpi spi = new() { PenIrqLevel = false };
        byte[] answer = new byte[Xpt2046.FrameLength];
        ScriptedSpi.PutResult(answer, 0, 1000);  // Z1
        ScriptedSpi.PutResult(answer, 2, 2000);  // Z2
        ScriptedSpi.PutResult(answer, 4, 3000);  // X, settling: discarded
        ScriptedSpi.PutResult(answer, 6, 2047);  // X
        ScriptedSpi.PutResult(answer, 8, 100);   // Y, settling: discarded
        ScriptedSpi.PutResult(answer, 10, 1024); // Y
        spi.Answer = answer;
        Xpt2046 driver = new(spi, spi, 1);
        RawTouch touch = new();

        Assert.That(driver.TryRead(touch), Is.True);

        Assert.That(spi.Sent, Has.Count.EqualTo(1));
        Assert.That(spi.Sent[0], Is.EqualTo(new byte[] { Z1, 0, Z2, 0, X, 0, X, 0, Y, 0, Y, 0, 0 }));
        Assert.That(touch.X, Is.EqualTo(2047));
        Assert.That(touch.Y, Is.EqualTo(1024));
        Assert.That(touch.Z1, Is.EqualTo(1000));
        Assert.That(touch.Z2, Is.EqualTo(2000));
        // Datasheet equation 3 relative to the X plate: R/Rx = 2047/4096 · (2000/1000 − 1) = 0.49976; 4096/(1 + that) = 2731.1.
        double expected = 4096 / (1 + (2047 / 4096.0 * ((2000 / 1000.0) - 1)));
        Assert.That(touch.Pressure, Is.EqualTo(expected).Within(2));
    }

    [Test]
    public void PenIrqHighMeansNoTouchAndNoSpiTraffic()
    {
        SimulatedXpt2046 chip = new();
        Xpt2046 driver = new(chip, chip);
        RawTouch touch = new() { X = 7 };

        Assert.That(driver.IsPenDown, Is.False);
        Assert.That(driver.TryRead(touch), Is.False);
        Assert.That(chip.Frames, Is.Zero);
        Assert.That(touch.X, Is.EqualTo(7), "a failed read leaves the caller's object alone");
    }

    [Test]
    public void AReadSendsOnlyTheDatasheetControlBytesAndLeavesPenIrqEnabled()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(1234, 3210);
        Xpt2046 driver = new(chip, chip);

        Assert.That(driver.TryRead(new RawTouch()), Is.True);

        byte[] oneSample = [Z1, Z2, X, X, Y, Y];
        Assert.That(chip.ControlBytes, Is.EqualTo(Enumerable.Repeat(oneSample, Xpt2046.DefaultSamplesPerRead).SelectMany(b => b).ToArray()));
        Assert.That(chip.Frames, Is.EqualTo(Xpt2046.DefaultSamplesPerRead));
        Assert.That(chip.PowerDownMode, Is.EqualTo(Xpt2046PowerDownMode.PowerDownBetweenConversions));
        Assert.That(chip.Read(), Is.False, "PENIRQ low again after the read: the finger is still there");
    }

    [Test]
    public void ReadsTheFingerPositionAndTheDatasheetPressure()
    {
        SimulatedXpt2046 chip = new() { XPlateOhms = 400, TouchOhms = 400 };
        chip.PressRaw(1234, 3210);
        Xpt2046 driver = new(chip, chip);
        RawTouch touch = new();

        Assert.That(driver.TryRead(touch), Is.True);

        Assert.That(touch.X, Is.EqualTo(1234));
        Assert.That(touch.Y, Is.EqualTo(3210));
        // R_touch = R_X-plate: pressure 4096 / (1 + 1) = 2048 (Z1, Z2 rounded to codes: a few codes off).
        Assert.That(touch.Pressure, Is.EqualTo(2048).Within(8));
    }

    [TestCase(100.0)]
    [TestCase(400.0)]
    [TestCase(1200.0)]
    public void PressureFollowsTheContactResistance(double touchOhms)
    {
        SimulatedXpt2046 chip = new() { XPlateOhms = 400, TouchOhms = touchOhms };
        chip.PressRaw(2500, 1500);
        Xpt2046 driver = new(chip, chip);
        RawTouch touch = new();

        Assert.That(driver.TryRead(touch), Is.True);
        Assert.That(touch.Pressure, Is.EqualTo(4096 / (1 + (touchOhms / 400))).Within(1).Percent);
    }

    [Test]
    public void ALightTouchBelowThePressureThresholdIsNoTouch()
    {
        // R_touch = 10 · R_X-plate: pressure 4096 / 11 = 372, below the default 819.
        SimulatedXpt2046 chip = new() { XPlateOhms = 400, TouchOhms = 4000 };
        chip.PressRaw(2000, 2000);
        Xpt2046 driver = new(chip, chip);

        Assert.That(driver.TryRead(new RawTouch()), Is.False);

        driver.PressureThreshold = 300;
        Assert.That(driver.TryRead(new RawTouch()), Is.True);
    }

    [Test]
    public void OneWildSampleAmongFiveIsDiscarded()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(1500, 2500);
        // Each sample is six conversions: Z1, Z2, X settling, X, Y settling, Y. Spoil sample 2's X and Y.
        chip.ConversionOverride = (channel, n) => n / 6 == 2 && n % 6 == 3 ? 4000 : n / 6 == 2 && n % 6 == 5 ? 10 : null;
        Xpt2046 driver = new(chip, chip);
        RawTouch touch = new();

        Assert.That(driver.TryRead(touch), Is.True);
        Assert.That(touch.X, Is.EqualTo(1500));
        Assert.That(touch.Y, Is.EqualTo(2500));
    }

    [Test]
    public void SamplesThatDisagreeAreRejected()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(1500, 2500);
        // A finger sliding fast: each sample's X is 150 codes further on.
        chip.ConversionOverride = (channel, n) => n % 6 == 3 ? 1000 + (150 * (n / 6)) : null;
        Xpt2046 driver = new(chip, chip);

        Assert.That(driver.TryRead(new RawTouch()), Is.False);
    }

    [Test]
    public void MostSamplesTooLightIsNoTouch()
    {
        SimulatedXpt2046 chip = new();
        chip.PressRaw(1500, 2500);
        // Three of five samples read Z1 = 0 (the finger lifting): pressure 0.
        chip.ConversionOverride = (channel, n) => n % 6 == 0 && n / 6 < 3 ? 0 : null;
        Xpt2046 driver = new(chip, chip);

        Assert.That(driver.TryRead(new RawTouch()), Is.False);
    }

    [Test]
    public void ANoisyPanelStillReadsNearTheFinger()
    {
        SimulatedXpt2046 chip = new(seed: 7) { NoiseCodes = 25 };
        chip.PressRaw(1800, 900);
        Xpt2046 driver = new(chip, chip);
        RawTouch touch = new();

        for (int i = 0; i < 200; i++)
        {
            Assert.That(driver.TryRead(touch), Is.True);
            Assert.That(touch.X, Is.EqualTo(1800).Within(25));
            Assert.That(touch.Y, Is.EqualTo(900).Within(25));
        }
    }

    [Test]
    public void EnablePenInterruptWakesAChipThatPoweredUpWithPenIrqDisabled()
    {
        SimulatedXpt2046 chip = new(powerUpMode: Xpt2046PowerDownMode.AlwaysPowered);
        chip.PressRaw(1000, 1000);
        Xpt2046 driver = new(chip, chip);
        Assert.That(driver.TryRead(new RawTouch()), Is.False, "PENIRQ disabled: the touch is not seen");

        driver.EnablePenInterrupt();

        Assert.That(chip.ControlBytes, Is.EqualTo(new byte[] { X }));
        Assert.That(chip.PowerDownMode, Is.EqualTo(Xpt2046PowerDownMode.PowerDownBetweenConversions));
        Assert.That(driver.TryRead(new RawTouch()), Is.True);
    }

    [Test]
    public void SettingsOutsideTheirRangesAreRefused()
    {
        SimulatedXpt2046 chip = new();
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Xpt2046(chip, chip, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Xpt2046(chip, chip, Xpt2046.MaximumSamplesPerRead + 1));
        Xpt2046 driver = new(chip, chip);
        Assert.Throws<ArgumentOutOfRangeException>(() => driver.PressureThreshold = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => driver.MaximumSpread = -1);
    }

    [Test]
    public void ReadsDoNotAllocate()
    {
        SimulatedXpt2046 chip = new(seed: 3) { NoiseCodes = 10, RecordControlBytes = false };
        chip.PressRaw(2000, 2000);
        Xpt2046 driver = new(chip, chip);
        RawTouch touch = new();
        driver.TryRead(touch);

        long before = ThreadAllocations.Begin();
        long sum = 0;
        for (int i = 0; i < 2000; i++)
        {
            if (driver.TryRead(touch))
            {
                sum += touch.X;
            }
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(sum, Is.Not.Zero);
    }
}

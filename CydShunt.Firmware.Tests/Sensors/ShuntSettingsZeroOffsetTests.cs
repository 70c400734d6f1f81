using CydShunt.Firmware.Sensors;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Sensors;

/// <summary>
/// The zero offset in <see cref="ShuntSettings"/>: its bound (2 % of the rated current), the version 2 layout and that
/// version 1 records (written before the offset existed) still load. Payload bytes are written out by hand from the
/// documented layout, little-endian.
/// </summary>
public class ShuntSettingsZeroOffsetTests
{
    [TestCase(500, 10_000_000, true)] // 2 % of 500 A = 10 A
    [TestCase(500, -10_000_000, true)]
    [TestCase(500, 10_000_001, false)]
    [TestCase(500, -10_000_001, false)]
    [TestCase(50, 1_000_000, true)] // 2 % of 50 A = 1 A
    [TestCase(50, 1_000_001, false)]
    [TestCase(2000, 40_000_000, true)] // 2 % of 2000 A = 40 A
    [TestCase(2000, -40_000_001, false)]
    public void TheOffsetIsBoundedByTwoPercentOfTheRating(int ratedAmps, int offsetMicroamps, bool valid)
    {
        ShuntSettings settings = new() { RatedCurrentAmps = ratedAmps, ZeroOffsetMicroamps = offsetMicroamps };
        Assert.That(settings.TryValidate(out ShuntSettingsError error), Is.EqualTo(valid));
        Assert.That(error, Is.EqualTo(valid ? ShuntSettingsError.None : ShuntSettingsError.ZeroOffsetOutOfRange));
    }

    [Test]
    public void TheOutOfRangeOffsetHasItsOwnWords()
    {
        Assert.That(ShuntSettingsErrorText.Describe(ShuntSettingsError.ZeroOffsetOutOfRange), Does.Contain("zero offset").And.Contain("2 %"));
        Assert.That(ShuntSettingsErrorText.Describe(ShuntSettingsError.ZeroingLoadFlowing), Does.Contain("a load is flowing"));
        Assert.That(ShuntSettingsErrorText.Describe(ShuntSettingsError.ZeroingWithoutReading), Does.StartWith("No current reading"));
    }

    [Test]
    public void CloneCopiesTheOffset()
    {
        ShuntSettings settings = new() { ZeroOffsetMicroamps = -123_456 };
        Assert.That(settings.Clone().ZeroOffsetMicroamps, Is.EqualTo(-123_456));
    }

    [Test]
    public void VersionTwoAppendsTheOffsetAsALittleEndianInt32()
    {
        ShuntSettings settings = new() { RatedCurrentAmps = 500, RatedMillivolts = 75, CorrectionPpm = 1_000_000, I2cAddress = 0x41, InvertCurrent = true, ZeroOffsetMicroamps = -300_000 };
        byte[] buffer = new byte[20];

        Assert.That(settings.WriteTo(buffer, 2), Is.EqualTo(15));

        // -300 000 = 0xFFFB6C20; 1 000 000 = 0x000F4240; 500 = 0x01F4.
        byte[] expected = { 2, 0xF4, 0x01, 75, 0, 0x40, 0x42, 0x0F, 0x00, 0x41, 0x01, 0x20, 0x6C, 0xFB, 0xFF };
        Assert.That(buffer[2..17], Is.EqualTo(expected));
    }

    [Test]
    public void ARoundTripKeepsEveryField()
    {
        ShuntSettings settings = new() { RatedCurrentAmps = 300, RatedMillivolts = 30, CorrectionPpm = 987_654, I2cAddress = 0x4F, InvertCurrent = true, ZeroOffsetMicroamps = 5_999_999 };
        byte[] buffer = new byte[ShuntSettings.SerializedSize];
        settings.WriteTo(buffer, 0);

        Assert.That(ShuntSettings.TryReadFrom(buffer, 0, buffer.Length, out ShuntSettings? read, out ShuntSettingsError error), Is.True, error.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(read!.RatedCurrentAmps, Is.EqualTo(300));
            Assert.That(read.RatedMillivolts, Is.EqualTo(30));
            Assert.That(read.CorrectionPpm, Is.EqualTo(987_654));
            Assert.That(read.I2cAddress, Is.EqualTo(0x4F));
            Assert.That(read.InvertCurrent, Is.True);
            Assert.That(read.ZeroOffsetMicroamps, Is.EqualTo(5_999_999));
        });
    }

    [Test]
    public void AVersionOneRecordStillLoadsWithoutAnOffset()
    {
        // The 11-byte layout written before the offset existed: 500 A, 75 mV, 1 000 000 ppm, 0x41, inverted.
        byte[] v1 = { 1, 0xF4, 0x01, 75, 0, 0x40, 0x42, 0x0F, 0x00, 0x41, 0x01 };

        Assert.That(ShuntSettings.TryReadFrom(v1, 0, v1.Length, out ShuntSettings? read, out ShuntSettingsError error), Is.True, error.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(read!.RatedCurrentAmps, Is.EqualTo(500));
            Assert.That(read.RatedMillivolts, Is.EqualTo(75));
            Assert.That(read.I2cAddress, Is.EqualTo(0x41));
            Assert.That(read.InvertCurrent, Is.True);
            Assert.That(read.ZeroOffsetMicroamps, Is.Zero);
        });
    }

    [Test]
    public void AVersionTwoRecordWithoutItsOffsetIsTruncated()
    {
        byte[] truncated = { 2, 0xF4, 0x01, 50, 0, 0x40, 0x42, 0x0F, 0x00, 0x40, 0x00 };
        Assert.That(ShuntSettings.TryReadFrom(truncated, 0, truncated.Length, out _, out ShuntSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(ShuntSettingsError.PayloadTooShort));
    }

    [Test]
    public void AStoredOffsetBeyondTheBoundIsRejected()
    {
        // 500 A allows 10 A; 10 000 001 µA = 0x00989681.
        byte[] payload = { 2, 0xF4, 0x01, 50, 0, 0x40, 0x42, 0x0F, 0x00, 0x40, 0x00, 0x81, 0x96, 0x98, 0x00 };
        Assert.That(ShuntSettings.TryReadFrom(payload, 0, payload.Length, out _, out ShuntSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(ShuntSettingsError.ZeroOffsetOutOfRange));
    }

    [Test]
    public void VersionThreeIsUnknown()
    {
        byte[] payload = { 3, 0xF4, 0x01, 50, 0, 0x40, 0x42, 0x0F, 0x00, 0x40, 0x00, 0, 0, 0, 0 };
        Assert.That(ShuntSettings.TryReadFrom(payload, 0, payload.Length, out _, out ShuntSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(ShuntSettingsError.PayloadVersionUnknown));
    }
}

using System;
using CsCheck;
using CydShunt.Firmware.Settings;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Storage;

public class IntegrationSettingsTests
{
    [Test]
    public void DefaultsAreValidAndAsDocumented()
    {
        var settings = new IntegrationSettings();
        Assert.That(settings.Validate(), Is.EqualTo(IntegrationSettingsError.None));
        Assert.That(settings.VeDirectEnabled, Is.True);
        Assert.That(settings.BleEnabled, Is.True);
        Assert.That(settings.DeviceName, Is.EqualTo("CYD Smart Shunt"));
        Assert.That(settings.AdvertisingFormat, Is.EqualTo(AdvertisingFormat.CydShunt));
        Assert.That(settings.CompanyId, Is.EqualTo((ushort)0xFFFF));
        Assert.That(settings.PairingRequired, Is.False);
    }

    [TestCase("", IntegrationSettingsError.DeviceNameEmpty)]
    [TestCase(null, IntegrationSettingsError.DeviceNameEmpty)]
    [TestCase("123456789012345678901", IntegrationSettingsError.DeviceNameTooLong)]
    [TestCase("Ünïcödé Shunt Länge", IntegrationSettingsError.DeviceNameTooLong)] // 19 characters, 24 bytes
    [TestCase("Shunt\n2", IntegrationSettingsError.DeviceNameInvalidCharacter)]
    [TestCase("Shunt\u007F", IntegrationSettingsError.DeviceNameInvalidCharacter)]
    [TestCase("12345678901234567890", IntegrationSettingsError.None)]
    [TestCase("Bateria łódź 🔋", IntegrationSettingsError.None)]
    public void DeviceNameFollowsTheProtocolRules(string? name, IntegrationSettingsError expected)
    {
        var settings = new IntegrationSettings { DeviceName = name! };
        Assert.That(settings.Validate(), Is.EqualTo(expected));
    }

    [Test]
    public void LoneSurrogateInTheNameIsRejected()
    {
        // Built in code: attribute arguments cannot carry a lone surrogate (metadata stores them as U+FFFD).
        var settings = new IntegrationSettings { DeviceName = "Bad " + (char)0xD800 + " name" };
        Assert.That(settings.Validate(), Is.EqualTo(IntegrationSettingsError.DeviceNameInvalidCharacter));
    }

    [Test]
    public void UnknownAdvertisingFormatIsRejected()
    {
        var settings = new IntegrationSettings { AdvertisingFormat = (AdvertisingFormat)2 };
        Assert.That(settings.Validate(), Is.EqualTo(IntegrationSettingsError.UnknownAdvertisingFormat));
    }

    [Test]
    public void EveryErrorHasAMessage()
    {
        foreach (IntegrationSettingsError error in Enum.GetValues<IntegrationSettingsError>())
        {
            Assert.That(IntegrationSettingsErrorText.Describe(error), Is.Not.Empty.And.Not.EqualTo("Unknown error"), error.ToString());
        }
    }

    [Test]
    public void RoundTripsEveryValidCombination()
    {
        Gen<string> names = Gen.OneOf(
            Gen.String[Gen.Char['!', '~'], 1, 20],
            Gen.Int[0, 4].Select(i => new[] { "CYD Smart Shunt", "Łódź 12V", "电池监测", "🔋 House", "A" }[i]));
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool.Select(b => b ? AdvertisingFormat.BTHome : AdvertisingFormat.CydShunt), Gen.UShort, names)
            .Sample((ve, ble, pairing, format, company, name) =>
            {
                var settings = new IntegrationSettings
                {
                    VeDirectEnabled = ve, BleEnabled = ble, PairingRequired = pairing, AdvertisingFormat = format, CompanyId = company, DeviceName = name,
                };
                byte[] buffer = new byte[3 + IntegrationSettings.MaximumEncodedLength];
                int length = settings.WriteTo(buffer, 3);
                bool ok = IntegrationSettings.TryReadFrom(buffer, 3, length, out IntegrationSettings? read, out IntegrationSettingsError error);
                return ok && error == IntegrationSettingsError.None && length == settings.GetEncodedLength() && read != null
                    && read.VeDirectEnabled == ve && read.BleEnabled == ble && read.PairingRequired == pairing
                    && read.AdvertisingFormat == format && read.CompanyId == company && read.DeviceName == name;
            }, iter: 1000);
    }

    [Test]
    public void LayoutIsAsDocumented()
    {
        var settings = new IntegrationSettings
        {
            VeDirectEnabled = true, BleEnabled = false, PairingRequired = true, AdvertisingFormat = AdvertisingFormat.BTHome, CompanyId = 0x1234, DeviceName = "Boat",
        };
        byte[] buffer = new byte[IntegrationSettings.MaximumEncodedLength];
        int length = settings.WriteTo(buffer, 0);
        Assert.That(buffer[..length], Is.EqualTo(new byte[] { 1, 0x05, 1, 0x34, 0x12, 4, (byte)'B', (byte)'o', (byte)'a', (byte)'t' }));
    }

    [Test]
    public void WritingInvalidSettingsThrowsWithTheReason()
    {
        var settings = new IntegrationSettings { DeviceName = "" };
        var ex = Assert.Throws<InvalidOperationException>(() => settings.WriteTo(new byte[32], 0));
        Assert.That(ex!.Message, Does.Contain("empty"));
    }

    [Test]
    public void WritingIntoATooSmallBufferThrows()
    {
        Assert.Throws<ArgumentException>(() => new IntegrationSettings().WriteTo(new byte[10], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IntegrationSettings().WriteTo(new byte[40], 41));
    }

    [Test]
    public void CloneIsIndependent()
    {
        var original = new IntegrationSettings();
        IntegrationSettings copy = original.Clone();
        copy.DeviceName = "Other";
        copy.BleEnabled = false;
        Assert.That(original.DeviceName, Is.EqualTo("CYD Smart Shunt"));
        Assert.That(original.BleEnabled, Is.True);
    }

    [Test]
    public void ToDeviceNameGivesTheProtocolName()
    {
        Assert.That(new IntegrationSettings { DeviceName = "Van" }.ToDeviceName().Length, Is.EqualTo(3));
        Assert.Throws<InvalidOperationException>(() => new IntegrationSettings { DeviceName = "" }.ToDeviceName());
    }

    private static byte[] Valid() => [1, 0x03, 0, 0xFF, 0xFF, 3, (byte)'V', (byte)'a', (byte)'n'];

    [TestCase(0, 2, IntegrationSettingsError.UnknownVersion)]
    [TestCase(0, 0, IntegrationSettingsError.UnknownVersion)]
    [TestCase(1, 0x08, IntegrationSettingsError.UndefinedFlags)]
    [TestCase(1, 0x80, IntegrationSettingsError.UndefinedFlags)]
    [TestCase(2, 2, IntegrationSettingsError.UnknownAdvertisingFormat)]
    [TestCase(5, 4, IntegrationSettingsError.WrongLength)]
    [TestCase(5, 2, IntegrationSettingsError.WrongLength)]
    [TestCase(6, 0x01, IntegrationSettingsError.DeviceNameInvalidCharacter)]
    [TestCase(6, 0xC0, IntegrationSettingsError.DeviceNameInvalidCharacter)] // truncated sequence
    [TestCase(7, 0x80, IntegrationSettingsError.DeviceNameInvalidCharacter)] // stray continuation byte
    [TestCase(8, 0xFF, IntegrationSettingsError.DeviceNameInvalidCharacter)]
    public void ReadingRejectsBadBytesWithTheReason(int index, int value, IntegrationSettingsError expected)
    {
        byte[] bytes = Valid();
        bytes[index] = (byte)value;
        Assert.That(IntegrationSettings.TryReadFrom(bytes, 0, bytes.Length, out IntegrationSettings? settings, out IntegrationSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(settings, Is.Null);
    }

    [Test]
    public void ReadingRejectsEmptyShortAndLongInput()
    {
        byte[] bytes = Valid();
        Assert.That(IntegrationSettings.TryReadFrom(bytes, 0, 0, out _, out IntegrationSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(IntegrationSettingsError.WrongLength));
        Assert.That(IntegrationSettings.TryReadFrom(bytes, 0, 5, out _, out error), Is.False);
        Assert.That(error, Is.EqualTo(IntegrationSettingsError.WrongLength));
        byte[] longer = [.. bytes, 0];
        Assert.That(IntegrationSettings.TryReadFrom(longer, 0, longer.Length, out _, out error), Is.False);
        Assert.That(error, Is.EqualTo(IntegrationSettingsError.WrongLength));
        Assert.That(IntegrationSettings.TryReadFrom(bytes, 0, bytes.Length, out _, out error), Is.True);
    }

    [Test]
    public void ReadingRejectsAnEmptyName()
    {
        byte[] bytes = [1, 0, 0, 0xFF, 0xFF, 0];
        Assert.That(IntegrationSettings.TryReadFrom(bytes, 0, bytes.Length, out _, out IntegrationSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(IntegrationSettingsError.DeviceNameEmpty));
    }

    [TestCase(new byte[] { 0xC1, 0x81 })] // overlong 'A'
    [TestCase(new byte[] { 0xE0, 0x80, 0xC1 })] // overlong
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 })] // encoded surrogate U+D800
    [TestCase(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    public void ReadingRejectsMalformedUtf8(byte[] name)
    {
        byte[] bytes = [1, 0, 0, 0xFF, 0xFF, (byte)name.Length, .. name];
        Assert.That(IntegrationSettings.TryReadFrom(bytes, 0, bytes.Length, out _, out IntegrationSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(IntegrationSettingsError.DeviceNameInvalidCharacter));
    }

    [Test]
    public void ReadingArbitraryBytesNeverThrows()
    {
        Gen.Byte.Array[0, 40].Sample(bytes =>
        {
            bool ok = IntegrationSettings.TryReadFrom(bytes, 0, bytes.Length, out IntegrationSettings? settings, out IntegrationSettingsError error);
            return ok == (error == IntegrationSettingsError.None) && ok == (settings != null) && (!ok || settings!.Validate() == IntegrationSettingsError.None);
        }, iter: 5000);
    }

    // Stored names are judged on their bytes (what nanoFramework can do; its strings end at a NUL and do not index
    // characters outside the BMP as surrogate pairs). Layout from the Storage README: version 1, flags, format,
    // company id (2), name length, name bytes.
    [TestCase("426f6f7420f09f948b", IntegrationSettingsError.None, TestName = "emoji name from bytes is accepted")]
    [TestCase("5368756e7400", IntegrationSettingsError.DeviceNameInvalidCharacter, TestName = "NUL byte in a stored name is refused")]
    [TestCase("5368756eeda080", IntegrationSettingsError.DeviceNameInvalidCharacter, TestName = "encoded surrogate in a stored name is refused")]
    public void StoredNamesAreJudgedOnTheirBytes(string nameHex, IntegrationSettingsError expected)
    {
        byte[] name = Convert.FromHexString(nameHex);
        byte[] payload = new byte[6 + name.Length];
        payload[0] = 1;
        payload[1] = 0x03;
        payload[2] = 0;
        payload[3] = 0xFF;
        payload[4] = 0xFF;
        payload[5] = (byte)name.Length;
        name.CopyTo(payload, 6);
        bool ok = IntegrationSettings.TryReadFrom(payload, 0, payload.Length, out IntegrationSettings? settings, out IntegrationSettingsError error);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(ok, Is.EqualTo(expected == IntegrationSettingsError.None));
        if (ok)
        {
            byte[] written = new byte[payload.Length];
            Assert.That(settings!.WriteTo(written, 0), Is.EqualTo(payload.Length));
            Assert.That(written, Is.EqualTo(payload), "the stored bytes come back unchanged");
            Assert.That(settings.DeviceName, Is.EqualTo(System.Text.Encoding.UTF8.GetString(name)));
        }
    }
}

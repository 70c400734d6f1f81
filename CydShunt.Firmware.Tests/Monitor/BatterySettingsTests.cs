using System;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Defaults, presets, validation reasons and the settings payload.</summary>
public class BatterySettingsTests
{
    [Test]
    public void DefaultsAreVictronsFactorySettingsFor12VoltLeadAcid()
    {
        var s = new BatterySettings();
        Assert.Multiple(() =>
        {
            Assert.That(s.NominalVoltageVolts, Is.EqualTo(12));
            Assert.That(s.Chemistry, Is.EqualTo(BatteryChemistry.LeadAcid));
            Assert.That(s.CapacityAmpHours, Is.EqualTo(BatterySettings.CapacityNotConfigured));
            Assert.That(s.ChargedVoltageMillivolts, Is.EqualTo(13200));
            Assert.That(s.TailCurrentPermille, Is.EqualTo(40));
            Assert.That(s.ChargedDetectionMinutes, Is.EqualTo(3));
            Assert.That(s.PeukertExponentHundredths, Is.EqualTo(125));
            Assert.That(s.ChargeEfficiencyPercent, Is.EqualTo(95));
            Assert.That(s.CurrentThresholdMilliamps, Is.EqualTo(100));
            Assert.That(s.TimeToGoAveragingMinutes, Is.EqualTo(3));
            Assert.That(s.DischargeFloorPercent, Is.EqualTo(50));
            Assert.That(s.BatteryStartsSynchronised, Is.True);
            Assert.That(s.LowVoltageAlarmEnabled || s.HighVoltageAlarmEnabled || s.LowSocAlarmEnabled
                || s.HighTemperatureAlarmEnabled || s.LowTemperatureAlarmEnabled, Is.False, "alarms are off by default");
            Assert.That(s.Validate(), Is.EqualTo(BatterySettingsError.None));
        });
    }

    [TestCase(12, 13200)]
    [TestCase(24, 26400)]
    [TestCase(48, 52800)]
    public void PresetsScaleVoltagesWithTheSystem(int volts, int chargedMillivolts)
    {
        foreach (BatteryChemistry chemistry in new[] { BatteryChemistry.LeadAcid, BatteryChemistry.Lithium })
        {
            BatterySettings s = BatterySettings.CreatePreset(volts, chemistry);
            int scale = volts / 12;
            Assert.Multiple(() =>
            {
                Assert.That(s.NominalVoltageVolts, Is.EqualTo(volts));
                Assert.That(s.ChargedVoltageMillivolts, Is.EqualTo(chargedMillivolts));
                Assert.That(s.LowVoltageAlarmSetMillivolts, Is.EqualTo(11000 * scale));
                Assert.That(s.LowVoltageAlarmClearMillivolts, Is.EqualTo(11500 * scale));
                Assert.That(s.HighVoltageAlarmSetMillivolts, Is.EqualTo(15000 * scale));
                Assert.That(s.HighVoltageAlarmClearMillivolts, Is.EqualTo(14500 * scale));
                Assert.That(s.Validate(), Is.EqualTo(BatterySettingsError.None));
            });
        }
    }

    [Test]
    public void LithiumPresetUsesPeukert105AndCef99()
    {
        BatterySettings lithium = BatterySettings.CreatePreset(24, BatteryChemistry.Lithium);
        BatterySettings lead = BatterySettings.CreatePreset(24, BatteryChemistry.LeadAcid);
        Assert.That(lithium.PeukertExponentHundredths, Is.EqualTo(105));
        Assert.That(lithium.ChargeEfficiencyPercent, Is.EqualTo(99));
        Assert.That(lithium.LowTemperatureAlarmSetCentidegrees, Is.EqualTo(0));
        Assert.That(lead.PeukertExponentHundredths, Is.EqualTo(125));
        Assert.That(lead.ChargeEfficiencyPercent, Is.EqualTo(95));
    }

    [Test]
    public void PresetRejectsOtherVoltagesAndChemistries()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BatterySettings.CreatePreset(36, BatteryChemistry.LeadAcid));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatterySettings.CreatePreset(12, (BatteryChemistry)7));
    }

    [Test]
    public void TailCurrentIsAShareOfTheCapacity()
    {
        BatterySettings s = new() { CapacityAmpHours = 200 };
        Assert.That(s.TailCurrentMicroamps, Is.EqualTo(8_000_000), "4 % of 200 Ah = 8 A");
    }

    private static readonly object[] InvalidFields =
    {
        new object[] { (Action<BatterySettings>)(s => s.NominalVoltageVolts = 36), BatterySettingsError.NominalVoltageNotSupported },
        new object[] { (Action<BatterySettings>)(s => s.Chemistry = (BatteryChemistry)2), BatterySettingsError.ChemistryUnknown },
        new object[] { (Action<BatterySettings>)(s => s.CapacityAmpHours = -1), BatterySettingsError.CapacityOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.CapacityAmpHours = 65535), BatterySettingsError.CapacityOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.ChargedVoltageMillivolts = 9599), BatterySettingsError.ChargedVoltageOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.ChargedVoltageMillivolts = 16801), BatterySettingsError.ChargedVoltageOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.TailCurrentPermille = 4), BatterySettingsError.TailCurrentOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.TailCurrentPermille = 101), BatterySettingsError.TailCurrentOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.ChargedDetectionMinutes = 0), BatterySettingsError.ChargedDetectionTimeOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.ChargedDetectionMinutes = 51), BatterySettingsError.ChargedDetectionTimeOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.PeukertExponentHundredths = 99), BatterySettingsError.PeukertExponentOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.PeukertExponentHundredths = 151), BatterySettingsError.PeukertExponentOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.ChargeEfficiencyPercent = 49), BatterySettingsError.ChargeEfficiencyOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.ChargeEfficiencyPercent = 101), BatterySettingsError.ChargeEfficiencyOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.CurrentThresholdMilliamps = -1), BatterySettingsError.CurrentThresholdOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.CurrentThresholdMilliamps = 2001), BatterySettingsError.CurrentThresholdOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.TimeToGoAveragingMinutes = 13), BatterySettingsError.TimeToGoAveragingOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.DischargeFloorPercent = 100), BatterySettingsError.DischargeFloorOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.LowVoltageAlarmSetMillivolts = 5999), BatterySettingsError.LowVoltageAlarmOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.LowVoltageAlarmClearMillivolts = 18001), BatterySettingsError.LowVoltageAlarmOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.LowVoltageAlarmClearMillivolts = 10999), BatterySettingsError.LowVoltageAlarmClearBelowSet },
        new object[] { (Action<BatterySettings>)(s => s.HighVoltageAlarmSetMillivolts = 18001), BatterySettingsError.HighVoltageAlarmOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.HighVoltageAlarmClearMillivolts = 15001), BatterySettingsError.HighVoltageAlarmClearAboveSet },
        new object[] { (Action<BatterySettings>)(s => s.LowSocAlarmSetPercent = 101), BatterySettingsError.LowSocAlarmOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.LowSocAlarmClearPercent = 9), BatterySettingsError.LowSocAlarmClearBelowSet },
        new object[] { (Action<BatterySettings>)(s => s.HighTemperatureAlarmSetCentidegrees = 10001), BatterySettingsError.HighTemperatureAlarmOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.HighTemperatureAlarmClearCentidegrees = 5001), BatterySettingsError.HighTemperatureAlarmClearAboveSet },
        new object[] { (Action<BatterySettings>)(s => s.LowTemperatureAlarmSetCentidegrees = -4001), BatterySettingsError.LowTemperatureAlarmOutOfRange },
        new object[] { (Action<BatterySettings>)(s => s.LowTemperatureAlarmClearCentidegrees = -1001), BatterySettingsError.LowTemperatureAlarmClearBelowSet },
    };

    [TestCaseSource(nameof(InvalidFields))]
    public void EveryInvalidFieldHasItsOwnReason(Action<BatterySettings> breakIt, BatterySettingsError expected)
    {
        var s = new BatterySettings();
        breakIt(s);
        Assert.That(s.Validate(), Is.EqualTo(expected));
        Assert.That(BatterySettingsErrorText.Describe(expected), Does.Not.StartWith("unknown settings error"));
    }

    [Test]
    public void EveryErrorHasADescription()
    {
        foreach (BatterySettingsError error in Enum.GetValues<BatterySettingsError>())
        {
            Assert.That(BatterySettingsErrorText.Describe(error), Is.Not.EqualTo("unknown settings error"), error.ToString());
        }
    }

    [Test]
    public void AcceptsTheRangeLimits()
    {
        var s = new BatterySettings
        {
            CapacityAmpHours = 65534,
            ChargedVoltageMillivolts = 16800,
            TailCurrentPermille = 5,
            ChargedDetectionMinutes = 50,
            PeukertExponentHundredths = 150,
            ChargeEfficiencyPercent = 50,
            CurrentThresholdMilliamps = 2000,
            TimeToGoAveragingMinutes = 0,
            DischargeFloorPercent = 99,
            LowSocAlarmSetPercent = 100,
            LowSocAlarmClearPercent = 100,
        };
        Assert.That(s.Validate(), Is.EqualTo(BatterySettingsError.None));
    }

    [Test]
    public void PayloadRoundTripsEveryField()
    {
        BatterySettings s = BatterySettings.CreatePreset(48, BatteryChemistry.Lithium);
        s.CapacityAmpHours = 280;
        s.ChargedVoltageMillivolts = 54400;
        s.TailCurrentPermille = 25;
        s.ChargedDetectionMinutes = 7;
        s.PeukertExponentHundredths = 103;
        s.ChargeEfficiencyPercent = 98;
        s.CurrentThresholdMilliamps = 1234;
        s.TimeToGoAveragingMinutes = 12;
        s.DischargeFloorPercent = 20;
        s.BatteryStartsSynchronised = false;
        s.LowVoltageAlarmEnabled = true;
        s.LowVoltageAlarmSetMillivolts = 46000;
        s.LowVoltageAlarmClearMillivolts = 47500;
        s.HighVoltageAlarmEnabled = true;
        s.HighVoltageAlarmSetMillivolts = 58000;
        s.HighVoltageAlarmClearMillivolts = 57000;
        s.LowSocAlarmEnabled = true;
        s.LowSocAlarmSetPercent = 20;
        s.LowSocAlarmClearPercent = 30;
        s.HighTemperatureAlarmEnabled = true;
        s.HighTemperatureAlarmSetCentidegrees = 5550;
        s.HighTemperatureAlarmClearCentidegrees = 5000;
        s.LowTemperatureAlarmEnabled = true;
        s.LowTemperatureAlarmSetCentidegrees = -2345;
        s.LowTemperatureAlarmClearCentidegrees = 123;

        byte[] buffer = new byte[3 + BatterySettings.SerializedSize + 4];
        Assert.That(s.WriteTo(buffer, 3), Is.EqualTo(BatterySettings.SerializedSize));
        Assert.That(buffer[3], Is.EqualTo(BatterySettings.PayloadVersion));
        Assert.That(BatterySettings.TryReadFrom(buffer, 3, BatterySettings.SerializedSize + 4, out BatterySettings? read, out BatterySettingsError error), Is.True, error.ToString());
        byte[] again = new byte[BatterySettings.SerializedSize];
        read!.WriteTo(again, 0);
        Assert.That(again, Is.EqualTo(buffer[3..(3 + BatterySettings.SerializedSize)]));
        foreach (var property in typeof(BatterySettings).GetProperties())
        {
            Assert.That(property.GetValue(read), Is.EqualTo(property.GetValue(s)), property.Name);
        }
    }

    private static byte[] DefaultPayload()
    {
        byte[] buffer = new byte[BatterySettings.SerializedSize];
        new BatterySettings { CapacityAmpHours = 100 }.WriteTo(buffer, 0);
        return buffer;
    }

    [Test]
    public void RejectsATruncatedPayload()
    {
        byte[] payload = DefaultPayload();
        Assert.That(BatterySettings.TryReadFrom(payload, 0, payload.Length - 1, out var read, out var error), Is.False);
        Assert.That(error, Is.EqualTo(BatterySettingsError.PayloadTooShort));
        Assert.That(read, Is.Null);
        Assert.That(BatterySettings.TryReadFrom(payload, 0, 0, out _, out error), Is.False);
        Assert.That(error, Is.EqualTo(BatterySettingsError.PayloadTooShort));
    }

    [TestCase((byte)0)]
    [TestCase((byte)2)]
    [TestCase((byte)0xFF)]
    public void RejectsAnUnknownVersion(byte version)
    {
        byte[] payload = DefaultPayload();
        payload[0] = version;
        Assert.That(BatterySettings.TryReadFrom(payload, 0, payload.Length, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(BatterySettingsError.PayloadVersionUnknown));
    }

    [Test]
    public void RejectsReservedFlagBits()
    {
        byte[] payload = DefaultPayload();
        payload[3] |= 0x40;
        Assert.That(BatterySettings.TryReadFrom(payload, 0, payload.Length, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(BatterySettingsError.PayloadReservedBitsSet));
    }

    [TestCase(1, (byte)13, BatterySettingsError.NominalVoltageNotSupported)]
    [TestCase(2, (byte)9, BatterySettingsError.ChemistryUnknown)]
    [TestCase(13, (byte)200, BatterySettingsError.PeukertExponentOutOfRange)]
    [TestCase(14, (byte)20, BatterySettingsError.ChargeEfficiencyOutOfRange)]
    [TestCase(18, (byte)100, BatterySettingsError.DischargeFloorOutOfRange)]
    [TestCase(35, (byte)60, BatterySettingsError.LowSocAlarmClearBelowSet)]
    public void RejectsACorruptFieldWithItsReason(int offset, byte value, BatterySettingsError expected)
    {
        byte[] payload = DefaultPayload();
        payload[offset] = value;
        Assert.That(BatterySettings.TryReadFrom(payload, 0, payload.Length, out var read, out var error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(read, Is.Null);
    }

    [Test]
    public void WriteRefusesInvalidSettingsAndSmallBuffers()
    {
        var invalid = new BatterySettings { DischargeFloorPercent = 100 };
        var ex = Assert.Throws<ArgumentException>(() => invalid.WriteTo(new byte[64], 0));
        Assert.That(ex!.Message, Does.Contain("discharge floor"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatterySettings().WriteTo(new byte[BatterySettings.SerializedSize], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatterySettings.TryReadFrom(new byte[4], 2, 3, out _, out _));
    }

    [Test]
    public void CloneCopiesEveryProperty()
    {
        BatterySettings s = BatterySettings.CreatePreset(24, BatteryChemistry.Lithium);
        s.CapacityAmpHours = 77;
        s.LowSocAlarmEnabled = true;
        BatterySettings copy = s.Clone();
        foreach (var property in typeof(BatterySettings).GetProperties())
        {
            Assert.That(property.GetValue(copy), Is.EqualTo(property.GetValue(s)), property.Name);
        }
    }
}

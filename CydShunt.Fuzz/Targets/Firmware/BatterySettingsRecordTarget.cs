using CydShunt.Fuzz.Harness;
using CydShunt.Firmware.Settings;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>The battery settings record's payload (record kind 1), as read from flash at boot.</summary>
public sealed class BatterySettingsRecordTarget : RecordTarget<BatterySettings, BatterySettingsError>
{
    public override string Name => "battery-settings-record";

    public override string Description => "The battery settings record's payload (record kind 1), as read from flash at boot.";

    public override string[] Dictionaries => ["records.dict"];

    protected override TryReadRecord TryRead => BatterySettings.TryReadFrom;

    protected override BatterySettings Example => new BatterySettings();

    protected override int Write(BatterySettings record, byte[] destination, int offset) => record.WriteTo(destination, offset);
}

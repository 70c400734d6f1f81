using CydShunt.Fuzz.Harness;
using CydShunt.Firmware.Sensors;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>The shunt settings record's payload (record kind 2), as read from flash at boot.</summary>
public sealed class ShuntSettingsRecordTarget : RecordTarget<ShuntSettings, ShuntSettingsError>
{
    public override string Name => "shunt-settings-record";

    public override string Description => "The shunt settings record's payload (record kind 2), as read from flash at boot.";

    public override string[] Dictionaries => ["records.dict"];

    protected override TryReadRecord TryRead => ShuntSettings.TryReadFrom;

    protected override ShuntSettings Example => new ShuntSettings();

    protected override int Write(ShuntSettings record, byte[] destination, int offset) => record.WriteTo(destination, offset);
}

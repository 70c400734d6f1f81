using CydShunt.Fuzz.Harness;
using CydShunt.Firmware.Settings;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>The integration settings record's payload (record kind 3), as read from flash at boot.</summary>
public sealed class IntegrationSettingsRecordTarget : RecordTarget<IntegrationSettings, IntegrationSettingsError>
{
    public override string Name => "integration-settings-record";

    public override string Description => "The integration settings record's payload (record kind 3), as read from flash at boot.";

    public override string[] Dictionaries => ["records.dict"];

    protected override TryReadRecord TryRead => IntegrationSettings.TryReadFrom;

    protected override IntegrationSettings Example => new IntegrationSettings();

    protected override int Write(IntegrationSettings record, byte[] destination, int offset) => record.WriteTo(destination, offset);
}

using CydShunt.Fuzz.Harness;
using CydShunt.Firmware.Ui.Backlight;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>The display settings record's payload (record kind 7), as read from flash at boot.</summary>
public sealed class DisplaySettingsRecordTarget : RecordTarget<DisplaySettings, DisplaySettingsError>
{
    public override string Name => "display-settings-record";

    public override string Description => "The display settings record's payload (record kind 7), as read from flash at boot.";

    public override string[] Dictionaries => ["records.dict"];

    protected override TryReadRecord TryRead => DisplaySettings.TryReadFrom;

    protected override DisplaySettings Example => new DisplaySettings();

    protected override int Write(DisplaySettings record, byte[] destination, int offset) => record.WriteTo(destination, offset);
}

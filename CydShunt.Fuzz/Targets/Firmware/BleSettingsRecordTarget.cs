using CydShunt.Firmware.Settings;
using CydShunt.Fuzz.Harness;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>The BLE settings record's payload (record kind 5), as read from flash at boot.</summary>
public sealed class BleSettingsRecordTarget : RecordTarget<BleSettings, BleSettingsRecordTarget.ReadError>
{
    /// <summary>BleSettings.TryReadFrom reports only whether it knew the payload's version.</summary>
    public enum ReadError
    {
        None,
        UnknownVersionOrInvalid,
    }

    public override string Name => "ble-settings-record";

    public override string Description => "The BLE settings record's payload (record kind 5), as read from flash at boot.";

    public override string[] Dictionaries => ["records.dict"];

    protected override TryReadRecord TryRead => (byte[] source, int offset, int count, out BleSettings? record, out ReadError error) =>
    {
        bool ok = BleSettings.TryReadFrom(source, offset, count, out record, out bool versionKnown);
        error = ok ? ReadError.None : ReadError.UnknownVersionOrInvalid;
        _ = versionKnown;
        return ok;
    };

    protected override BleSettings Example => new();

    protected override int Write(BleSettings record, byte[] destination, int offset) => record.WriteTo(destination, offset);
}

using CydShunt.Fuzz.Harness;
using CydShunt.Firmware.Monitor;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>The battery state record's payload (record kind 4), as read from flash at boot.</summary>
public sealed class BatteryStateRecordTarget : RecordTarget<BatteryState, BatteryStateError>
{
    public override string Name => "battery-state-record";

    public override string Description => "The battery state record's payload (record kind 4), as read from flash at boot.";

    public override string[] Dictionaries => ["records.dict"];

    protected override TryReadRecord TryRead => BatteryState.TryReadFrom;

    protected override BatteryState Example => new BatteryState();

    protected override int Write(BatteryState record, byte[] destination, int offset) => record.WriteTo(destination, offset);
}

using CydShunt.Fuzz.Harness;
using CydShunt.Firmware.Touch;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>The touch calibration record's payload (record kind 6), as read from flash at boot.</summary>
public sealed class TouchCalibrationRecordTarget : RecordTarget<TouchCalibration, TouchCalibrationError>
{
    public override string Name => "touch-calibration-record";

    public override string Description => "The touch calibration record's payload (record kind 6), as read from flash at boot.";

    public override string[] Dictionaries => ["records.dict"];

    protected override TryReadRecord TryRead => TouchCalibration.TryReadFrom;

    protected override TouchCalibration Example => TouchCalibration.CreateDefault();

    protected override int Write(TouchCalibration record, byte[] destination, int offset) => record.WriteTo(destination, offset);
}

using System.Collections.Generic;
using CydShunt.Firmware.Ble;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Tests.Fakes.Ble;

/// <summary>Records the control-point actions the service performs and answers a configurable result.</summary>
public sealed class FakeControlPointActions : IControlPointActions
{
    public List<string> Calls { get; } = [];

    public ControlPointResult Result { get; set; } = ControlPointResult.Success;

    public ControlPointResult ResetEnergyCounters()
    {
        Calls.Add("ResetEnergyCounters");
        return Result;
    }

    public ControlPointResult SynchroniseStateOfCharge()
    {
        Calls.Add("SynchroniseStateOfCharge");
        return Result;
    }

    public ControlPointResult SetBatteryCapacity(int ampHours)
    {
        Calls.Add("SetBatteryCapacity " + ampHours);
        return Result;
    }
}

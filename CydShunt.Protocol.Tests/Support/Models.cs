using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using static CydShunt.Protocol.Tests.Support.Vectors;

namespace CydShunt.Protocol.Tests.Support;

/// <summary>
/// Converts between vector JSON values (field names of spec/vectors/README.md) and the library's structs.
/// Decoded values are compared as field dictionaries so a mismatch names the field.
/// </summary>
public static class Models
{
    public static LiveSnapshot Snapshot(JsonElement v) => new()
    {
        Sequence = (byte)v.GetProperty("sequence").GetInt32(),
        Status = (StatusFlags)v.GetProperty("status").GetInt32(),
        VoltageMillivolts = Int(v, "voltageMillivolts"),
        CurrentMilliamps = Int(v, "currentMilliamps"),
        PowerMilliwatts = Int(v, "powerMilliwatts"),
        StateOfChargeCentipercent = Int(v, "stateOfChargeCentipercent"),
        TemperatureCentidegrees = Int(v, "temperatureCentidegrees"),
        TimeToGoMinutes = Int(v, "timeToGoMinutes"),
        ConsumedMilliampHours = Int(v, "consumedMilliampHours"),
    };

    public static Dictionary<string, int?> Fields(LiveSnapshot s) => new()
    {
        ["sequence"] = s.Sequence,
        ["status"] = (int)s.Status,
        ["voltageMillivolts"] = OptionalInt(s.VoltageMillivolts),
        ["currentMilliamps"] = OptionalInt(s.CurrentMilliamps),
        ["powerMilliwatts"] = OptionalInt(s.PowerMilliwatts),
        ["stateOfChargeCentipercent"] = OptionalInt(s.StateOfChargeCentipercent),
        ["temperatureCentidegrees"] = OptionalInt(s.TemperatureCentidegrees),
        ["timeToGoMinutes"] = OptionalInt(s.TimeToGoMinutes),
        ["consumedMilliampHours"] = OptionalInt(s.ConsumedMilliampHours),
    };

    public static AlarmStatus Alarms(JsonElement v) => new()
    {
        Status = (StatusFlags)v.GetProperty("status").GetInt32(),
        Alarms = (AlarmFlags)v.GetProperty("alarms").GetInt32(),
    };

    public static Dictionary<string, int?> Fields(AlarmStatus a) => new()
    {
        ["status"] = (int)a.Status,
        ["alarms"] = (int)a.Alarms,
    };

    public static DeviceInfo Info(JsonElement v) => new()
    {
        ProtocolVersion = (byte)v.GetProperty("protocolVersion").GetInt32(),
        FirmwareMajor = (byte)v.GetProperty("firmwareMajor").GetInt32(),
        FirmwareMinor = (byte)v.GetProperty("firmwareMinor").GetInt32(),
        FirmwarePatch = (byte)v.GetProperty("firmwarePatch").GetInt32(),
        SensorType = (SensorType)v.GetProperty("sensorType").GetInt32(),
        Features = (DeviceFeatures)v.GetProperty("features").GetInt32(),
        CapacityAmpHours = Int(v, "capacityAmpHours"),
        NominalVoltage = (byte)v.GetProperty("nominalVoltage").GetInt32(),
    };

    public static Dictionary<string, int?> Fields(DeviceInfo d) => new()
    {
        ["protocolVersion"] = d.ProtocolVersion,
        ["firmwareMajor"] = d.FirmwareMajor,
        ["firmwareMinor"] = d.FirmwareMinor,
        ["firmwarePatch"] = d.FirmwarePatch,
        ["sensorType"] = (int)d.SensorType,
        ["features"] = (int)d.Features,
        ["capacityAmpHours"] = OptionalInt(d.CapacityAmpHours),
        ["nominalVoltage"] = d.NominalVoltage,
    };

    public static ControlPointRequest Request(JsonElement v) =>
        new((ControlPointOpcode)v.GetProperty("opcode").GetInt32(), Int(v, "parameter"));

    public static Dictionary<string, int?> Fields(ControlPointRequest r) => new()
    {
        ["opcode"] = (int)r.Opcode,
        ["parameter"] = OptionalInt(r.Parameter),
    };

    public static ControlPointResponse Response(JsonElement v) =>
        new((ControlPointOpcode)v.GetProperty("requestOpcode").GetInt32(), (ControlPointResult)v.GetProperty("resultCode").GetInt32());

    public static Dictionary<string, int?> Fields(ControlPointResponse r) => new()
    {
        ["requestOpcode"] = (int)r.RequestOpcode,
        ["resultCode"] = (int)r.Result,
    };

    public static GlanceFrame Glance(JsonElement v) => new()
    {
        CompanyId = (ushort)v.GetProperty("companyId").GetInt32(),
        Sequence = (byte)v.GetProperty("sequence").GetInt32(),
        Status = (StatusFlags)v.GetProperty("status").GetInt32(),
        VoltageMillivolts = Int(v, "voltageMillivolts"),
        CurrentMilliamps = Int(v, "currentMilliamps"),
        StateOfChargeCentipercent = Int(v, "stateOfChargeCentipercent"),
        TimeToGoMinutes = Int(v, "timeToGoMinutes"),
    };

    public static Dictionary<string, int?> Fields(GlanceFrame g) => new()
    {
        ["companyId"] = g.CompanyId,
        ["sequence"] = g.Sequence,
        ["status"] = (int)g.Status,
        ["voltageMillivolts"] = OptionalInt(g.VoltageMillivolts),
        ["currentMilliamps"] = OptionalInt(g.CurrentMilliamps),
        ["stateOfChargeCentipercent"] = OptionalInt(g.StateOfChargeCentipercent),
        ["timeToGoMinutes"] = OptionalInt(g.TimeToGoMinutes),
    };

    public static BTHomeFrame BTHome(JsonElement v) => new()
    {
        PacketId = Int(v, "packetId"),
        StateOfChargeCentipercent = Int(v, "stateOfChargeCentipercent"),
        TemperatureCentidegrees = Int(v, "temperatureCentidegrees"),
        VoltageMillivolts = Int(v, "voltageMillivolts"),
        PowerMilliwatts = Int(v, "powerMilliwatts"),
        CurrentMilliamps = Int(v, "currentMilliamps"),
        EnergyChargedWattHours = Int(v, "energyChargedWattHours"),
        EnergyDischargedWattHours = Int(v, "energyDischargedWattHours"),
    };

    public static Dictionary<string, int?> Fields(BTHomeFrame b) => new()
    {
        ["packetId"] = OptionalInt(b.PacketId),
        ["stateOfChargeCentipercent"] = OptionalInt(b.StateOfChargeCentipercent),
        ["temperatureCentidegrees"] = OptionalInt(b.TemperatureCentidegrees),
        ["voltageMillivolts"] = OptionalInt(b.VoltageMillivolts),
        ["powerMilliwatts"] = OptionalInt(b.PowerMilliwatts),
        ["currentMilliamps"] = OptionalInt(b.CurrentMilliamps),
        ["energyChargedWattHours"] = OptionalInt(b.EnergyChargedWattHours),
        ["energyDischargedWattHours"] = OptionalInt(b.EnergyDischargedWattHours),
    };

    /// <summary>The JSON object's members as a field dictionary (numbers or null).</summary>
    public static Dictionary<string, int?> Fields(JsonElement v) =>
        v.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? (int?)null : p.Value.GetInt32());
}

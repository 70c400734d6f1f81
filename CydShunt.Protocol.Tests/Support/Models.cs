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
    public static LiveSnapshot Snapshot(JsonElement v) => new LiveSnapshot(
        sequence: (byte)v.GetProperty("sequence").GetInt32(),
        status: (StatusFlags)v.GetProperty("status").GetInt32(),
        voltageMillivolts: Int(v, "voltageMillivolts"),
        currentMilliamps: Int(v, "currentMilliamps"),
        powerMilliwatts: Int(v, "powerMilliwatts"),
        stateOfChargeCentipercent: Int(v, "stateOfChargeCentipercent"),
        temperatureCentidegrees: Int(v, "temperatureCentidegrees"),
        timeToGoMinutes: Int(v, "timeToGoMinutes"),
        consumedMilliampHours: Int(v, "consumedMilliampHours"));

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

    public static AlarmStatus Alarms(JsonElement v) => new AlarmStatus(
        status: (StatusFlags)v.GetProperty("status").GetInt32(),
        alarms: (AlarmFlags)v.GetProperty("alarms").GetInt32());

    public static Dictionary<string, int?> Fields(AlarmStatus a) => new()
    {
        ["status"] = (int)a.Status,
        ["alarms"] = (int)a.Alarms,
    };

    public static DeviceInfo Info(JsonElement v) => new DeviceInfo(
        protocolVersion: (byte)v.GetProperty("protocolVersion").GetInt32(),
        firmwareMajor: (byte)v.GetProperty("firmwareMajor").GetInt32(),
        firmwareMinor: (byte)v.GetProperty("firmwareMinor").GetInt32(),
        firmwarePatch: (byte)v.GetProperty("firmwarePatch").GetInt32(),
        sensorType: (SensorType)v.GetProperty("sensorType").GetInt32(),
        features: (DeviceFeatures)v.GetProperty("features").GetInt32(),
        capacityAmpHours: Int(v, "capacityAmpHours"),
        nominalVoltage: (byte)v.GetProperty("nominalVoltage").GetInt32());

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

    public static GlanceFrame Glance(JsonElement v) => new GlanceFrame(
        companyId: (ushort)v.GetProperty("companyId").GetInt32(),
        sequence: (byte)v.GetProperty("sequence").GetInt32(),
        status: (StatusFlags)v.GetProperty("status").GetInt32(),
        voltageMillivolts: Int(v, "voltageMillivolts"),
        currentMilliamps: Int(v, "currentMilliamps"),
        stateOfChargeCentipercent: Int(v, "stateOfChargeCentipercent"),
        timeToGoMinutes: Int(v, "timeToGoMinutes"));

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

    public static BTHomeFrame BTHome(JsonElement v) => new BTHomeFrame(
        packetId: Int(v, "packetId"),
        stateOfChargeCentipercent: Int(v, "stateOfChargeCentipercent"),
        temperatureCentidegrees: Int(v, "temperatureCentidegrees"),
        voltageMillivolts: Int(v, "voltageMillivolts"),
        powerMilliwatts: Int(v, "powerMilliwatts"),
        currentMilliamps: Int(v, "currentMilliamps"),
        energyChargedWattHours: Int(v, "energyChargedWattHours"),
        energyDischargedWattHours: Int(v, "energyDischargedWattHours"));

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

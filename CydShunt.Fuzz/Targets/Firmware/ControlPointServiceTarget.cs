using System;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>
/// Control-point writes from a paired central, through the whole firmware: the BLE service decodes each request and
/// the firmware carries it out. The input is a sequence of writes, each a length byte (modulo 21, the value's room in
/// a default ATT MTU) and that many bytes. Checks, per spec/gatt.md ("Control point"): every write is accepted at the
/// ATT level and answered by exactly one indication that decodes, echoes the request's opcode (0 for an empty write)
/// and carries a defined result; afterwards Device Info and the Live Snapshot still read and decode.
/// </summary>
public sealed class ControlPointServiceTarget : FuzzTarget
{
    private const int MaximumWriteLength = 20;

    public override string Name => "control-point-service";

    public override string Description => "Control-point writes through the BLE service and the firmware (length-prefixed writes).";

    public override string[] VectorFiles => ["control-point-request.json"];

    public override string[] Dictionaries => ["gatt.dict"];

    // A vector request becomes one length-prefixed write.
    public override byte[]? SeedFromVector(System.Text.Json.JsonElement vectorCase)
    {
        byte[]? request = HexProperty(vectorCase, "hex");
        return request == null || request.Length > MaximumWriteLength ? null : [(byte)request.Length, .. request];
    }

    public override void Run(byte[] input)
    {
        var device = new FirmwareUnderFuzz();
        device.Firmware.Boot();
        device.Run(FirmwareUnderFuzz.TickMilliseconds);
        HostBleCentral central = device.Peripheral.Connect();
        central.BeginPairing();
        device.Run(FirmwareUnderFuzz.TickMilliseconds);
        int passkey = device.Display.Shown ?? throw new InvalidOperationException("The firmware showed no passkey.");
        Require(central.EnterPasskey(passkey), "Pairing with the passkey on the screen failed.");
        device.Run(FirmwareUnderFuzz.TickMilliseconds);
        Require(central.EnableIndications(CydShuntGattTable.ControlPoint).IsSuccess, "Control-point indications could not be enabled.");

        int position = 0;
        while (position < input.Length)
        {
            int length = Math.Min(input[position] % (MaximumWriteLength + 1), input.Length - position - 1);
            byte[] request = input.AsSpan(position + 1, length).ToArray();
            position += 1 + length;
            Exchange(device, central, request);
        }

        AttResult info = central.Read(CydShuntGattTable.DeviceInfo);
        Require(info.IsSuccess, $"Device Info cannot be read after the writes (ATT error 0x{info.Error:x2}).");
        Require(
            DeviceInfoCodec.TryDecode(info.Value, 0, info.Value.Length, out _, out ProtocolError infoError),
            $"Device Info {Convert.ToHexStringLower(info.Value)} does not decode after the writes: {infoError}.");
        AttResult live = central.Read(CydShuntGattTable.LiveSnapshot);
        Require(
            live.IsSuccess && LiveSnapshotCodec.TryDecode(live.Value, 0, live.Value.Length, out _, out _),
            "The Live Snapshot cannot be read or decoded after the writes.");
    }

    private static void Exchange(FirmwareUnderFuzz device, HostBleCentral central, byte[] request)
    {
        string hex = Convert.ToHexStringLower(request);
        int before = central.Indications.TotalCount;
        AttResult written = central.Write(CydShuntGattTable.ControlPoint, request);
        Require(written.IsSuccess, $"The write {hex} was refused at the ATT level (0x{written.Error:x2}); the spec answers every request with an indication.");
        device.Run(FirmwareUnderFuzz.TickMilliseconds);
        Require(central.Indications.TotalCount == before + 1, $"The write {hex} got {central.Indications.TotalCount - before} indications, not one.");
        byte[] indication = central.Indications.Last(CydShuntGattTable.ControlPoint)!;
        Require(
            ControlPointResponseCodec.TryDecode(indication, 0, indication.Length, out ControlPointResponse response, out ProtocolError error),
            $"The answer {Convert.ToHexStringLower(indication)} to {hex} does not decode: {error}.");
        byte expectedOpcode = request.Length == 0 ? (byte)0 : request[0];
        Require((byte)response.RequestOpcode == expectedOpcode, $"The answer to {hex} echoes opcode 0x{(byte)response.RequestOpcode:x2}.");
        Require(Enum.IsDefined(response.Result), $"The answer to {hex} carries the undefined result {(byte)response.Result}.");
    }
}

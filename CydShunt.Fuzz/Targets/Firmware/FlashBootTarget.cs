using System;
using CydShunt.Firmware.Storage;
using CydShunt.Fuzz.Harness;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>
/// Whatever the flash holds, the firmware boots: the input fills record slots (a sequence of kind byte, slot byte,
/// length byte and that many bytes, written as the slot's whole file), then the firmware boots and runs a second.
/// Checks: no exception; the Live Snapshot it publishes decodes; the battery, shunt and integration settings it booted
/// with survive a reboot from the flash it left (the same bytes when written out).
/// </summary>
public sealed class FlashBootTarget : FuzzTarget
{
    public override string Name => "flash-boot";

    public override string Description => "Boot from a flash whose record slots hold the input (kind, slot, length, bytes).";

    public override string[] Dictionaries => ["records.dict"];

    public override byte[][] ExtraSeeds()
    {
        // The slots a booted and configured firmware leaves behind.
        var device = new FirmwareUnderFuzz();
        device.Firmware.Boot();
        device.Firmware.SetBatteryCapacity(280);
        device.Run(2_000);
        var seed = new System.Collections.Generic.List<byte>();
        foreach (RecordKind kind in Enum.GetValues<RecordKind>())
        {
            for (int slot = 0; slot < 2; slot++)
            {
                string name = RecordStore.SlotName(kind, slot);
                if (device.Flash.Exists(name))
                {
                    byte[] file = device.Flash.ReadAll(name);
                    seed.Add((byte)kind);
                    seed.Add((byte)slot);
                    seed.Add((byte)Math.Min(file.Length, 255));
                    seed.AddRange(file[..Math.Min(file.Length, 255)]);
                }
            }
        }

        return [seed.ToArray()];
    }

    public override void Run(byte[] input)
    {
        var flash = new InMemoryFlashStorage();
        int position = 0;
        while (position + 3 <= input.Length)
        {
            var kind = (RecordKind)(1 + (input[position] % 7));
            int slot = input[position + 1] & 1;
            int length = Math.Min(input[position + 2], input.Length - position - 3);
            flash.Write(RecordStore.SlotName(kind, slot), input, position + 3, length);
            position += 3 + length;
        }

        var device = new FirmwareUnderFuzz(flash);
        device.Firmware.Boot();
        device.Run(1_000);
        LiveSnapshot snapshot = device.Firmware.Snapshot;
        byte[] encoded = new byte[LiveSnapshotCodec.Size];
        Require(LiveSnapshotCodec.TryEncode(snapshot, encoded, 0, out _, out _), "The booted firmware's Live Snapshot does not encode.");
        Require(LiveSnapshotCodec.TryDecode(encoded, 0, encoded.Length, out _, out ProtocolError error), $"The booted firmware's Live Snapshot does not decode: {error}.");

        string before = Settings(device);
        var rebooted = new FirmwareUnderFuzz(flash);
        rebooted.Firmware.Boot();
        Require(Settings(rebooted) == before, "The settings the firmware booted with do not survive a reboot.");
    }

    private static string Settings(FirmwareUnderFuzz device)
    {
        byte[] buffer = new byte[512];
        int battery = device.Firmware.BatterySettings.WriteTo(buffer, 0);
        int shunt = device.Firmware.ShuntSettings.WriteTo(buffer, battery);
        int integration = device.Firmware.IntegrationSettings.WriteTo(buffer, battery + shunt);
        return Convert.ToHexStringLower(buffer.AsSpan(0, battery + shunt + integration));
    }
}

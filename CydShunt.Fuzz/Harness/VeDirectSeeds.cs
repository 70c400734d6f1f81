using System.Collections.Generic;
using System.Text;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// Seeds for the VE.Direct targets that need no captured data: the firmware's own output (text blocks) and HEX
/// requests built by hand from Victron's "VE.Direct Protocol" HEX framing (":" command nibble, payload bytes as hex,
/// a checksum byte that makes the sum of command, payload and checksum 0x55, "\n").
/// </summary>
public static class VeDirectSeeds
{
    /// <summary>What the firmware sends on its VE.Direct port during its first 3 seconds.</summary>
    public static byte[] FirmwareOutput()
    {
        var device = new FirmwareUnderFuzz();
        device.Firmware.Boot();
        device.Run(3_000);
        return device.Serial.Transmitted;
    }

    /// <summary>Ping, application version, product id, and GET/SET of a few registers a GX device reads.</summary>
    public static byte[] HexRequests()
    {
        var text = new StringBuilder();
        text.Append(Frame(0x1)); // ping
        text.Append(Frame(0x3)); // application version
        text.Append(Frame(0x4)); // product id
        foreach (int register in new[] { 0x0100, 0x010A, 0x0FFF, 0x0FFE, 0xED8D, 0xED8F, 0xEEB8, 0x1000 })
        {
            text.Append(Frame(0x7, (byte)register, (byte)(register >> 8), 0x00)); // GET register, flags 0
        }

        text.Append(Frame(0x8, 0x00, 0x10, 0x00, 0xC8, 0x00)); // SET 0x1000 (capacity) = 200
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>One HEX frame: ':' + command nibble + payload + checksum (0x55 minus the sum), '\n'.</summary>
    public static string Frame(int command, params byte[] payload)
    {
        int sum = command;
        var frame = new StringBuilder(":").Append(command.ToString("X1", System.Globalization.CultureInfo.InvariantCulture));
        foreach (byte b in payload)
        {
            sum += b;
            frame.Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        frame.Append(((byte)(0x55 - sum)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        return frame.ToString();
    }

    /// <summary>Every capture file in ../shared/vedirect-captures beside the clone, when there is one (never committed).</summary>
    public static IEnumerable<byte[]> Captures()
    {
        string folder = System.IO.Path.Combine(RepositoryPaths.Root, "..", "shared", "vedirect-captures");
        if (!System.IO.Directory.Exists(folder))
        {
            yield break;
        }

        foreach (string file in System.IO.Directory.GetFiles(folder))
        {
            byte[] bytes = System.IO.File.ReadAllBytes(file);
            yield return bytes.Length > 4096 ? bytes[..4096] : bytes;
        }
    }
}

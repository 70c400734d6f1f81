using System;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Tests.Storage;

/// <summary>
/// Payloads shaped like the real serializers' output: a version byte (1) followed by data. The validator accepts
/// version 1, reports other versions as unknown and an empty payload as invalid (reason 42).
/// </summary>
internal static class TestPayloads
{
    public const byte Version = 1;
    public const int InvalidReason = 42;

    /// <summary>Realistic battery-state size: SOC, counters and a Victron-style history (H1..H18) fit in about 120 bytes.</summary>
    public const int BatteryStateLength = 120;

    public static readonly PayloadValidator Validator = Validate;

    /// <summary>A distinct payload per <paramref name="generation"/> (every byte depends on it).</summary>
    public static byte[] Make(int generation, int length = BatteryStateLength)
    {
        byte[] payload = new byte[length];
        var random = new Random(generation * 7919 + length);
        random.NextBytes(payload);
        if (length > 0)
        {
            payload[0] = Version;
        }

        if (length > 4)
        {
            payload[1] = (byte)generation;
            payload[2] = (byte)(generation >> 8);
        }

        return payload;
    }

    private static PayloadVerdict Validate(byte[] buffer, int offset, int count, out int reason)
    {
        reason = 0;
        if (count == 0)
        {
            reason = InvalidReason;
            return PayloadVerdict.Invalid;
        }

        return buffer[offset] == Version ? PayloadVerdict.Valid : PayloadVerdict.UnknownVersion;
    }
}

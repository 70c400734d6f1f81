using System;

namespace CydShunt.Protocol.Tests.Support;

internal static class Hex
{
    public static byte[] Parse(string hex) => Convert.FromHexString(hex);

    public static string Format(byte[] bytes, int offset, int count) => Convert.ToHexString(bytes, offset, count).ToLowerInvariant();

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}

using System;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// Splits a byte stream into chunks whose sizes follow from a seed byte, as a UART driver hands over whatever has
/// arrived: a stream parser must give the same result however its input is split.
/// </summary>
public static class ChunkedFeed
{
    /// <summary>Calls <paramref name="feed"/> with consecutive chunks of <paramref name="data"/> (1..16 bytes each).</summary>
    public static void Feed(byte[] data, byte seed, Action<byte[], int, int> feed)
    {
        uint state = seed | 0x100u;
        int position = 0;
        while (position < data.Length)
        {
            state = (state * 1103515245u) + 12345u;
            int length = Math.Min(1 + (int)((state >> 16) % 16), data.Length - position);
            feed(data, position, length);
            position += length;
        }
    }
}

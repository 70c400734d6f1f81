using System;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Support;

/// <summary>Buffers filled with a sentinel byte, to prove an encoder wrote its bytes and nothing around them.</summary>
internal static class Sentinel
{
    public const byte Value = 0xA5;

    public static byte[] Filled(int length)
    {
        byte[] buffer = new byte[length];
        Array.Fill(buffer, Value);
        return buffer;
    }

    /// <summary>Every byte outside [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) still holds the sentinel.</summary>
    public static void AssertUntouched(byte[] buffer, int start, int length, string what)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            if (i < start || i >= start + length)
            {
                Assert.That(buffer[i], Is.EqualTo(Value), what + ": byte " + i + " outside the written range changed");
            }
        }
    }
}

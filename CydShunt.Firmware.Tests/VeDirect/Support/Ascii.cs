using System.Text;

namespace CydShunt.Firmware.Tests.VeDirect.Support;

/// <summary>Byte/text helpers for VE.Direct tests (every VE.Direct byte is ASCII except text checksums).</summary>
public static class Ascii
{
    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    public static string Text(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    public static int Sum(byte[] bytes)
    {
        int sum = 0;
        foreach (byte b in bytes)
        {
            sum += b;
        }

        return sum;
    }
}

using System.Text;
using CsCheck;
using CydShunt.Firmware.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Storage;

public class Crc32Tests
{
    [Test]
    public void CheckValueOfTheStandardTestStringIsCbf43926()
    {
        byte[] data = Encoding.ASCII.GetBytes("123456789");
        Assert.That(Crc32.Compute(data, 0, data.Length), Is.EqualTo(0xCBF43926u));
    }

    [Test]
    public void EmptyInputGivesZero()
    {
        Assert.That(Crc32.Compute([], 0, 0), Is.Zero);
    }

    [Test]
    public void MatchesABitwiseReferenceOnRandomInput()
    {
        Gen.Byte.Array[0, 300].Sample(data => Crc32.Compute(data, 0, data.Length) == Bitwise(data), iter: 500);
    }

    [Test]
    public void UpdatingInPiecesEqualsComputingAtOnce()
    {
        Gen.Select(Gen.Byte.Array[1, 200], Gen.Int[0, 200]).Sample((data, split) =>
        {
            int cut = split % (data.Length + 1);
            uint running = Crc32.Update(Crc32.Start, data, 0, cut);
            running = Crc32.Update(running, data, cut, data.Length - cut);
            return Crc32.Finish(running) == Crc32.Compute(data, 0, data.Length);
        }, iter: 500);
    }

    [Test]
    public void HonoursOffsetAndCount()
    {
        byte[] data = Encoding.ASCII.GetBytes("xx123456789yy");
        Assert.That(Crc32.Compute(data, 2, 9), Is.EqualTo(0xCBF43926u));
    }

    private static uint Bitwise(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}

using System.Numerics;
using CydShunt.Firmware.Sensors;
using CsCheck;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Sensors;

public class SensorMathTests
{
    private static long Reference(long value, long multiplier, long divisor)
    {
        BigInteger product = (BigInteger)value * multiplier;
        BigInteger quotient = BigInteger.DivRem(BigInteger.Abs(product), divisor, out BigInteger remainder);
        if (remainder * 2 >= divisor)
        {
            quotient += 1;
        }

        return (long)(product.Sign < 0 ? -quotient : quotient);
    }

    [Test]
    public void MulDivRoundMatchesExactArithmeticWhereTheProductOverflows()
    {
        // Ranges of the driver's conversions: 40-bit register values × scale factors up to ~2^31.
        Gen.Select(Gen.Long[-(1L << 42), 1L << 42], Gen.Long[0, 1L << 31], Gen.Long[1, 1L << 32])
            .Sample((value, multiplier, divisor) => SensorMath.MulDivRound(value, multiplier, divisor) == Reference(value, multiplier, divisor));
    }

    [TestCase(5L, 1L, 2L, 3L)]
    [TestCase(-5L, 1L, 2L, -3L)]
    [TestCase(4L, 1L, 3L, 1L)]
    [TestCase(-4L, 1L, 3L, -1L)]
    [TestCase(0L, 7L, 3L, 0L)]
    public void MulDivRoundRoundsHalfAwayFromZero(long value, long multiplier, long divisor, long expected) =>
        Assert.That(SensorMath.MulDivRound(value, multiplier, divisor), Is.EqualTo(expected));

    [TestCase(0x7FFFFL, 20, 524_287L)]
    [TestCase(0x80000L, 20, -524_288L)]
    [TestCase(0xFFFFFL, 20, -1L)]
    [TestCase(0x7FFFFFFFFFL, 40, 549_755_813_887L)]
    [TestCase(0x8000000000L, 40, -549_755_813_888L)]
    [TestCase(0xFFFFL, 16, -1L)]
    public void SignExtendReadsTwosComplement(long raw, int bits, long expected) =>
        Assert.That(SensorMath.SignExtend(raw, bits), Is.EqualTo(expected));

    [Test]
    public void ClampToIntSaturates()
    {
        Assert.That(SensorMath.ClampToInt(3_000_000_000L), Is.EqualTo(int.MaxValue));
        Assert.That(SensorMath.ClampToInt(-3_000_000_000L), Is.EqualTo(int.MinValue));
        Assert.That(SensorMath.ClampToInt(-42), Is.EqualTo(-42));
    }
}

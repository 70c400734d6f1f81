using System;
using System.Numerics;
using CydShunt.Firmware.Monitor;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>The integer log/exp behind the Peukert correction, against double-precision references.</summary>
public class FixedPointMathTests
{
    private const double Q30 = 1 << 30;
    private const double Q48 = 1L << 48;

    [TestCase(1L)]
    [TestCase(2L)]
    [TestCase(3L)]
    [TestCase(5_000_000L)]
    [TestCase(123_456_789L)]
    [TestCase(2_147_483_647L)]
    [TestCase(3_276_700_000L)]
    public void Log2MatchesMathLog2(long value)
    {
        double actual = FixedPointMath.Log2(value) / Q30;
        Assert.That(actual, Is.EqualTo(Math.Log2(value)).Within(1.0 / (1 << 27)));
    }

    [Test]
    public void Log2RejectsValuesBelowOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FixedPointMath.Log2(0));
    }

    [Test]
    public void Exp2MatchesMathPowOverTheWholeRange()
    {
        for (double exponent = -16; exponent <= 8; exponent += 0.0137)
        {
            long q30 = (long)Math.Round(exponent * Q30);
            double expected = Math.Pow(2, q30 / Q30);
            double actual = FixedPointMath.Exp2Q48(q30) / Q48;
            Assert.That(actual / expected, Is.EqualTo(1.0).Within(1e-8), "2^" + exponent);
        }
    }

    [Test]
    public void Exp2OfIntegersIsExact()
    {
        Assert.That(FixedPointMath.Exp2Q48(0), Is.EqualTo(1L << 48));
        Assert.That(FixedPointMath.Exp2Q48(3L << 30), Is.EqualTo(8L << 48));
        Assert.That(FixedPointMath.Exp2Q48(-2L << 30), Is.EqualTo(1L << 46));
    }

    [Test]
    public void Exp2SaturatesAndUnderflows()
    {
        Assert.That(FixedPointMath.Exp2Q48(40L << 30), Is.EqualTo(long.MaxValue));
        Assert.That(FixedPointMath.Exp2Q48(-80L << 30), Is.Zero);
    }

    [Test]
    public void MultiplyQ48IsExactIncludingTheCarriedFraction()
    {
        var random = new Random(7);
        long carry = 0;
        BigInteger exact = 0;
        BigInteger total = 0;
        for (int i = 0; i < 10_000; i++)
        {
            long value = random.NextInt64(0, 1L << 47);
            long factor = random.NextInt64(0, 1L << 56);
            total += FixedPointMath.MultiplyQ48(value, factor, ref carry);
            exact += (BigInteger)value * factor;
            Assert.That(carry, Is.InRange(0L, (1L << 48) - 1));
        }

        // Whole part plus carried fraction equals the exact sum of products, bit for bit.
        Assert.That((total << 48) + carry, Is.EqualTo(exact));
    }

    [Test]
    public void PeukertFactorMatchesMathPowFromMicroampsToKiloamps()
    {
        foreach (int exponent in new[] { 101, 105, 125, 150 })
        {
            foreach (int capacity in new[] { 1, 100, 200, 65534 })
            {
                var peukert = new PeukertCorrection();
                peukert.Configure(exponent, capacity);
                double ratedMicroamps = capacity * 50_000.0;
                for (long current = 1; current <= int.MaxValue; current = current * 3 + 1)
                {
                    double expected = Math.Pow(current / ratedMicroamps, (exponent - 100) / 100.0);
                    double actual = peukert.FactorQ48(current) / Q48;
                    Assert.That(actual / expected, Is.EqualTo(1.0).Within(1e-7), "n=" + exponent + " C=" + capacity + " I=" + current);
                }
            }
        }
    }

    [Test]
    public void PeukertIsOffAtExponentOneOrWithoutCapacity()
    {
        var peukert = new PeukertCorrection();
        peukert.Configure(100, 200);
        Assert.That(peukert.FactorQ48(123_456_789), Is.EqualTo(PeukertCorrection.UnityQ48));
        peukert.Configure(125, 0);
        Assert.That(peukert.FactorQ48(123_456_789), Is.EqualTo(PeukertCorrection.UnityQ48));
        Assert.That(peukert.IsActive, Is.False);
    }

    [Test]
    public void LongHelpersDoNotGoThroughDouble()
    {
        Assert.That(FixedPointMath.Min(long.MaxValue - 1, long.MaxValue), Is.EqualTo(long.MaxValue - 1));
        Assert.That(FixedPointMath.Max(long.MaxValue - 1, long.MaxValue), Is.EqualTo(long.MaxValue));
        Assert.That(FixedPointMath.Abs(-(long.MaxValue - 1)), Is.EqualTo(long.MaxValue - 1));
        Assert.That(FixedPointMath.Abs(long.MinValue), Is.EqualTo(long.MaxValue));
        Assert.That(FixedPointMath.ClampToInt(long.MinValue), Is.EqualTo(int.MinValue + 1));
        Assert.That(FixedPointMath.ClampToInt(long.MaxValue), Is.EqualTo(int.MaxValue));
    }
}

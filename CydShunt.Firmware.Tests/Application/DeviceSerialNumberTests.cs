using System.Text;
using System.Text.RegularExpressions;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>The ESP32's serial number: "CYD" + 8 upper-case hex digits, drawn once and kept in flash.</summary>
public class DeviceSerialNumberTests
{
    private static readonly Regex Shape = new("^CYD[0-9A-F]{8}$");

    [Test]
    public void FirstBootDrawsAndStoresANumberLaterBootsReadIt()
    {
        var flash = new InMemoryFlashStorage();
        string first = DeviceSerialNumber.GetOrCreate(flash, new SeededRandomSource(1), out string? problem);
        Assert.That(problem, Is.Null);
        Assert.That(first, Does.Match(Shape));
        Assert.That(Encoding.ASCII.GetString(flash.Peek(DeviceSerialNumber.BlobName)!), Is.EqualTo(first));

        string again = DeviceSerialNumber.GetOrCreate(flash, new SeededRandomSource(2), out problem);
        Assert.That(again, Is.EqualTo(first), "a stored number is kept, whatever the RNG says");
        Assert.That(problem, Is.Null);
    }

    [TestCase("", TestName = "empty blob")]
    [TestCase("CYD1234567", TestName = "too short")]
    [TestCase("XYZ12345678", TestName = "wrong prefix")]
    [TestCase("CYD1234567g", TestName = "not a hex digit")]
    [TestCase("CYD1234abcd", TestName = "lower-case hex")]
    public void ADamagedNumberIsReplacedByANewOne(string stored)
    {
        var flash = new InMemoryFlashStorage();
        byte[] bytes = Encoding.ASCII.GetBytes(stored);
        flash.Write(DeviceSerialNumber.BlobName, bytes, 0, bytes.Length);
        string number = DeviceSerialNumber.GetOrCreate(flash, new SeededRandomSource(3), out _);
        Assert.That(number, Does.Match(Shape));
        Assert.That(number, Is.Not.EqualTo(stored));
        Assert.That(Encoding.ASCII.GetString(flash.Peek(DeviceSerialNumber.BlobName)!), Is.EqualTo(number));
    }

    [Test]
    public void AFailedStoreStillGivesANumberForThisBootAndSaysSo()
    {
        var flash = new InMemoryFlashStorage { FailWriteAfterBytes = 0 };
        string number = DeviceSerialNumber.GetOrCreate(flash, new SeededRandomSource(4), out string? problem);
        Assert.That(number, Does.Match(Shape));
        Assert.That(problem, Does.Contain("storing the serial number failed"));
    }
}

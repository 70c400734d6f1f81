using System.Collections.Generic;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Sensors.Samples;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Sensors;

/// <summary>
/// The samples in Sensors/Ina228/samples and Sensors/Ina226/samples, run against the simulated chips: they compile with
/// the firmware and print what the READMEs say. Expected lines are worked out by hand from the datasheet LSBs for a
/// 500 A / 50 mV shunt (R = 0.1 mΩ).
/// </summary>
public class SensorSampleTests
{
    [Test]
    public void TheIna228SamplePrintsEveryQuantity()
    {
        SimulatedIna228 chip = new()
        {
            ShuntNanovolts = 25_000_000, // 25 mV / 0.1 mΩ = 250 A
            BusMicrovolts = 51_200_000,  // 262144 × 195.3125 µV
            DieMillidegrees = 25_000,    // 3200 × 7.8125 m°C
            Charge = 288_000_000,        // × 3.125 mA·s = 900 000 C = 250 Ah
            Energy = 288_000_000,        // × 16 × 3.2 × 3.125 mA × 1 V·s = 0.16 J → 46.08 MJ = 12 800 Wh
        };
        List<string> lines = [];

        Assert.That(Ina228Sample.Run(chip, lines.Add, chip.Convert), Is.True, string.Join("\n", lines));
        Assert.That(lines, Is.EqualTo(new[]
        {
            "INA228 found, revision 1",                                 // DEVICE_ID 0x2281
            "SHUNT_CAL 4096, CURRENT_LSB 3125000 nA",                   // 312.5 nV / 0.1 mΩ
            "bus 51200 mV, current 250000 mA",
            "shunt 25000 uV, die 2500 x 0.01 C, power 12800000 mW",    // 250 A × 51.2 V
            "charge 250000 mAh, energy 12800 Wh",
        }));
    }

    [Test]
    public void TheIna226SamplePrintsEveryQuantity()
    {
        SimulatedIna226 chip = new()
        {
            ShuntNanovolts = 25_000_000, // 10000 × 2.5 µV; 25 mV / 0.1 mΩ = 250 A
            BusMicrovolts = 25_600_000,  // 20480 × 1.25 mV
        };
        List<string> lines = [];

        Assert.That(Ina226Sample.Run(chip, lines.Add, chip.Convert), Is.True, string.Join("\n", lines));
        Assert.That(lines, Is.EqualTo(new[]
        {
            "INA226 found, revision 0",                 // Die ID 0x2260
            "CAL 2048, Current_LSB 25000000 nA",        // 2.5 µV / 0.1 mΩ; 0.00512 / (25 mA × 0.1 mΩ)
            "bus 25600 mV, current 250000 mA",
            "shunt 25000 uV, power 6400000 mW",         // 250 A × 25.6 V
        }));
    }

    [Test]
    public void ASampleOnTheOtherChipSaysSoAndStops()
    {
        List<string> lines = [];
        Assert.That(Ina228Sample.Run(new SimulatedIna226(), lines.Add, () => Assert.Fail("no wait without a chip")), Is.False);
        Assert.That(Ina226Sample.Run(new SimulatedIna228(), lines.Add, () => Assert.Fail("no wait without a chip")), Is.False);
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[0], Does.StartWith("no INA228 here"));
        Assert.That(lines[1], Does.StartWith("no INA226 here"));
    }
}

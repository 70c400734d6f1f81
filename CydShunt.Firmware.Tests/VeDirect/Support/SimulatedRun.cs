using CydShunt.Protocol;
using System;
using System.Collections.Generic;
using CydShunt.Firmware.VeDirect;

namespace CydShunt.Firmware.Tests.VeDirect.Support;

/// <summary>One generated block with the values it was written from.</summary>
public sealed record SimulatedBlock(byte[] Bytes, bool IsMain, VeDirectMainValues Main, VeDirectHistoryValues History);

/// <summary>
/// A long, deterministic run of our text blocks, main and history alternating, as a battery goes through charge and
/// discharge, with edge cases mixed in: values not available, before synchronisation, infinite time-to-go, alarms,
/// negative currents, the extremes of every field and every history statistic.
/// </summary>
public static class SimulatedRun
{
    private static readonly VeDirectAlarmReasons[] SingleAlarms =
    [
        VeDirectAlarmReasons.LowVoltage, VeDirectAlarmReasons.HighVoltage, VeDirectAlarmReasons.LowStateOfCharge, VeDirectAlarmReasons.LowStarterVoltage,
        VeDirectAlarmReasons.HighStarterVoltage, VeDirectAlarmReasons.LowTemperature, VeDirectAlarmReasons.HighTemperature, VeDirectAlarmReasons.MidVoltage,
    ];

    public static List<SimulatedBlock> Generate(int blocks, int seed, VeDirectSettings settings)
    {
        var random = new Random(seed);
        var writer = new VeDirectTextWriter(settings);
        byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
        var run = new List<SimulatedBlock>(blocks);
        int voltage = 12800;
        int current = -5000;
        int consumed = 0;
        for (int i = 0; i < blocks; i++)
        {
            bool isMain = i % 2 == 0;
            voltage = Math.Clamp(voltage + random.Next(-40, 41), 10500, 14800);
            current = random.Next(10) == 0 ? 0 : Math.Clamp(current + random.Next(-3000, 3001), -250000, 120000);
            consumed = Math.Clamp(consumed + (current / 3600), -400000, 0);
            VeDirectMainValues main = MainValues(random, i, voltage, current, consumed);
            VeDirectHistoryValues history = HistoryValues(random, i);
            int length = isMain ? writer.WriteMainBlock(main, buffer, 0) : writer.WriteHistoryBlock(history, buffer, 0);
            run.Add(new SimulatedBlock(buffer.AsSpan(0, length).ToArray(), isMain, main, history));
        }

        return run;
    }

    private static VeDirectMainValues MainValues(Random random, int i, int voltage, int current, int consumed)
    {
        switch ((i / 2) % 97)
        {
            case 13:
                return VeDirectMainValues.CreateUnavailable();
            case 29:
                return new VeDirectMainValues
                {
                    VoltageMillivolts = int.MaxValue, AuxiliaryInput = VeDirectAuxiliaryInput.StarterVoltage, StarterVoltageMillivolts = int.MinValue + 1,
                    CurrentMilliamps = int.MinValue + 1, PowerWatts = int.MinValue + 1, ConsumedMilliampHours = int.MinValue + 1, StateOfChargePermille = 0,
                    TimeToGoMinutes = int.MaxValue, Synchronised = true, AlarmActive = true, AlarmReasons = (VeDirectAlarmReasons)0xFFFF,
                };
            case 41:
                return new VeDirectMainValues
                {
                    VoltageMillivolts = int.MinValue + 1, AuxiliaryInput = VeDirectAuxiliaryInput.Temperature, TemperatureCelsius = int.MaxValue,
                    CurrentMilliamps = int.MaxValue, PowerWatts = int.MaxValue, ConsumedMilliampHours = int.MaxValue, StateOfChargePermille = 1000,
                    TimeToGoMinutes = 0, Synchronised = true, AlarmReasons = VeDirectAlarmReasons.None,
                };
            case 53:
                return new VeDirectMainValues
                {
                    VoltageMillivolts = 0, AuxiliaryInput = VeDirectAuxiliaryInput.Temperature, TemperatureCelsius = -40, CurrentMilliamps = -1,
                    PowerWatts = 0, ConsumedMilliampHours = 0, StateOfChargePermille = 0, TimeToGoMinutes = 0, Synchronised = true,
                };
        }

        var aux = (VeDirectAuxiliaryInput)random.Next(3);
        bool alarm = random.Next(8) == 0;
        VeDirectAlarmReasons reasons = !alarm ? VeDirectAlarmReasons.None
            : random.Next(3) == 0 ? SingleAlarms[random.Next(SingleAlarms.Length)] | SingleAlarms[random.Next(SingleAlarms.Length)]
            : SingleAlarms[random.Next(SingleAlarms.Length)];
        return new VeDirectMainValues
        {
            VoltageMillivolts = random.Next(50) == 0 ? Measurement.NotAvailable : voltage,
            AuxiliaryInput = aux,
            StarterVoltageMillivolts = random.Next(10) == 0 ? Measurement.NotAvailable : 12000 + random.Next(1500),
            TemperatureCelsius = random.Next(5) == 0 ? Measurement.NotAvailable : random.Next(-30, 61),
            CurrentMilliamps = random.Next(50) == 0 ? Measurement.NotAvailable : current,
            PowerWatts = (int)((long)voltage * current / 1_000_000),
            ConsumedMilliampHours = consumed,
            StateOfChargePermille = 1000 + (consumed / 400),
            TimeToGoMinutes = random.Next(20) == 0 ? VeDirectMainValues.TimeToGoInfinite : random.Next(20) == 0 ? Measurement.NotAvailable : random.Next(0, 100000),
            Synchronised = random.Next(6) != 0,
            AlarmActive = alarm,
            AlarmReasons = reasons,
        };
    }

    private static VeDirectHistoryValues HistoryValues(Random random, int i)
    {
        switch ((i / 2) % 89)
        {
            case 7:
                return VeDirectHistoryValues.CreateUnavailable();
            case 31:
                return Extreme(int.MinValue + 1, int.MaxValue);
            case 47:
                return Extreme(0, 0);
            case 61:
                return Extreme(int.MaxValue, int.MaxValue);
        }

        int Maybe(int value) => random.Next(10) == 0 ? Measurement.NotAvailable : value;
        return new VeDirectHistoryValues
        {
            DeepestDischargeMilliampHours = Maybe(-random.Next(400000)), LastDischargeMilliampHours = Maybe(-random.Next(400000)),
            AverageDischargeMilliampHours = Maybe(-random.Next(400000)), ChargeCycles = Maybe(random.Next(5000)), FullDischarges = Maybe(random.Next(100)),
            CumulativeMilliampHoursDrawn = Maybe(-random.Next(int.MaxValue)), MinimumVoltageMillivolts = Maybe(random.Next(9000, 12500)),
            MaximumVoltageMillivolts = Maybe(random.Next(13000, 16000)), SecondsSinceLastFullCharge = Maybe(random.Next(int.MaxValue)),
            AutomaticSynchronisations = Maybe(random.Next(1000)), LowVoltageAlarms = Maybe(random.Next(100)), HighVoltageAlarms = Maybe(random.Next(100)),
            LowAuxiliaryVoltageAlarms = Maybe(random.Next(100)), HighAuxiliaryVoltageAlarms = Maybe(random.Next(100)),
            MinimumAuxiliaryVoltageMillivolts = Maybe(random.Next(9000, 12500)), MaximumAuxiliaryVoltageMillivolts = Maybe(random.Next(13000, 16000)),
            DischargedEnergyHundredthsKilowattHour = Maybe(random.Next(10_000_000)), ChargedEnergyHundredthsKilowattHour = Maybe(random.Next(10_000_000)),
        };
    }

    // Signed statistics take signedValue, counts and energies (never negative) take countValue.
    private static VeDirectHistoryValues Extreme(int signedValue, int countValue) => new()
    {
        DeepestDischargeMilliampHours = signedValue, LastDischargeMilliampHours = signedValue, AverageDischargeMilliampHours = signedValue,
        ChargeCycles = countValue, FullDischarges = countValue, CumulativeMilliampHoursDrawn = signedValue, MinimumVoltageMillivolts = signedValue,
        MaximumVoltageMillivolts = signedValue, SecondsSinceLastFullCharge = countValue, AutomaticSynchronisations = countValue,
        LowVoltageAlarms = countValue, HighVoltageAlarms = countValue, LowAuxiliaryVoltageAlarms = countValue, HighAuxiliaryVoltageAlarms = countValue,
        MinimumAuxiliaryVoltageMillivolts = signedValue, MaximumAuxiliaryVoltageMillivolts = signedValue,
        DischargedEnergyHundredthsKilowattHour = countValue, ChargedEnergyHundredthsKilowattHour = countValue,
    };
}

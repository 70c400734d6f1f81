using CydShunt.Protocol;
using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The registers a GX device or VictronConnect reads from a battery monitor: live values (SOC, time to go, voltage,
    /// current, power, consumed charge, alarm reason) from <see cref="VeDirectMainValues"/> and history (H1–H18) from
    /// <see cref="VeDirectHistoryValues"/>, in the ids, types and units of Victron's register list (velib ve_regs.h,
    /// the definitions Victron publishes with its GX software); everything else is passed to the settings registers.
    /// </summary>
    /// <remarks>
    /// The instances given are read at each GET, so they must be the ones the firmware refreshes in place. Live and
    /// history values are read-only: a SET answers "not supported". Numbers are little-endian; a value that is not
    /// available is sent as the type's NA value (0xFFFF, 0x7FFF, 0x7FFFFFFF), and a statistic the monitor does not keep
    /// (left out of the text history block) is an unknown id. Nothing is allocated.
    /// </remarks>
    public sealed class VeDirectMonitorRegisters : IVeDirectRegisterProvider
    {
        private readonly IVeDirectRegisterProvider _settings;
        private readonly VeDirectMainValues _main;
        private readonly VeDirectHistoryValues _history;

        /// <summary>Creates the register set over the live values, the history and the settings registers.</summary>
        public VeDirectMonitorRegisters(IVeDirectRegisterProvider settings, VeDirectMainValues main, VeDirectHistoryValues history)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            if (main == null)
            {
                throw new ArgumentNullException("main");
            }

            if (history == null)
            {
                throw new ArgumentNullException("history");
            }

            _settings = settings;
            _main = main;
            _history = history;
        }

        /// <inheritdoc />
        public int ReadRegister(int registerId, byte[] destination, int offset)
        {
            int length = ReadLive(registerId, destination, offset);
            if (length != 0)
            {
                return length;
            }

            length = ReadHistory(registerId, destination, offset);
            return length != 0 ? length : _settings.ReadRegister(registerId, destination, offset);
        }

        /// <inheritdoc />
        public int WriteRegister(int registerId, byte[] value, int offset, int count)
        {
            if (IsLive(registerId) || (registerId >= VeDirectMonitorRegister.DeepestDischarge && registerId <= VeDirectMonitorRegister.ChargedEnergy))
            {
                return VeDirectHexFlags.NotSupported;
            }

            return _settings.WriteRegister(registerId, value, offset, count);
        }

        private static bool IsLive(int registerId)
        {
            switch (registerId)
            {
                case VeDirectMonitorRegister.StateOfCharge:
                case VeDirectMonitorRegister.TimeToGo:
                case VeDirectMonitorRegister.ConsumedAmpHours:
                case VeDirectMonitorRegister.Voltage:
                case VeDirectMonitorRegister.Current:
                case VeDirectMonitorRegister.CurrentMilliamps:
                case VeDirectMonitorRegister.Power:
                case VeDirectMonitorRegister.AlarmReason:
                    return true;
            }

            return false;
        }

        // Returns the length written, or 0 when the id is not a live register.
        private int ReadLive(int registerId, byte[] destination, int offset)
        {
            bool synchronised = _main.Synchronised;
            switch (registerId)
            {
                case VeDirectMonitorRegister.StateOfCharge:
                    return WriteUnsigned16(synchronised ? _main.StateOfChargeCentipercent : Measurement.NotAvailable, destination, offset);
                case VeDirectMonitorRegister.TimeToGo:
                    // un16 minutes has no "infinite": -1 and "---" both read as not available (0xFFFF).
                    int ttg = _main.TimeToGoMinutes;
                    return WriteUnsigned16(synchronised && ttg >= 0 ? ttg : Measurement.NotAvailable, destination, offset);
                case VeDirectMonitorRegister.ConsumedAmpHours:
                    return WriteSigned32(synchronised ? Divide(_main.ConsumedMilliampHours, 100) : Measurement.NotAvailable, destination, offset);
                case VeDirectMonitorRegister.Voltage:
                    return WriteSigned16(Divide(_main.VoltageMillivolts, 10), destination, offset);
                case VeDirectMonitorRegister.Current:
                    return WriteSigned16(Divide(_main.CurrentMilliamps, 100), destination, offset);
                case VeDirectMonitorRegister.CurrentMilliamps:
                    return WriteSigned32(_main.CurrentMilliamps, destination, offset);
                case VeDirectMonitorRegister.Power:
                    return WriteSigned16(_main.PowerWatts, destination, offset);
                case VeDirectMonitorRegister.AlarmReason:
                    return WriteUnsigned16((int)_main.AlarmReasons, destination, offset);
            }

            return 0;
        }

        // Returns the length written, -1 for a statistic not kept, or 0 when the id is not a history register.
        private int ReadHistory(int registerId, byte[] destination, int offset)
        {
            switch (registerId)
            {
                case VeDirectMonitorRegister.DeepestDischarge:
                    return WriteStatistic(Divide(_history.DeepestDischargeMilliampHours, 100), destination, offset);
                case VeDirectMonitorRegister.LastDischarge:
                    return WriteStatistic(Divide(_history.LastDischargeMilliampHours, 100), destination, offset);
                case VeDirectMonitorRegister.AverageDischarge:
                    return WriteStatistic(Divide(_history.AverageDischargeMilliampHours, 100), destination, offset);
                case VeDirectMonitorRegister.ChargeCycles:
                    return WriteStatistic(_history.ChargeCycles, destination, offset);
                case VeDirectMonitorRegister.FullDischarges:
                    return WriteStatistic(_history.FullDischarges, destination, offset);
                case VeDirectMonitorRegister.CumulativeAmpHours:
                    return WriteStatistic(Divide(_history.CumulativeMilliampHoursDrawn, 100), destination, offset);
                case VeDirectMonitorRegister.MinimumVoltage:
                    return WriteStatistic(Divide(_history.MinimumVoltageMillivolts, 10), destination, offset);
                case VeDirectMonitorRegister.MaximumVoltage:
                    return WriteStatistic(Divide(_history.MaximumVoltageMillivolts, 10), destination, offset);
                case VeDirectMonitorRegister.SecondsSinceFullCharge:
                    return WriteStatistic(_history.SecondsSinceLastFullCharge, destination, offset);
                case VeDirectMonitorRegister.AutomaticSynchronisations:
                    return WriteStatistic(_history.AutomaticSynchronisations, destination, offset);
                case VeDirectMonitorRegister.LowVoltageAlarms:
                    return WriteStatistic(_history.LowVoltageAlarms, destination, offset);
                case VeDirectMonitorRegister.HighVoltageAlarms:
                    return WriteStatistic(_history.HighVoltageAlarms, destination, offset);
                case VeDirectMonitorRegister.LowAuxiliaryVoltageAlarms:
                    return WriteStatistic(_history.LowAuxiliaryVoltageAlarms, destination, offset);
                case VeDirectMonitorRegister.HighAuxiliaryVoltageAlarms:
                    return WriteStatistic(_history.HighAuxiliaryVoltageAlarms, destination, offset);
                case VeDirectMonitorRegister.MinimumAuxiliaryVoltage:
                    return WriteStatistic(Divide(_history.MinimumAuxiliaryVoltageMillivolts, 10), destination, offset);
                case VeDirectMonitorRegister.MaximumAuxiliaryVoltage:
                    return WriteStatistic(Divide(_history.MaximumAuxiliaryVoltageMillivolts, 10), destination, offset);
                case VeDirectMonitorRegister.DischargedEnergy:
                    return WriteStatistic(_history.DischargedEnergyHundredthsKilowattHour, destination, offset);
                case VeDirectMonitorRegister.ChargedEnergy:
                    return WriteStatistic(_history.ChargedEnergyHundredthsKilowattHour, destination, offset);
            }

            return 0;
        }

        private static int WriteStatistic(int value, byte[] destination, int offset)
        {
            return value == Measurement.NotAvailable ? -1 : WriteSigned32(value, destination, offset);
        }

        private static int WriteUnsigned16(int value, byte[] destination, int offset)
        {
            int wire = value == Measurement.NotAvailable || value < 0 ? 0xFFFF : value > 0xFFFE ? 0xFFFE : value;
            destination[offset] = (byte)wire;
            destination[offset + 1] = (byte)(wire >> 8);
            return 2;
        }

        private static int WriteSigned16(int value, byte[] destination, int offset)
        {
            // 0x7FFF is NA, so the largest value is 0x7FFE; the negative side saturates at -0x8000.
            int wire = value == Measurement.NotAvailable ? 0x7FFF : value > 0x7FFE ? 0x7FFE : value < -0x8000 ? -0x8000 : value;
            destination[offset] = (byte)wire;
            destination[offset + 1] = (byte)(wire >> 8);
            return 2;
        }

        private static int WriteSigned32(int value, byte[] destination, int offset)
        {
            int wire = value == Measurement.NotAvailable ? 0x7FFFFFFF : value;
            destination[offset] = (byte)wire;
            destination[offset + 1] = (byte)(wire >> 8);
            destination[offset + 2] = (byte)(wire >> 16);
            destination[offset + 3] = (byte)(wire >> 24);
            return 4;
        }

        // Divides rounding half away from zero; not-available stays not available.
        private static int Divide(int value, int divisor)
        {
            if (value == Measurement.NotAvailable)
            {
                return Measurement.NotAvailable;
            }

            int half = divisor / 2;
            return value >= 0 ? (int)(((long)value + half) / divisor) : -(int)((-(long)value + half) / divisor);
        }
    }
}

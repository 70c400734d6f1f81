using System;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Settings
{
    /// <summary>The persisted form of <see cref="BatterySettings"/>: a versioned, fixed-size little-endian payload.</summary>
    /// <remarks>
    /// Layout, version 1 (<see cref="SerializedSize"/> = 45 bytes):
    /// <code>
    ///  0 u8  version (1)            1 u8  nominal voltage V          2 u8  chemistry
    ///  3 u8  flags: bit0 starts synchronised, bit1..5 alarm enabled (low V, high V, low SOC, high T, low T); 6..7 = 0
    ///  4 u16 capacity Ah            6 i32 charged voltage mV        10 u16 tail current 0.1 %
    /// 12 u8  charged detection min 13 u8  Peukert × 100             14 u8  charge efficiency %
    /// 15 u16 current threshold mA  17 u8  TTG averaging min         18 u8  discharge floor %
    /// 19 i32 low V set mV          23 i32 low V clear mV            27 i32 high V set mV     31 i32 high V clear mV
    /// 35 u8  low SOC set %         36 u8  low SOC clear %
    /// 37 i16 high T set 0.01 °C    39 i16 high T clear              41 i16 low T set         43 i16 low T clear
    /// </code>
    /// The storage layer adds integrity checks; this payload is still validated field by field on reading, so a
    /// payload that decodes always holds valid settings.
    /// </remarks>
    public sealed partial class BatterySettings
    {
        /// <summary>The payload version written by <see cref="WriteTo"/>.</summary>
        public const byte PayloadVersion = 1;

        /// <summary>Size of the version-1 payload in bytes.</summary>
        public const int SerializedSize = 45;

        private const int FlagStartsSynchronised = 0x01;
        private const int FlagLowVoltageAlarm = 0x02;
        private const int FlagHighVoltageAlarm = 0x04;
        private const int FlagLowSocAlarm = 0x08;
        private const int FlagHighTemperatureAlarm = 0x10;
        private const int FlagLowTemperatureAlarm = 0x20;
        private const int DefinedFlags = 0x3F;

        /// <summary>Writes the version-1 payload; returns the number of bytes written (<see cref="SerializedSize"/>).</summary>
        /// <exception cref="ArgumentException">The settings are invalid (the message names the reason).</exception>
        /// <exception cref="ArgumentOutOfRangeException">The buffer has no room for <see cref="SerializedSize"/> bytes at <paramref name="offset"/>.</exception>
        public int WriteTo(byte[] buffer, int offset)
        {
            PayloadBytes.CheckRange(buffer, offset, SerializedSize, "buffer");
            BatterySettingsError error = Validate();
            if (error != BatterySettingsError.None)
            {
                throw new ArgumentException("invalid battery settings: " + BatterySettingsErrorText.Describe(error));
            }

            int flags = (BatteryStartsSynchronised ? FlagStartsSynchronised : 0)
                | (LowVoltageAlarmEnabled ? FlagLowVoltageAlarm : 0)
                | (HighVoltageAlarmEnabled ? FlagHighVoltageAlarm : 0)
                | (LowSocAlarmEnabled ? FlagLowSocAlarm : 0)
                | (HighTemperatureAlarmEnabled ? FlagHighTemperatureAlarm : 0)
                | (LowTemperatureAlarmEnabled ? FlagLowTemperatureAlarm : 0);
            buffer[offset] = PayloadVersion;
            buffer[offset + 1] = (byte)NominalVoltageVolts;
            buffer[offset + 2] = (byte)Chemistry;
            buffer[offset + 3] = (byte)flags;
            PayloadBytes.WriteInt16(buffer, offset + 4, CapacityAmpHours);
            PayloadBytes.WriteInt32(buffer, offset + 6, ChargedVoltageMillivolts);
            PayloadBytes.WriteInt16(buffer, offset + 10, TailCurrentPermille);
            buffer[offset + 12] = (byte)ChargedDetectionMinutes;
            buffer[offset + 13] = (byte)PeukertExponentHundredths;
            buffer[offset + 14] = (byte)ChargeEfficiencyPercent;
            PayloadBytes.WriteInt16(buffer, offset + 15, CurrentThresholdMilliamps);
            buffer[offset + 17] = (byte)TimeToGoAveragingMinutes;
            buffer[offset + 18] = (byte)DischargeFloorPercent;
            PayloadBytes.WriteInt32(buffer, offset + 19, LowVoltageAlarmSetMillivolts);
            PayloadBytes.WriteInt32(buffer, offset + 23, LowVoltageAlarmClearMillivolts);
            PayloadBytes.WriteInt32(buffer, offset + 27, HighVoltageAlarmSetMillivolts);
            PayloadBytes.WriteInt32(buffer, offset + 31, HighVoltageAlarmClearMillivolts);
            buffer[offset + 35] = (byte)LowSocAlarmSetPercent;
            buffer[offset + 36] = (byte)LowSocAlarmClearPercent;
            PayloadBytes.WriteInt16(buffer, offset + 37, HighTemperatureAlarmSetCentidegrees);
            PayloadBytes.WriteInt16(buffer, offset + 39, HighTemperatureAlarmClearCentidegrees);
            PayloadBytes.WriteInt16(buffer, offset + 41, LowTemperatureAlarmSetCentidegrees);
            PayloadBytes.WriteInt16(buffer, offset + 43, LowTemperatureAlarmClearCentidegrees);
            return SerializedSize;
        }

        /// <summary>
        /// Reads a payload written by <see cref="WriteTo"/>. Trailing bytes beyond the version's layout are ignored.
        /// </summary>
        /// <param name="buffer">The payload buffer.</param>
        /// <param name="offset">Where the payload starts.</param>
        /// <param name="count">How many bytes the payload has.</param>
        /// <param name="settings">The settings, or <see langword="null"/> on failure.</param>
        /// <param name="error">
        /// <see cref="BatterySettingsError.PayloadTooShort"/>, <see cref="BatterySettingsError.PayloadVersionUnknown"/>,
        /// <see cref="BatterySettingsError.PayloadReservedBitsSet"/>, or the validation reason of the first bad field.
        /// </param>
        /// <returns>Whether valid settings were read.</returns>
        public static bool TryReadFrom(byte[] buffer, int offset, int count, out BatterySettings? settings, out BatterySettingsError error)
        {
            PayloadBytes.CheckRange(buffer, offset, count, "buffer");
            settings = null;
            if (count < 1)
            {
                error = BatterySettingsError.PayloadTooShort;
                return false;
            }

            if (buffer[offset] != PayloadVersion)
            {
                error = BatterySettingsError.PayloadVersionUnknown;
                return false;
            }

            if (count < SerializedSize)
            {
                error = BatterySettingsError.PayloadTooShort;
                return false;
            }

            int flags = buffer[offset + 3];
            if ((flags & ~DefinedFlags) != 0)
            {
                error = BatterySettingsError.PayloadReservedBitsSet;
                return false;
            }

            BatterySettings read = new BatterySettings();
            read.NominalVoltageVolts = buffer[offset + 1];
            read.Chemistry = (BatteryChemistry)buffer[offset + 2];
            read.BatteryStartsSynchronised = (flags & FlagStartsSynchronised) != 0;
            read.LowVoltageAlarmEnabled = (flags & FlagLowVoltageAlarm) != 0;
            read.HighVoltageAlarmEnabled = (flags & FlagHighVoltageAlarm) != 0;
            read.LowSocAlarmEnabled = (flags & FlagLowSocAlarm) != 0;
            read.HighTemperatureAlarmEnabled = (flags & FlagHighTemperatureAlarm) != 0;
            read.LowTemperatureAlarmEnabled = (flags & FlagLowTemperatureAlarm) != 0;
            read.CapacityAmpHours = PayloadBytes.ReadUInt16(buffer, offset + 4);
            read.ChargedVoltageMillivolts = PayloadBytes.ReadInt32(buffer, offset + 6);
            read.TailCurrentPermille = PayloadBytes.ReadUInt16(buffer, offset + 10);
            read.ChargedDetectionMinutes = buffer[offset + 12];
            read.PeukertExponentHundredths = buffer[offset + 13];
            read.ChargeEfficiencyPercent = buffer[offset + 14];
            read.CurrentThresholdMilliamps = PayloadBytes.ReadUInt16(buffer, offset + 15);
            read.TimeToGoAveragingMinutes = buffer[offset + 17];
            read.DischargeFloorPercent = buffer[offset + 18];
            read.LowVoltageAlarmSetMillivolts = PayloadBytes.ReadInt32(buffer, offset + 19);
            read.LowVoltageAlarmClearMillivolts = PayloadBytes.ReadInt32(buffer, offset + 23);
            read.HighVoltageAlarmSetMillivolts = PayloadBytes.ReadInt32(buffer, offset + 27);
            read.HighVoltageAlarmClearMillivolts = PayloadBytes.ReadInt32(buffer, offset + 31);
            read.LowSocAlarmSetPercent = buffer[offset + 35];
            read.LowSocAlarmClearPercent = buffer[offset + 36];
            read.HighTemperatureAlarmSetCentidegrees = PayloadBytes.ReadInt16(buffer, offset + 37);
            read.HighTemperatureAlarmClearCentidegrees = PayloadBytes.ReadInt16(buffer, offset + 39);
            read.LowTemperatureAlarmSetCentidegrees = PayloadBytes.ReadInt16(buffer, offset + 41);
            read.LowTemperatureAlarmClearCentidegrees = PayloadBytes.ReadInt16(buffer, offset + 43);

            error = read.Validate();
            if (error != BatterySettingsError.None)
            {
                return false;
            }

            settings = read;
            return true;
        }
    }
}

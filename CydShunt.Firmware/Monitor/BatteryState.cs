using CydShunt.Protocol;
using System;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Everything the battery monitor must keep across a reboot: the synchronisation flag, the charge counters with
    /// their exact sub-unit remainders, energy counters and the history (VE.Direct H1..H18). The storage layer persists
    /// it as an opaque payload (<see cref="WriteTo"/>, <see cref="TryReadFrom"/>).
    /// </summary>
    /// <remarks>
    /// Units: charge in µA·ms (1 mAh = 3.6 × 10⁹ µA·ms) so that every sample adds an exact integer; energy in Wh plus
    /// a µW·ms remainder (1 Wh = 3.6 × 10¹² µW·ms) plus a pW·ms remainder. Consumed charge is ≤ 0 (0 = full).
    /// Discharge depths use the same sign as consumed charge, as VE.Direct prints them.
    /// </remarks>
    public sealed class BatteryState
    {
        /// <summary>The payload version written by <see cref="WriteTo"/>.</summary>
        public const byte PayloadVersion = 1;

        /// <summary>Size of the version-1 payload in bytes.</summary>
        public const int SerializedSize = 157;

        /// <summary>µA·ms in one mAh.</summary>
        public const long MicroampMillisecondsPerMilliampHour = 3600000000L;

        /// <summary>µW·ms in one Wh.</summary>
        public const long MicrowattMillisecondsPerWattHour = 3600000000000L;

        /// <summary>pW in one µW: the unit of the finest energy remainder.</summary>
        public const long PicowattsPerMicrowatt = 1000000L;

        private const int FlagSynchronised = 0x01;
        private const int FlagCycleArmed = 0x02;
        private const int FlagFullDischargeCounted = 0x04;
        private const int FlagLastDischargeRestartPending = 0x08;
        private const int DefinedFlags = 0x0F;
        private const int DefinedAlarms = 0x1F;

        /// <summary>Creates the state of a new, full, synchronised battery with an empty history.</summary>
        public BatteryState()
        {
            Synchronised = true;
            MinimumVoltageMillivolts = Measurement.NotAvailable;
            MaximumVoltageMillivolts = Measurement.NotAvailable;
        }

        /// <summary>SOC is anchored to a full battery.</summary>
        public bool Synchronised { get; set; }

        /// <summary>Consumed charge since full, CEF-corrected on charge (µA·ms, ≤ 0).</summary>
        public long ConsumedMicroampMilliseconds { get; set; }

        /// <summary>Remainder of charge × CEF / 100 not yet counted (0..99, in 0.01 µA·ms).</summary>
        public int ChargeEfficiencyRemainder { get; set; }

        /// <summary>Consumed charge with Peukert correction on discharge (µA·ms, ≤ 0); the SOC is computed from it.</summary>
        public long PeukertConsumedMicroampMilliseconds { get; set; }

        /// <summary>Further Peukert-corrected discharge below one µA·ms, in 2⁻⁴⁸ µA·ms (0..2⁴⁸−1).</summary>
        public long PeukertFraction { get; set; }

        /// <summary>Whole mAh drawn from the battery over its life (H6 magnitude).</summary>
        public long CumulativeDrawnMilliampHours { get; set; }

        /// <summary>µA·ms drawn beyond <see cref="CumulativeDrawnMilliampHours"/>.</summary>
        public long CumulativeDrawnRemainder { get; set; }

        /// <summary>Whole Wh charged into the battery.</summary>
        public long EnergyChargedWattHours { get; set; }

        /// <summary>µW·ms charged beyond <see cref="EnergyChargedWattHours"/>.</summary>
        public long EnergyChargedRemainder { get; set; }

        /// <summary>pW·ms charged beyond the µW·ms remainder.</summary>
        public long EnergyChargedFineRemainder { get; set; }

        /// <summary>Whole Wh drawn from the battery.</summary>
        public long EnergyDischargedWattHours { get; set; }

        /// <summary>µW·ms drawn beyond <see cref="EnergyDischargedWattHours"/>.</summary>
        public long EnergyDischargedRemainder { get; set; }

        /// <summary>pW·ms drawn beyond the µW·ms remainder.</summary>
        public long EnergyDischargedFineRemainder { get; set; }

        /// <summary>H1: the most negative consumed charge ever seen while synchronised (mAh, ≤ 0).</summary>
        public long DeepestDischargeMilliampHours { get; set; }

        /// <summary>H2: the most negative consumed charge of the latest discharge after a synchronisation (mAh, ≤ 0).</summary>
        public long LastDischargeMilliampHours { get; set; }

        /// <summary>The next discharge after a synchronisation starts a new "last discharge".</summary>
        public bool LastDischargeRestartPending { get; set; }

        /// <summary>H4: charge cycles (SOC below 65 %, then above 90 %).</summary>
        public int ChargeCycles { get; set; }

        /// <summary>SOC has been below 65 % since the last counted cycle.</summary>
        public bool CycleArmed { get; set; }

        /// <summary>H5: full discharges (SOC reached 0 %).</summary>
        public int FullDischarges { get; set; }

        /// <summary>The current full discharge has been counted; cleared once SOC is back above 10 %.</summary>
        public bool FullDischargeCounted { get; set; }

        /// <summary>H7: lowest battery voltage (mV), or <see cref="Measurement.NotAvailable"/> before the first sample.</summary>
        public int MinimumVoltageMillivolts { get; set; }

        /// <summary>H8: highest battery voltage (mV), or <see cref="Measurement.NotAvailable"/> before the first sample.</summary>
        public int MaximumVoltageMillivolts { get; set; }

        /// <summary>H9 in ms: time since the last synchronisation (automatic or manual).</summary>
        public long MillisecondsSinceFullCharge { get; set; }

        /// <summary>H10: automatic synchronisations.</summary>
        public int AutomaticSynchronisations { get; set; }

        /// <summary>H11: low-voltage alarms raised.</summary>
        public int LowVoltageAlarms { get; set; }

        /// <summary>H12: high-voltage alarms raised.</summary>
        public int HighVoltageAlarms { get; set; }

        /// <summary>Low-SOC alarms raised.</summary>
        public int LowStateOfChargeAlarms { get; set; }

        /// <summary>High-temperature alarms raised.</summary>
        public int HighTemperatureAlarms { get; set; }

        /// <summary>Low-temperature alarms raised.</summary>
        public int LowTemperatureAlarms { get; set; }

        /// <summary>Alarms active when the state was saved, so that a reboot does not count them again.</summary>
        public BatteryAlarms ActiveAlarms { get; set; }

        /// <summary>Copies every field of <paramref name="source"/> into this instance (no allocation).</summary>
        public void CopyFrom(BatteryState source)
        {
            if (source == null)
            {
                throw new ArgumentNullException("source");
            }

            Synchronised = source.Synchronised;
            ConsumedMicroampMilliseconds = source.ConsumedMicroampMilliseconds;
            ChargeEfficiencyRemainder = source.ChargeEfficiencyRemainder;
            PeukertConsumedMicroampMilliseconds = source.PeukertConsumedMicroampMilliseconds;
            PeukertFraction = source.PeukertFraction;
            CumulativeDrawnMilliampHours = source.CumulativeDrawnMilliampHours;
            CumulativeDrawnRemainder = source.CumulativeDrawnRemainder;
            EnergyChargedWattHours = source.EnergyChargedWattHours;
            EnergyChargedRemainder = source.EnergyChargedRemainder;
            EnergyChargedFineRemainder = source.EnergyChargedFineRemainder;
            EnergyDischargedWattHours = source.EnergyDischargedWattHours;
            EnergyDischargedRemainder = source.EnergyDischargedRemainder;
            EnergyDischargedFineRemainder = source.EnergyDischargedFineRemainder;
            DeepestDischargeMilliampHours = source.DeepestDischargeMilliampHours;
            LastDischargeMilliampHours = source.LastDischargeMilliampHours;
            LastDischargeRestartPending = source.LastDischargeRestartPending;
            ChargeCycles = source.ChargeCycles;
            CycleArmed = source.CycleArmed;
            FullDischarges = source.FullDischarges;
            FullDischargeCounted = source.FullDischargeCounted;
            MinimumVoltageMillivolts = source.MinimumVoltageMillivolts;
            MaximumVoltageMillivolts = source.MaximumVoltageMillivolts;
            MillisecondsSinceFullCharge = source.MillisecondsSinceFullCharge;
            AutomaticSynchronisations = source.AutomaticSynchronisations;
            LowVoltageAlarms = source.LowVoltageAlarms;
            HighVoltageAlarms = source.HighVoltageAlarms;
            LowStateOfChargeAlarms = source.LowStateOfChargeAlarms;
            HighTemperatureAlarms = source.HighTemperatureAlarms;
            LowTemperatureAlarms = source.LowTemperatureAlarms;
            ActiveAlarms = source.ActiveAlarms;
        }

        /// <summary>Checks the invariants the monitor keeps; returns the first violation.</summary>
        public BatteryStateError Validate()
        {
            if (ConsumedMicroampMilliseconds > 0 || PeukertConsumedMicroampMilliseconds > 0)
            {
                return BatteryStateError.ConsumedChargePositive;
            }

            if (ChargeEfficiencyRemainder < 0 || ChargeEfficiencyRemainder > 99
                || PeukertFraction < 0 || PeukertFraction >= 1L << FixedPointMath.FactorFractionBits
                || !IsRemainder(CumulativeDrawnRemainder, MicroampMillisecondsPerMilliampHour)
                || !IsRemainder(EnergyChargedRemainder, MicrowattMillisecondsPerWattHour)
                || !IsRemainder(EnergyDischargedRemainder, MicrowattMillisecondsPerWattHour)
                || !IsRemainder(EnergyChargedFineRemainder, PicowattsPerMicrowatt)
                || !IsRemainder(EnergyDischargedFineRemainder, PicowattsPerMicrowatt))
            {
                return BatteryStateError.RemainderOutOfRange;
            }

            if (CumulativeDrawnMilliampHours < 0 || EnergyChargedWattHours < 0 || EnergyDischargedWattHours < 0 || MillisecondsSinceFullCharge < 0)
            {
                return BatteryStateError.NegativeTotal;
            }

            if (DeepestDischargeMilliampHours > 0 || LastDischargeMilliampHours > 0 || LastDischargeMilliampHours < DeepestDischargeMilliampHours)
            {
                return BatteryStateError.DischargeDepthInvalid;
            }

            if (ChargeCycles < 0 || FullDischarges < 0 || AutomaticSynchronisations < 0 || LowVoltageAlarms < 0 || HighVoltageAlarms < 0
                || LowStateOfChargeAlarms < 0 || HighTemperatureAlarms < 0 || LowTemperatureAlarms < 0)
            {
                return BatteryStateError.NegativeCount;
            }

            bool hasMinimum = MinimumVoltageMillivolts != Measurement.NotAvailable;
            bool hasMaximum = MaximumVoltageMillivolts != Measurement.NotAvailable;
            if (hasMinimum != hasMaximum || (hasMinimum && (MinimumVoltageMillivolts < 0 || MinimumVoltageMillivolts > MaximumVoltageMillivolts)))
            {
                return BatteryStateError.VoltageRangeInvalid;
            }

            return BatteryStateError.None;
        }

        /// <summary>Writes the version-1 payload; returns <see cref="SerializedSize"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The buffer has no room for <see cref="SerializedSize"/> bytes at <paramref name="offset"/>.</exception>
        public int WriteTo(byte[] buffer, int offset)
        {
            PayloadBytes.CheckRange(buffer, offset, SerializedSize, "buffer");
            int flags = (Synchronised ? FlagSynchronised : 0)
                | (CycleArmed ? FlagCycleArmed : 0)
                | (FullDischargeCounted ? FlagFullDischargeCounted : 0)
                | (LastDischargeRestartPending ? FlagLastDischargeRestartPending : 0);
            int at = offset;
            buffer[at++] = PayloadVersion;
            buffer[at++] = (byte)flags;
            at = Put(buffer, at, ConsumedMicroampMilliseconds);
            buffer[at++] = (byte)ChargeEfficiencyRemainder;
            at = Put(buffer, at, PeukertConsumedMicroampMilliseconds);
            at = Put(buffer, at, PeukertFraction);
            at = Put(buffer, at, CumulativeDrawnMilliampHours);
            at = Put(buffer, at, CumulativeDrawnRemainder);
            at = Put(buffer, at, EnergyChargedWattHours);
            at = Put(buffer, at, EnergyChargedRemainder);
            at = Put(buffer, at, EnergyChargedFineRemainder);
            at = Put(buffer, at, EnergyDischargedWattHours);
            at = Put(buffer, at, EnergyDischargedRemainder);
            at = Put(buffer, at, EnergyDischargedFineRemainder);
            at = Put(buffer, at, DeepestDischargeMilliampHours);
            at = Put(buffer, at, LastDischargeMilliampHours);
            at = Put(buffer, at, ChargeCycles);
            at = Put(buffer, at, FullDischarges);
            at = Put(buffer, at, MinimumVoltageMillivolts);
            at = Put(buffer, at, MaximumVoltageMillivolts);
            at = Put(buffer, at, MillisecondsSinceFullCharge);
            at = Put(buffer, at, AutomaticSynchronisations);
            at = Put(buffer, at, LowVoltageAlarms);
            at = Put(buffer, at, HighVoltageAlarms);
            at = Put(buffer, at, LowStateOfChargeAlarms);
            at = Put(buffer, at, HighTemperatureAlarms);
            at = Put(buffer, at, LowTemperatureAlarms);
            PayloadBytes.WriteInt16(buffer, at, (int)ActiveAlarms);
            return SerializedSize;
        }

        /// <summary>
        /// Reads a payload written by <see cref="WriteTo"/> into a new instance; trailing bytes are ignored. The payload
        /// must satisfy <see cref="Validate"/>.
        /// </summary>
        /// <param name="buffer">The payload buffer.</param>
        /// <param name="offset">Where the payload starts.</param>
        /// <param name="count">How many bytes the payload has.</param>
        /// <param name="state">The state, or <see langword="null"/> on failure.</param>
        /// <param name="error">Why the payload was rejected.</param>
        /// <returns>Whether a valid state was read.</returns>
        public static bool TryReadFrom(byte[] buffer, int offset, int count, out BatteryState? state, out BatteryStateError error)
        {
            PayloadBytes.CheckRange(buffer, offset, count, "buffer");
            state = null;
            if (count < 1)
            {
                error = BatteryStateError.PayloadTooShort;
                return false;
            }

            if (buffer[offset] != PayloadVersion)
            {
                error = BatteryStateError.PayloadVersionUnknown;
                return false;
            }

            if (count < SerializedSize)
            {
                error = BatteryStateError.PayloadTooShort;
                return false;
            }

            int flags = buffer[offset + 1];
            if ((flags & ~DefinedFlags) != 0)
            {
                error = BatteryStateError.ReservedBitsSet;
                return false;
            }

            BatteryState read = new BatteryState();
            read.Synchronised = (flags & FlagSynchronised) != 0;
            read.CycleArmed = (flags & FlagCycleArmed) != 0;
            read.FullDischargeCounted = (flags & FlagFullDischargeCounted) != 0;
            read.LastDischargeRestartPending = (flags & FlagLastDischargeRestartPending) != 0;
            int at = offset + 2;
            read.ConsumedMicroampMilliseconds = PayloadBytes.ReadInt64(buffer, at);
            at += 8;
            read.ChargeEfficiencyRemainder = buffer[at++];
            read.PeukertConsumedMicroampMilliseconds = PayloadBytes.ReadInt64(buffer, at);
            read.PeukertFraction = PayloadBytes.ReadInt64(buffer, at + 8);
            read.CumulativeDrawnMilliampHours = PayloadBytes.ReadInt64(buffer, at + 16);
            read.CumulativeDrawnRemainder = PayloadBytes.ReadInt64(buffer, at + 24);
            read.EnergyChargedWattHours = PayloadBytes.ReadInt64(buffer, at + 32);
            read.EnergyChargedRemainder = PayloadBytes.ReadInt64(buffer, at + 40);
            read.EnergyChargedFineRemainder = PayloadBytes.ReadInt64(buffer, at + 48);
            read.EnergyDischargedWattHours = PayloadBytes.ReadInt64(buffer, at + 56);
            read.EnergyDischargedRemainder = PayloadBytes.ReadInt64(buffer, at + 64);
            read.EnergyDischargedFineRemainder = PayloadBytes.ReadInt64(buffer, at + 72);
            read.DeepestDischargeMilliampHours = PayloadBytes.ReadInt64(buffer, at + 80);
            read.LastDischargeMilliampHours = PayloadBytes.ReadInt64(buffer, at + 88);
            at += 96;
            read.ChargeCycles = PayloadBytes.ReadInt32(buffer, at);
            read.FullDischarges = PayloadBytes.ReadInt32(buffer, at + 4);
            read.MinimumVoltageMillivolts = PayloadBytes.ReadInt32(buffer, at + 8);
            read.MaximumVoltageMillivolts = PayloadBytes.ReadInt32(buffer, at + 12);
            read.MillisecondsSinceFullCharge = PayloadBytes.ReadInt64(buffer, at + 16);
            at += 24;
            read.AutomaticSynchronisations = PayloadBytes.ReadInt32(buffer, at);
            read.LowVoltageAlarms = PayloadBytes.ReadInt32(buffer, at + 4);
            read.HighVoltageAlarms = PayloadBytes.ReadInt32(buffer, at + 8);
            read.LowStateOfChargeAlarms = PayloadBytes.ReadInt32(buffer, at + 12);
            read.HighTemperatureAlarms = PayloadBytes.ReadInt32(buffer, at + 16);
            read.LowTemperatureAlarms = PayloadBytes.ReadInt32(buffer, at + 20);
            int alarms = PayloadBytes.ReadUInt16(buffer, at + 24);
            if ((alarms & ~DefinedAlarms) != 0)
            {
                error = BatteryStateError.ReservedBitsSet;
                return false;
            }

            read.ActiveAlarms = (BatteryAlarms)alarms;

            error = read.Validate();
            if (error != BatteryStateError.None)
            {
                return false;
            }

            state = read;
            return true;
        }

        private static bool IsRemainder(long value, long unit)
        {
            return value >= 0 && value < unit;
        }

        private static int Put(byte[] buffer, int at, long value)
        {
            PayloadBytes.WriteInt64(buffer, at, value);
            return at + 8;
        }

        private static int Put(byte[] buffer, int at, int value)
        {
            PayloadBytes.WriteInt32(buffer, at, value);
            return at + 4;
        }
    }
}

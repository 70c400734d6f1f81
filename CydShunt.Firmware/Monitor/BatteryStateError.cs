namespace CydShunt.Firmware.Monitor
{
    /// <summary>Why a saved <see cref="BatteryState"/> payload was rejected.</summary>
    public enum BatteryStateError
    {
        /// <summary>The payload is valid.</summary>
        None = 0,

        /// <summary>The payload is shorter than its version's layout.</summary>
        PayloadTooShort,

        /// <summary>The payload's version byte is not one this firmware reads.</summary>
        PayloadVersionUnknown,

        /// <summary>Flag or alarm bits this version does not define are set.</summary>
        ReservedBitsSet,

        /// <summary>Consumed charge (plain or Peukert-corrected) is above zero, i.e. more than full.</summary>
        ConsumedChargePositive,

        /// <summary>A carried remainder is outside its unit (the payload cannot come from this firmware).</summary>
        RemainderOutOfRange,

        /// <summary>A total (cumulative charge, energy, time since full) is negative.</summary>
        NegativeTotal,

        /// <summary>A discharge depth is above zero, or the last discharge is deeper than the deepest.</summary>
        DischargeDepthInvalid,

        /// <summary>A counter is negative.</summary>
        NegativeCount,

        /// <summary>Minimum and maximum voltage are inconsistent (only one available, negative, or minimum above maximum).</summary>
        VoltageRangeInvalid,
    }
}

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// HEX register ids this firmware answers. Product id, group id and serial number are from Victron's HEX protocol
    /// document (section 1.1, "Product information registers"); the battery settings registers are the ones Victron's
    /// public register list (velib ve_regs.h) marks "Compatible with BMV HEX protocol", with its units. The custom name
    /// id is the one GX devices ask a battery monitor for; it is not in the MPPT document. Numbers are little-endian
    /// unsigned 16-bit unless stated.
    /// </summary>
    public static class VeDirectRegister
    {
        /// <summary>Product id: un8 instance (0), un16 product id, un8 reserved (0xFF).</summary>
        public const int ProductId = 0x0100;

        /// <summary>Group id: un8.</summary>
        public const int GroupId = 0x0104;

        /// <summary>Serial number: string.</summary>
        public const int SerialNumber = 0x010A;

        /// <summary>Custom name (description shown by GX devices and VictronConnect): string.</summary>
        public const int CustomName = 0x010C;

        /// <summary>Battery capacity, 1 Ah.</summary>
        public const int BatteryCapacity = 0x1000;

        /// <summary>Charged voltage, 0.1 V.</summary>
        public const int ChargedVoltage = 0x1001;

        /// <summary>Charged (tail) current, 0.1 % of capacity.</summary>
        public const int TailCurrent = 0x1002;

        /// <summary>Charged detection time, 1 minute.</summary>
        public const int ChargedDetectionTime = 0x1003;

        /// <summary>Charge efficiency, 1 %.</summary>
        public const int ChargeEfficiency = 0x1004;

        /// <summary>Peukert exponent, 0.01.</summary>
        public const int PeukertExponent = 0x1005;

        /// <summary>Current threshold, 0.01 A.</summary>
        public const int CurrentThreshold = 0x1006;

        /// <summary>Time-to-go averaging period (TTG delta T), 1 minute.</summary>
        public const int TimeToGoDeltaT = 0x1007;

        /// <summary>Low state of charge (discharge floor, relay low SOC), 0.1 %.</summary>
        public const int LowStateOfCharge = 0x1008;

        /// <summary>Low state of charge clear level, 0.1 %.</summary>
        public const int LowStateOfChargeClear = 0x1009;
    }
}

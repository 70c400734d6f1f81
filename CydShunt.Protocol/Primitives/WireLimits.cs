namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Valid ranges and not-available markers of the wire integer types (spec/README.md, "Conventions").
    /// Signed fields reserve their minimum, unsigned fields their maximum, as "not available".
    /// </summary>
    internal static class WireLimits
    {
        public const int UInt8NotAvailable = 0xFF;
        public const int UInt16Max = 0xFFFE;
        public const int UInt16NotAvailable = 0xFFFF;
        public const int Int16Min = -32767;
        public const int Int16Max = 32767;
        public const int Int16NotAvailable = -32768;
        public const int UInt24Max = 0xFFFFFE;
        public const int UInt24NotAvailable = 0xFFFFFF;
        public const int Int24Min = -8388607;
        public const int Int24Max = 8388607;
        public const int Int24NotAvailable = -8388608;
        public const int Int32Min = -2147483647;
        public const int Int32Max = 2147483647;
        public const int Int32NotAvailable = int.MinValue;
        public const uint UInt32NotAvailable = 0xFFFFFFFF;

        /// <summary>State of charge in 0.01 % never exceeds 100.00 %.</summary>
        public const int StateOfChargeMax = 10000;
    }
}

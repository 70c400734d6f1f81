namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// The flag bits protocol version 1 defines. Senders write reserved bits as 0; receivers pass them through,
    /// so a newer device's bits survive an older library.
    /// </summary>
    internal static class DefinedBits
    {
        public const StatusFlags Status = (StatusFlags)0x1F;
        public const AlarmFlags Alarms = (AlarmFlags)0x001F;
        public const DeviceFeatures Features = (DeviceFeatures)0x07;
    }
}

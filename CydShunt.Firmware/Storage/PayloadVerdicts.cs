namespace CydShunt.Firmware.Storage
{
    /// <summary>How every payload validator turns its serializer's answer into a <see cref="PayloadVerdict"/>.</summary>
    internal static class PayloadVerdicts
    {
        public static PayloadVerdict From(bool valid, bool versionUnknown)
        {
            return valid ? PayloadVerdict.Valid : versionUnknown ? PayloadVerdict.UnknownVersion : PayloadVerdict.Invalid;
        }
    }
}

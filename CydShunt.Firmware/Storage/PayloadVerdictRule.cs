namespace CydShunt.Firmware.Storage
{
    /// <summary>Turns a serializer's answer into a <see cref="PayloadVerdict"/>, the same way for every payload validator.</summary>
    internal static class PayloadVerdictRule
    {
        /// <summary>Valid when the payload read; otherwise UnknownVersion when only its version was not understood, else Invalid.</summary>
        public static PayloadVerdict Decide(bool valid, bool versionUnknown)
        {
            return valid ? PayloadVerdict.Valid : versionUnknown ? PayloadVerdict.UnknownVersion : PayloadVerdict.Invalid;
        }
    }
}

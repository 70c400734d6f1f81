namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// Checks a payload of one record kind, normally by decoding it with the kind's serializer (e.g.
    /// <c>TryReadFrom</c>) and validating the result. Must not keep a reference to <paramref name="buffer"/>.
    /// </summary>
    /// <param name="buffer">Buffer holding the payload.</param>
    /// <param name="offset">Where the payload starts.</param>
    /// <param name="count">Payload length in bytes.</param>
    /// <param name="reason">A kind-specific reason code when the payload is rejected (e.g. an <c>IntegrationSettingsError</c> value), else 0.</param>
    /// <returns>The verdict.</returns>
    public delegate PayloadVerdict PayloadValidator(byte[] buffer, int offset, int count, out int reason);
}

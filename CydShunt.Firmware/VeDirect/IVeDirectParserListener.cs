namespace CydShunt.Firmware.VeDirect
{
    /// <summary>Receives what <see cref="VeDirectParser"/> finds in a VE.Direct byte stream.</summary>
    public interface IVeDirectParserListener
    {
        /// <summary>A text block whose checksum is right. The block object is reused after the call returns.</summary>
        void OnTextBlock(VeDirectTextBlock block);

        /// <summary>A HEX frame whose checksum is right. The frame object is reused after the call returns.</summary>
        void OnHexFrame(VeDirectHexFrame frame);

        /// <summary>Bytes were dropped for <paramref name="error"/>.</summary>
        void OnError(VeDirectParseError error);
    }
}

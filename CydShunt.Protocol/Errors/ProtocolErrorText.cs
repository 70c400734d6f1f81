namespace CydShunt.Protocol
{
    /// <summary>Human-readable text for <see cref="ProtocolError"/> values.</summary>
    /// <remarks>
    /// nanoFramework's <c>Enum.ToString()</c> returns the number, not the name, so the names and descriptions
    /// are spelled out here once for both platforms.
    /// </remarks>
    public static class ProtocolErrorText
    {
        /// <summary>Returns the error kind's name as used in the specification and test vectors, e.g. <c>"TooShort"</c>.</summary>
        /// <param name="error">The error.</param>
        /// <returns>The name, or <c>"Unknown"</c> for a value outside the enumeration.</returns>
        public static string GetName(ProtocolError error)
        {
            switch (error)
            {
                case ProtocolError.None: return "None";
                case ProtocolError.TooShort: return "TooShort";
                case ProtocolError.BadSignature: return "BadSignature";
                case ProtocolError.UnsupportedVersion: return "UnsupportedVersion";
                case ProtocolError.ValueOutOfRange: return "ValueOutOfRange";
                case ProtocolError.DestinationTooSmall: return "DestinationTooSmall";
                case ProtocolError.MalformedAdStructure: return "MalformedAdStructure";
                case ProtocolError.FrameNotFound: return "FrameNotFound";
                case ProtocolError.UnknownOpcode: return "UnknownOpcode";
                case ProtocolError.NotAResponse: return "NotAResponse";
                case ProtocolError.BTHomeEncrypted: return "BTHomeEncrypted";
                case ProtocolError.BTHomeUnsupportedVersion: return "BTHomeUnsupportedVersion";
                case ProtocolError.BTHomeUnknownObject: return "BTHomeUnknownObject";
                case ProtocolError.NameEmpty: return "NameEmpty";
                case ProtocolError.NameTooLong: return "NameTooLong";
                case ProtocolError.NameInvalidCharacter: return "NameInvalidCharacter";
                default: return "Unknown";
            }
        }

        /// <summary>Returns one sentence that says what was wrong.</summary>
        /// <param name="error">The error.</param>
        /// <returns>The description.</returns>
        public static string Describe(ProtocolError error)
        {
            switch (error)
            {
                case ProtocolError.None: return "No error.";
                case ProtocolError.TooShort: return "The input is shorter than the layout requires.";
                case ProtocolError.BadSignature: return "The manufacturer data does not carry the CydShunt signature 0x43 0x53.";
                case ProtocolError.UnsupportedVersion: return "The CydShunt frame has a format version this library does not know.";
                case ProtocolError.ValueOutOfRange: return "A field holds a value outside its documented range.";
                case ProtocolError.DestinationTooSmall: return "The destination buffer is too small.";
                case ProtocolError.MalformedAdStructure: return "An AD structure's length runs past the end of the record.";
                case ProtocolError.FrameNotFound: return "The record holds neither a CydShunt nor a BTHome frame.";
                case ProtocolError.UnknownOpcode: return "The control-point opcode is not defined by protocol version 1.";
                case ProtocolError.NotAResponse: return "The control-point indication does not start with the response code 0x80.";
                case ProtocolError.BTHomeEncrypted: return "The BTHome frame is encrypted.";
                case ProtocolError.BTHomeUnsupportedVersion: return "The BTHome frame is not BTHome version 2.";
                case ProtocolError.BTHomeUnknownObject: return "The BTHome frame holds an object id of unknown size.";
                case ProtocolError.NameEmpty: return "The device name is empty.";
                case ProtocolError.NameTooLong: return "The device name is longer than 20 UTF-8 bytes.";
                case ProtocolError.NameInvalidCharacter: return "The device name holds a control character or a broken surrogate pair.";
                default: return "Unknown error.";
            }
        }
    }
}

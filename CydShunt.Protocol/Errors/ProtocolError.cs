namespace CydShunt.Protocol
{
    /// <summary>
    /// What was wrong with a buffer that could not be decoded or encoded. The names are the error kinds of
    /// spec/README.md and of the test vectors in spec/vectors.
    /// </summary>
    public enum ProtocolError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The input is shorter than the layout requires.</summary>
        TooShort = 1,

        /// <summary>The manufacturer data does not start with the CydShunt signature: it is not our frame.</summary>
        BadSignature = 2,

        /// <summary>The frame carries our signature but a format version this library does not know.</summary>
        UnsupportedVersion = 3,

        /// <summary>A field holds a value outside its documented range (and is not the not-available marker).</summary>
        ValueOutOfRange = 4,

        /// <summary>The destination buffer is too small for the encoded value.</summary>
        DestinationTooSmall = 5,

        /// <summary>An AD structure's length byte runs past the end of the advertising or scan-response data.</summary>
        MalformedAdStructure = 6,

        /// <summary>The scan record holds neither a CydShunt frame nor a BTHome frame.</summary>
        FrameNotFound = 7,

        /// <summary>The control-point request names an opcode that protocol version 1 does not define.</summary>
        UnknownOpcode = 8,

        /// <summary>The control-point indication does not start with the response code 0x80.</summary>
        NotAResponse = 9,

        /// <summary>The BTHome frame is encrypted; this protocol only sends and reads unencrypted BTHome.</summary>
        BTHomeEncrypted = 10,

        /// <summary>The BTHome device-information byte names a BTHome version other than 2.</summary>
        BTHomeUnsupportedVersion = 11,

        /// <summary>The BTHome frame holds an object id whose size this library does not know, so the rest cannot be read.</summary>
        BTHomeUnknownObject = 12,

        /// <summary>The device name is empty.</summary>
        NameEmpty = 13,

        /// <summary>The device name is longer than 20 bytes in UTF-8.</summary>
        NameTooLong = 14,

        /// <summary>The device name holds a control character or is not well-formed UTF-16/UTF-8.</summary>
        NameInvalidCharacter = 15,
    }
}

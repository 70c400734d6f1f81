namespace CydShunt.Protocol
{
    /// <summary>Result codes indicated in control-point responses. Unknown codes are passed through.</summary>
    public enum ControlPointResult : byte
    {
        /// <summary>The request was carried out.</summary>
        Success = 0x01,

        /// <summary>The opcode is not defined.</summary>
        OpcodeNotSupported = 0x02,

        /// <summary>The write was empty or its parameter shorter than the opcode needs.</summary>
        InvalidLength = 0x03,

        /// <summary>The parameter is outside its range.</summary>
        InvalidParameter = 0x04,

        /// <summary>The device could not carry out a valid request (e.g. its storage failed).</summary>
        OperationFailed = 0x05,
    }
}

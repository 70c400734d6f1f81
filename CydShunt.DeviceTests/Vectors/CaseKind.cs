namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>The <c>kind</c> of a vector case (spec/vectors/README.md): which directions or rules a case checks.</summary>
    public enum CaseKind
    {
        /// <summary><c>encode(value) == hex</c> and <c>decode(hex) == value</c>.</summary>
        Roundtrip = 0,

        /// <summary><c>encode(value) == hex</c> only.</summary>
        Encode = 1,

        /// <summary><c>decode(hex) == value</c> only.</summary>
        Decode = 2,

        /// <summary>Decoding (or validating) the input fails with the named error.</summary>
        Invalid = 3,

        /// <summary>A device name that passes validation (device-name.json).</summary>
        Valid = 4,

        /// <summary>Building the advertising packet and scan response (advertising.json).</summary>
        Build = 5,

        /// <summary>Parsing a scan record (scan-records.json).</summary>
        Parse = 6,

        /// <summary>Encoding the value fails with the named error and writes nothing (device-info.json, control-point-request.json).</summary>
        EncodeError = 7,
    }

    /// <summary>How a device name appears in the scan response: the AD type of its local-name structure.</summary>
    public enum AdvertisedName
    {
        /// <summary>Complete local name (AD type 0x09): every byte fits.</summary>
        Complete = 0,

        /// <summary>Shortened local name (AD type 0x08): the name is longer than the advertised bytes.</summary>
        Shortened = 1,
    }
}

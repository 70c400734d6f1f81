using System;

namespace CydShunt.Protocol
{
    /// <summary>
    /// One characteristic of the GATT table as spec/gatt.md defines it: UUID, properties, security, descriptors and,
    /// for single-number values, the <see cref="ScalarFormat"/>.
    /// </summary>
    public sealed class GattCharacteristic
    {
        internal GattCharacteristic(Guid uuid, ushort shortId, string userDescription, CharacteristicProperties properties, CharacteristicSecurity security, int maximumLength, ScalarFormat? format)
        {
            Uuid = uuid;
            ShortId = shortId;
            UserDescription = userDescription;
            Properties = properties;
            Security = security;
            MaximumLength = maximumLength;
            Format = format;
        }

        /// <summary>The full UUID.</summary>
        public Guid Uuid { get; }

        /// <summary>The 16-bit id: CydShunt's short id, or the SIG UUID for standard characteristics.</summary>
        public ushort ShortId { get; }

        /// <summary>Text of the Characteristic User Description (0x2901) descriptor.</summary>
        public string UserDescription { get; }

        /// <summary>GATT properties.</summary>
        public CharacteristicProperties Properties { get; }

        /// <summary>Security needed for writes (and, with "pairing required", for every access).</summary>
        public CharacteristicSecurity Security { get; }

        /// <summary>Length of the value in protocol version 1, in bytes (never more than 20).</summary>
        public int MaximumLength { get; }

        /// <summary>The scalar format, or <see langword="null"/> for structured values (no 0x2904 descriptor).</summary>
        public ScalarFormat? Format { get; }

        /// <summary>Whether the characteristic carries a Client Characteristic Configuration (0x2902) descriptor.</summary>
        public bool HasClientConfiguration
        {
            get { return (Properties & (CharacteristicProperties.Notify | CharacteristicProperties.Indicate)) != 0; }
        }
    }
}

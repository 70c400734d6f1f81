using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// A validated device name and its UTF-8 bytes (spec/advertising.md, "Device name"): 1–20 bytes of UTF-8, no control
    /// characters. Create it once when the setting changes; building advertising data from it allocates nothing.
    /// </summary>
    public sealed partial class DeviceName
    {
        /// <summary>Longest name in UTF-8 bytes (fits one ATT read at the default MTU).</summary>
        public const int MaximumLength = 20;

        /// <summary>Longest name bytes carried in the scan response; longer names are sent as a shortened local name.</summary>
        public const int MaximumAdvertisedLength = 11;

        /// <summary>The default name.</summary>
        public const string DefaultText = "CYD Smart Shunt";

        private static DeviceName? s_default;
        private readonly byte[] _utf8;
        private readonly byte[] _localNameStructure; // the AD structure the packets carry, built once: length, type, advertised bytes

        private DeviceName(string text, byte[] utf8)
        {
            Text = text;
            _utf8 = utf8;
            int advertised = utf8.Length;
            if (advertised > MaximumAdvertisedLength)
            {
                // Cut back to the start of a UTF-8 sequence so no character is split.
                advertised = MaximumAdvertisedLength;
                while (advertised > 0 && (utf8[advertised] & 0xC0) == 0x80)
                {
                    advertised--;
                }
            }

            AdvertisedLength = advertised;
            _localNameStructure = new byte[2 + advertised];
            _localNameStructure[0] = (byte)(1 + advertised);
            _localNameStructure[1] = IsShortenedInAdvertising ? AdType.ShortenedLocalName : AdType.CompleteLocalName;
            Bytes.Copy(utf8, 0, _localNameStructure, 2, advertised);
        }

        /// <summary>The default name, <see cref="DefaultText"/>.</summary>
        public static DeviceName Default
        {
            get
            {
                if (s_default == null)
                {
                    s_default = Create(DefaultText);
                }

                return s_default;
            }
        }

        /// <summary>The name as text.</summary>
        public string Text { get; }

        /// <summary>Length of the name in UTF-8 bytes.</summary>
        public int Length
        {
            get { return _utf8.Length; }
        }

        /// <summary>How many of the name's bytes go into the scan response.</summary>
        public int AdvertisedLength { get; }

        /// <summary>Whether the scan response carries a shortened local name (the name is longer than 11 bytes).</summary>
        public bool IsShortenedInAdvertising
        {
            get { return AdvertisedLength < _utf8.Length; }
        }

        /// <summary>Validates <paramref name="text"/> and creates a name.</summary>
        /// <param name="text">The name.</param>
        /// <param name="name">The name on success, else <see langword="null"/>.</param>
        /// <param name="error"><see cref="ProtocolError.NameEmpty"/>, <see cref="ProtocolError.NameTooLong"/> or <see cref="ProtocolError.NameInvalidCharacter"/> on failure.</param>
        /// <returns>Whether the text is a valid name.</returns>
        public static bool TryCreate(string text, out DeviceName? name, out ProtocolError error)
        {
            name = null;
            if (text == null || text.Length == 0)
            {
                error = ProtocolError.NameEmpty;
                return false;
            }

            int length = Utf8.GetByteCount(text);
            if (length < 0)
            {
                error = ProtocolError.NameInvalidCharacter;
                return false;
            }

            if (length > MaximumLength)
            {
                error = ProtocolError.NameTooLong;
                return false;
            }

            byte[] utf8 = new byte[length];
            Utf8.GetBytes(text, utf8, 0);
            name = new DeviceName(text, utf8);
            error = ProtocolError.None;
            return true;
        }

        /// <summary>
        /// Validates a name given as UTF-8 bytes and creates it. Same rules and error order as
        /// <see cref="TryCreate(string, out DeviceName?, out ProtocolError)"/>, decided on the bytes alone: this is the
        /// overload for names that arrive as bytes (stored settings, a keyboard), and the one to use on nanoFramework,
        /// whose strings cannot carry every valid name (a NUL ends them, characters outside the Basic Multilingual Plane
        /// do not index as UTF-16 surrogate pairs).
        /// </summary>
        /// <param name="utf8">The buffer.</param>
        /// <param name="offset">Where the name's bytes start.</param>
        /// <param name="count">How many bytes the name has.</param>
        /// <param name="name">The name on success, else <see langword="null"/>.</param>
        /// <param name="error"><see cref="ProtocolError.NameEmpty"/>, <see cref="ProtocolError.NameInvalidCharacter"/> or <see cref="ProtocolError.NameTooLong"/> on failure.</param>
        /// <returns>Whether the bytes are a valid name.</returns>
        public static bool TryCreate(byte[] utf8, int offset, int count, out DeviceName? name, out ProtocolError error)
        {
            Guard.Range(utf8, offset, count, "utf8");
            name = null;
            if (count == 0)
            {
                error = ProtocolError.NameEmpty;
                return false;
            }

            if (!Utf8.IsValidNameText(utf8, offset, count))
            {
                error = ProtocolError.NameInvalidCharacter;
                return false;
            }

            if (count > MaximumLength)
            {
                error = ProtocolError.NameTooLong;
                return false;
            }

            byte[] copy = new byte[count];
            Bytes.Copy(utf8, offset, copy, 0, count);
            name = new DeviceName(Utf8.GetString(copy, 0, count), copy);
            error = ProtocolError.None;
            return true;
        }

        /// <summary>Validates <paramref name="text"/> and creates a name, or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="text">The name.</param>
        /// <returns>The name.</returns>
        public static DeviceName Create(string text)
        {
            DeviceName? name;
            ProtocolError error;
            if (!TryCreate(text, out name, out error) || name == null)
            {
                throw new ProtocolException(error, "device name");
            }

            return name;
        }

        /// <summary>Copies the name's UTF-8 bytes.</summary>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write <see cref="Length"/> bytes.</param>
        /// <param name="bytesWritten"><see cref="Length"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public bool TryCopyTo(byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            return TryCopyToCore(new WireWriter(destination, offset, destination.Length - offset), out bytesWritten);
        }

        internal bool TryCopyToCore(WireWriter destination, out int bytesWritten)
        {
            if (destination.Length < _utf8.Length)
            {
                bytesWritten = 0;
                return false;
            }

            destination.CopyFrom(_utf8, 0, _utf8.Length, 0);
            bytesWritten = _utf8.Length;
            return true;
        }

        /// <summary>Size of the local-name AD structure the packets carry (2 + <see cref="AdvertisedLength"/>).</summary>
        internal int LocalNameStructureSize
        {
            get { return _localNameStructure.Length; }
        }

        /// <summary>Copies the local-name AD structure (length, shortened or complete name type, advertised bytes); the caller checked the room.</summary>
        [MethodImpl(Inlining.Aggressive)]
        internal void CopyLocalNameStructureTo(byte[] destination, int offset)
        {
            Bytes.Copy(_localNameStructure, 0, destination, offset, _localNameStructure.Length);
        }
    }
}

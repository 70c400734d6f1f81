using System;
using CydShunt.Firmware.Storage;
using CydShunt.Protocol;
using ProtocolDeviceName = CydShunt.Protocol.DeviceName;

namespace CydShunt.Firmware.Settings
{
    /// <summary>
    /// The Integration page: which outputs run and how the device presents itself over BLE. A plain editable object:
    /// the settings screen changes a copy (<see cref="Clone"/>), <see cref="Validate"/> says what is wrong, and only
    /// valid settings are serialized and stored.
    /// <para>
    /// Serialized layout, version 1 (little-endian, 6 + n bytes):
    /// <code>
    /// offset size field
    ///   0     1  version (1)
    ///   1     1  flags: bit 0 VE.Direct enabled, bit 1 BLE enabled, bit 2 pairing required; other bits 0
    ///   2     1  advertising format (<see cref="AdvertisingFormat"/>)
    ///   3     2  company id
    ///   5     1  device name length n (1..20)
    ///   6     n  device name, UTF-8
    /// </code>
    /// </para>
    /// </summary>
    public sealed partial class IntegrationSettings
    {
        /// <summary>The serialization version this firmware writes and reads.</summary>
        public const byte CurrentVersion = 1;

        /// <summary>Serialized length without the name.</summary>
        public const int FixedLength = 6;

        /// <summary>Longest serialized length (name of 20 bytes).</summary>
        public const int MaximumEncodedLength = FixedLength + ProtocolDeviceName.MaximumLength;

        /// <summary>Company id used when none is configured: 0xFFFF, reserved by the Bluetooth SIG for tests and unassigned devices.</summary>
        public const ushort DefaultCompanyId = 0xFFFF;

        private const int FlagVeDirect = 0x01;
        private const int FlagBle = 0x02;
        private const int FlagPairingRequired = 0x04;
        private const int DefinedFlags = FlagVeDirect | FlagBle | FlagPairingRequired;

        private const int VersionOffset = 0;
        private const int FlagsOffset = 1;
        private const int FormatOffset = 2;
        private const int CompanyIdOffset = 3;
        private const int NameLengthOffset = 5;
        private const int NameOffset = 6;

        private string _deviceName = string.Empty;

        // The name as validated from its UTF-8 bytes (stored settings). On nanoFramework a string cannot carry every valid
        // name (a NUL ends it, characters outside the Basic Multilingual Plane do not index as surrogate pairs), so a name
        // that arrived as bytes is never re-validated from its text; setting DeviceName drops it.
        private ProtocolDeviceName? _validatedName;

        /// <summary>Creates the defaults: VE.Direct and BLE on, name "CYD Smart Shunt", CydShunt advertising, company id 0xFFFF, no pairing required for telemetry.</summary>
        public IntegrationSettings()
        {
            VeDirectEnabled = true;
            BleEnabled = true;
            DeviceName = ProtocolDeviceName.DefaultText;
            AdvertisingFormat = AdvertisingFormat.CydShunt;
            CompanyId = DefaultCompanyId;
            PairingRequired = false;
        }

        /// <summary>Whether the VE.Direct text/HEX output on the serial port runs.</summary>
        public bool VeDirectEnabled { get; set; }

        /// <summary>Whether BLE (advertising and the GATT server) runs.</summary>
        public bool BleEnabled { get; set; }

        /// <summary>The BLE device name: 1–20 bytes of UTF-8, no control characters (rules of <see cref="ProtocolDeviceName"/>).</summary>
        public string DeviceName
        {
            get { return _deviceName; }
            set
            {
                _deviceName = value;
                _validatedName = null;
            }
        }

        /// <summary>Which frames are advertised.</summary>
        public AdvertisingFormat AdvertisingFormat { get; set; }

        /// <summary>Company identifier of the glance frame's manufacturer data (any value; 0xFFFF by default).</summary>
        public ushort CompanyId { get; set; }

        /// <summary>
        /// Whether every characteristic, telemetry included, requires an authenticated (paired) connection. When
        /// false only the control point does.
        /// </summary>
        public bool PairingRequired { get; set; }

        /// <summary>Returns an independent copy.</summary>
        /// <returns>The copy.</returns>
        public IntegrationSettings Clone()
        {
            IntegrationSettings copy = new IntegrationSettings();
            copy.VeDirectEnabled = VeDirectEnabled;
            copy.BleEnabled = BleEnabled;
            copy.DeviceName = DeviceName;
            copy._validatedName = _validatedName;
            copy.AdvertisingFormat = AdvertisingFormat;
            copy.CompanyId = CompanyId;
            copy.PairingRequired = PairingRequired;
            return copy;
        }

        /// <summary>Checks every value.</summary>
        /// <returns><see cref="IntegrationSettingsError.None"/> or the first problem found.</returns>
        public IntegrationSettingsError Validate()
        {
            return ValidateAndCreateName(out ProtocolDeviceName? _);
        }

        /// <summary>The validated device name for the BLE stack and the advertising builder.</summary>
        /// <returns>The name.</returns>
        /// <exception cref="InvalidOperationException">The name is invalid (call <see cref="Validate"/> first).</exception>
        public ProtocolDeviceName ToDeviceName()
        {
            ProtocolDeviceName? name;
            ProtocolError error;
            if (!TryGetName(out name, out error) || name == null)
            {
                throw new InvalidOperationException("device name is invalid: " + IntegrationSettingsErrorText.Describe(FromNameError(error)));
            }

            return name;
        }

        /// <summary>Serialized length of these settings (valid settings only).</summary>
        /// <returns>The length in bytes.</returns>
        public int GetEncodedLength()
        {
            return FixedLength + ToDeviceName().Length;
        }

        /// <summary>Serializes these settings (current version).</summary>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <returns>Bytes written.</returns>
        /// <exception cref="InvalidOperationException">The settings are invalid (<see cref="Validate"/> names the reason).</exception>
        /// <exception cref="ArgumentException">The destination is too small.</exception>
        public int WriteTo(byte[] destination, int offset)
        {
            if (destination == null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            if (offset < 0 || offset > destination.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }

            IntegrationSettingsError error = ValidateAndCreateName(out ProtocolDeviceName? name);
            if (error != IntegrationSettingsError.None || name == null)
            {
                throw new InvalidOperationException("integration settings are invalid: " + IntegrationSettingsErrorText.Describe(error));
            }

            int length = FixedLength + name.Length;
            if (destination.Length - offset < length)
            {
                throw new ArgumentException("destination too small for the integration settings", nameof(destination));
            }

            int flags = (VeDirectEnabled ? FlagVeDirect : 0) | (BleEnabled ? FlagBle : 0) | (PairingRequired ? FlagPairingRequired : 0);
            destination[offset + VersionOffset] = CurrentVersion;
            destination[offset + FlagsOffset] = (byte)flags;
            destination[offset + FormatOffset] = (byte)AdvertisingFormat;
            PayloadBytes.WriteInt16(destination, offset + CompanyIdOffset, CompanyId);
            destination[offset + NameLengthOffset] = (byte)name.Length;
            name.TryCopyTo(destination, offset + NameOffset, out _);
            return length;
        }

        /// <summary>Reads settings written by <see cref="WriteTo"/> and validates every field.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the settings start.</param>
        /// <param name="count">Their length; must match the layout exactly.</param>
        /// <param name="settings">The settings on success, else <see langword="null"/>.</param>
        /// <param name="error">Why they were rejected, else <see cref="IntegrationSettingsError.None"/>.</param>
        /// <returns>Whether the bytes hold valid settings.</returns>
        public static bool TryReadFrom(byte[] source, int offset, int count, out IntegrationSettings? settings, out IntegrationSettingsError error)
        {
            settings = null;
            if (source == null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (offset < 0 || count < 0 || offset > source.Length || count > source.Length - offset)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (count < 1)
            {
                error = IntegrationSettingsError.WrongLength;
                return false;
            }

            if (source[offset + VersionOffset] != CurrentVersion)
            {
                error = IntegrationSettingsError.UnknownVersion;
                return false;
            }

            if (count < FixedLength || count != FixedLength + source[offset + NameLengthOffset])
            {
                error = IntegrationSettingsError.WrongLength;
                return false;
            }

            int flags = source[offset + FlagsOffset];
            if ((flags & ~DefinedFlags) != 0)
            {
                error = IntegrationSettingsError.UndefinedFlags;
                return false;
            }

            int nameLength = source[offset + NameLengthOffset];
            ProtocolDeviceName? name;
            ProtocolError nameError;
            if (!ProtocolDeviceName.TryCreate(source, offset + NameOffset, nameLength, out name, out nameError) || name == null)
            {
                error = FromNameError(nameError);
                return false;
            }

            IntegrationSettings read = new IntegrationSettings();
            read.VeDirectEnabled = (flags & FlagVeDirect) != 0;
            read.BleEnabled = (flags & FlagBle) != 0;
            read.PairingRequired = (flags & FlagPairingRequired) != 0;
            read.AdvertisingFormat = (AdvertisingFormat)source[offset + FormatOffset];
            read.CompanyId = (ushort)PayloadBytes.ReadUInt16(source, offset + CompanyIdOffset);
            read.DeviceName = name.Text;
            read._validatedName = name;
            error = read.ValidateAndCreateName(out ProtocolDeviceName? _);

            if (error != IntegrationSettingsError.None)
            {
                return false;
            }

            settings = read;
            return true;
        }

        private IntegrationSettingsError ValidateAndCreateName(out ProtocolDeviceName? name)
        {
            ProtocolError nameError;
            if (!TryGetName(out name, out nameError))
            {
                return FromNameError(nameError);
            }

            if (AdvertisingFormat != AdvertisingFormat.CydShunt && AdvertisingFormat != AdvertisingFormat.BTHome)
            {
                return IntegrationSettingsError.UnknownAdvertisingFormat;
            }

            return IntegrationSettingsError.None;
        }

        // The name validated from stored bytes when there is one, else validated from DeviceName's text.
        private bool TryGetName(out ProtocolDeviceName? name, out ProtocolError error)
        {
            name = _validatedName;
            if (name != null)
            {
                error = ProtocolError.None;
                return true;
            }

            return ProtocolDeviceName.TryCreate(DeviceName, out name, out error);
        }

        private static IntegrationSettingsError FromNameError(ProtocolError error)
        {
            switch (error)
            {
                case ProtocolError.NameEmpty:
                    return IntegrationSettingsError.DeviceNameEmpty;
                case ProtocolError.NameTooLong:
                    return IntegrationSettingsError.DeviceNameTooLong;
                default:
                    return IntegrationSettingsError.DeviceNameInvalidCharacter;
            }
        }
    }
}

using System;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Bluetooth SIG assigned numbers used by the protocol (Assigned Numbers document, sections 2.x and 3.x).
    /// </summary>
    public static class BluetoothSig
    {
        /// <summary>Battery Service.</summary>
        public const ushort BatteryService = 0x180F;

        /// <summary>Battery Level characteristic (uint8, percent).</summary>
        public const ushort BatteryLevel = 0x2A19;

        /// <summary>The Battery Service's full UUID (0000180F-0000-1000-8000-00805F9B34FB).</summary>
        public static Guid BatteryServiceUuid { get { return ToGuid(BatteryService); } }

        /// <summary>The Battery Level characteristic's full UUID (00002A19-0000-1000-8000-00805F9B34FB); the same as <see cref="CydShuntGatt.BatteryLevel"/>'s <c>Uuid</c>.</summary>
        public static Guid BatteryLevelUuid { get { return ToGuid(BatteryLevel); } }

        /// <summary>GAP Device Name characteristic.</summary>
        public const ushort DeviceName = 0x2A00;

        /// <summary>Characteristic User Description descriptor.</summary>
        public const ushort UserDescriptionDescriptor = 0x2901;

        /// <summary>Client Characteristic Configuration descriptor (CCCD).</summary>
        public const ushort ClientCharacteristicConfigurationDescriptor = 0x2902;

        /// <summary>Characteristic Presentation Format descriptor.</summary>
        public const ushort PresentationFormatDescriptor = 0x2904;

        /// <summary>BTHome's 16-bit service UUID, used as the service-data UUID of BTHome advertisements.</summary>
        public const ushort BTHomeServiceData = 0xFCD2;

        /// <summary>Company identifier reserved by the SIG for tests and for devices without an assigned identifier.</summary>
        public const ushort TestCompanyId = 0xFFFF;

        /// <summary>Unit: unitless.</summary>
        public const ushort UnitUnitless = 0x2700;

        /// <summary>Unit: ampere.</summary>
        public const ushort UnitAmpere = 0x2704;

        /// <summary>Unit: watt.</summary>
        public const ushort UnitWatt = 0x2726;

        /// <summary>Unit: volt.</summary>
        public const ushort UnitVolt = 0x2728;

        /// <summary>Unit: degree Celsius.</summary>
        public const ushort UnitDegreeCelsius = 0x272F;

        /// <summary>Unit: minute.</summary>
        public const ushort UnitMinute = 0x2760;

        /// <summary>Unit: percentage.</summary>
        public const ushort UnitPercentage = 0x27AD;

        /// <summary>Unit: kilowatt hour.</summary>
        public const ushort UnitKilowattHour = 0x27AB;

        /// <summary>Unit: ampere hours.</summary>
        public const ushort UnitAmpereHours = 0x27B0;

        /// <summary>ATT error: the link is not authenticated (no MITM-protected pairing).</summary>
        public const byte AttInsufficientAuthentication = 0x05;

        /// <summary>ATT error: the link is not encrypted.</summary>
        public const byte AttInsufficientEncryption = 0x0F;

        /// <summary>ATT error (common profile): the client has not enabled indications/notifications the operation needs.</summary>
        public const byte AttCccdImproperlyConfigured = 0xFD;

        /// <summary>Returns the 128-bit form of a SIG 16-bit UUID: 0000xxxx-0000-1000-8000-00805F9B34FB.</summary>
        /// <param name="shortUuid">The 16-bit UUID.</param>
        /// <returns>The full UUID.</returns>
        public static Guid ToGuid(ushort shortUuid)
        {
            return new Guid(shortUuid, 0x0000, 0x1000, 0x80, 0x00, 0x00, 0x80, 0x5F, 0x9B, 0x34, 0xFB);
        }
    }
}

using System;
using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Describes the GATT table of spec/gatt.md as a <see cref="BleGattTable"/>: the CydShunt telemetry service (characteristics in
    /// table order, indices 0–12) and the Battery Service with Battery Level (index 13). GAP and GATT services are the
    /// stack's own; nanoFramework also adds a Device Information service (0x180A) by itself.
    /// </summary>
    public static class CydShuntGattTable
    {
        /// <summary>Index of the CydShunt telemetry service.</summary>
        public const int TelemetryServiceIndex = 0;

        /// <summary>Index of the Battery Service (0x180F).</summary>
        public const int BatteryServiceIndex = 1;

        /// <summary>Voltage 0x0101.</summary>
        public const int Voltage = 0;

        /// <summary>Current 0x0102.</summary>
        public const int Current = 1;

        /// <summary>Power 0x0103.</summary>
        public const int Power = 2;

        /// <summary>Consumed charge 0x0104.</summary>
        public const int ConsumedCharge = 3;

        /// <summary>Energy charged 0x0105.</summary>
        public const int EnergyCharged = 4;

        /// <summary>Energy discharged 0x0106.</summary>
        public const int EnergyDischarged = 5;

        /// <summary>State of charge 0x0107.</summary>
        public const int StateOfCharge = 6;

        /// <summary>Temperature 0x0108.</summary>
        public const int Temperature = 7;

        /// <summary>Time to go 0x0109.</summary>
        public const int TimeToGo = 8;

        /// <summary>Alarms 0x010A.</summary>
        public const int Alarms = 9;

        /// <summary>Live snapshot 0x010B.</summary>
        public const int LiveSnapshot = 10;

        /// <summary>Device info 0x010C.</summary>
        public const int DeviceInfo = 11;

        /// <summary>Control point 0x010D.</summary>
        public const int ControlPoint = 12;

        /// <summary>Battery Level 0x2A19 in the Battery Service.</summary>
        public const int BatteryLevel = 13;

        /// <summary>Number of characteristics the table creates.</summary>
        public const int CharacteristicCount = 14;

        /// <summary>The protocol definition of a characteristic of this table.</summary>
        /// <param name="index">0 to <see cref="CharacteristicCount"/> − 1.</param>
        /// <returns>The definition from <see cref="CydShuntGatt"/>.</returns>
        public static GattCharacteristic GetProtocolCharacteristic(int index)
        {
            if (index == BatteryLevel)
            {
                return CydShuntGatt.BatteryLevel;
            }

            return CydShuntGatt.GetTelemetryCharacteristic(index);
        }

        /// <summary>Builds the table.</summary>
        /// <param name="pairingRequiredForAll">
        /// The "pairing required" setting: every value of both services then needs an authenticated LE Secure
        /// Connections link. The control point's value write needs one in any case.
        /// </param>
        /// <returns>A new table.</returns>
        public static BleGattTable Build(bool pairingRequiredForAll)
        {
            BleProtectionLevel telemetry = pairingRequiredForAll ? BleProtectionLevel.EncryptionAndAuthenticationRequired : BleProtectionLevel.Plain;
            BleCharacteristicDefinition[] characteristics = new BleCharacteristicDefinition[CharacteristicCount];
            for (int i = 0; i < CharacteristicCount; i++)
            {
                GattCharacteristic c = GetProtocolCharacteristic(i);
                bool battery = i == BatteryLevel;
                BleProtectionLevel write = c.Security == CharacteristicSecurity.AuthenticatedEncryption
                    ? BleProtectionLevel.EncryptionAndAuthenticationRequired
                    : telemetry;

                // The SIG Battery Level carries no 0x2901/0x2904 descriptors (spec/gatt.md, "Battery Service").
                byte[]? format = null;
                if (!battery && c.Format != null)
                {
                    format = new byte[ScalarFormat.PresentationFormatSize];
                    c.Format.TryWritePresentationFormat(format, 0, out _);
                }

                characteristics[i] = new BleCharacteristicDefinition(
                    battery ? BatteryServiceIndex : TelemetryServiceIndex,
                    c.Uuid,
                    c.Properties,
                    telemetry,
                    write,
                    battery ? null : c.UserDescription,
                    format,
                    c.MaximumLength);
            }

            Guid[] services = new Guid[] { CydShuntUuids.Service, BluetoothSig.ToGuid(BluetoothSig.BatteryService) };
            return new BleGattTable(services, characteristics);
        }
    }
}

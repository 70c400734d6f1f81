using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// The GATT table of protocol version 1 (spec/gatt.md): the CydShunt telemetry service's characteristics and the
    /// standard Battery Level that mirrors the state of charge.
    /// </summary>
    public static class CydShuntGatt
    {
        /// <summary>Protocol version implemented by this library.</summary>
        public const byte ProtocolVersion = 1;

        /// <summary>Largest value of any characteristic: fits the default ATT MTU of 23 (20-byte notifications).</summary>
        public const int MaximumValueLength = 20;

        private const CharacteristicProperties ReadNotify = CharacteristicProperties.Read | CharacteristicProperties.Notify;

        /// <summary>Battery voltage: uint32, mV.</summary>
        public static readonly GattCharacteristic Voltage = Scalar(0x0101, "Battery voltage", ScalarWireType.UInt32, 0, WireLimits.Int32Max, -3, BluetoothSig.UnitVolt);

        /// <summary>Battery current: sint32, mA, positive while charging.</summary>
        public static readonly GattCharacteristic Current = Scalar(0x0102, "Battery current", ScalarWireType.Int32, WireLimits.Int32Min, WireLimits.Int32Max, -3, BluetoothSig.UnitAmpere);

        /// <summary>Battery power: sint32, mW, positive while charging.</summary>
        public static readonly GattCharacteristic Power = Scalar(0x0103, "Battery power", ScalarWireType.Int32, WireLimits.Int32Min, WireLimits.Int32Max, -3, BluetoothSig.UnitWatt);

        /// <summary>Consumed charge: sint32, mAh, not available while not synchronised.</summary>
        public static readonly GattCharacteristic ConsumedCharge = Scalar(0x0104, "Consumed charge", ScalarWireType.Int32, WireLimits.Int32Min, WireLimits.Int32Max, -3, BluetoothSig.UnitAmpereHours);

        /// <summary>Energy charged into the battery: uint32, Wh, monotonic.</summary>
        public static readonly GattCharacteristic EnergyCharged = Scalar(0x0105, "Energy charged", ScalarWireType.UInt32, 0, WireLimits.Int32Max, -3, BluetoothSig.UnitKilowattHour);

        /// <summary>Energy discharged from the battery: uint32, Wh, monotonic.</summary>
        public static readonly GattCharacteristic EnergyDischarged = Scalar(0x0106, "Energy discharged", ScalarWireType.UInt32, 0, WireLimits.Int32Max, -3, BluetoothSig.UnitKilowattHour);

        /// <summary>State of charge: uint16, 0.01 %, 0–10000.</summary>
        public static readonly GattCharacteristic StateOfCharge = Scalar(0x0107, "State of charge", ScalarWireType.UInt16, 0, WireLimits.StateOfChargeMax, -2, BluetoothSig.UnitPercentage);

        /// <summary>Battery temperature: sint16, 0.01 °C.</summary>
        public static readonly GattCharacteristic Temperature = Scalar(0x0108, "Battery temperature", ScalarWireType.Int16, WireLimits.Int16Min, WireLimits.Int16Max, -2, BluetoothSig.UnitDegreeCelsius);

        /// <summary>Time to go: uint16, minutes.</summary>
        public static readonly GattCharacteristic TimeToGo = Scalar(0x0109, "Time to go", ScalarWireType.UInt16, 0, WireLimits.UInt16Max, 0, BluetoothSig.UnitMinute);

        /// <summary>Status and active alarms (3 bytes, <see cref="AlarmStatusCodec"/>).</summary>
        public static readonly GattCharacteristic Alarms = Structured(0x010A, "Alarms", ReadNotify, CharacteristicSecurity.Open, AlarmStatusCodec.Size);

        /// <summary>Live snapshot (20 bytes, <see cref="LiveSnapshotCodec"/>): one notification carries a whole update.</summary>
        public static readonly GattCharacteristic LiveSnapshot = Structured(0x010B, "Live snapshot", ReadNotify, CharacteristicSecurity.Open, LiveSnapshotCodec.Size);

        /// <summary>Device information (9 bytes, <see cref="DeviceInfoCodec"/>).</summary>
        public static readonly GattCharacteristic DeviceInfo = Structured(0x010C, "Device info", CharacteristicProperties.Read, CharacteristicSecurity.Open, DeviceInfoCodec.Size);

        /// <summary>Control point: write with response, results indicated (<see cref="ControlPointRequestCodec"/>).</summary>
        public static readonly GattCharacteristic ControlPoint = Structured(
            0x010D,
            "Control point",
            CharacteristicProperties.Write | CharacteristicProperties.Indicate,
            CharacteristicSecurity.AuthenticatedEncryption,
            ControlPointRequestCodec.MaximumSize);

        /// <summary>The SIG Battery Level (0x2A19) in the Battery Service (0x180F): uint8 percent, mirrors the state of charge.</summary>
        public static readonly GattCharacteristic BatteryLevel = new GattCharacteristic(
            BluetoothSig.ToGuid(BluetoothSig.BatteryLevel),
            BluetoothSig.BatteryLevel,
            "Battery level",
            ReadNotify,
            CharacteristicSecurity.Open,
            1,
            ScalarFormat.Create(ScalarWireType.UInt8, 0, 100, false, 0, BluetoothSig.UnitPercentage));

        private static readonly GattCharacteristic[] s_telemetryService = new GattCharacteristic[]
        {
            Voltage, Current, Power, ConsumedCharge, EnergyCharged, EnergyDischarged, StateOfCharge, Temperature,
            TimeToGo, Alarms, LiveSnapshot, DeviceInfo, ControlPoint,
        };

        /// <summary>Number of characteristics in the CydShunt telemetry service.</summary>
        public static int TelemetryCharacteristicCount
        {
            get { return s_telemetryService.Length; }
        }

        /// <summary>Returns the telemetry service's characteristics in table order.</summary>
        /// <param name="index">0 to <see cref="TelemetryCharacteristicCount"/> − 1.</param>
        /// <returns>The characteristic.</returns>
        public static GattCharacteristic GetTelemetryCharacteristic(int index)
        {
            return s_telemetryService[index];
        }

        private static GattCharacteristic Scalar(ushort shortId, string description, ScalarWireType wireType, int minimum, int maximum, sbyte exponent, ushort unit)
        {
            ScalarFormat format = ScalarFormat.Create(wireType, minimum, maximum, true, exponent, unit);
            return new GattCharacteristic(CydShuntUuids.FromShortId(shortId), shortId, description, ReadNotify, CharacteristicSecurity.Open, format.Size, format);
        }

        private static GattCharacteristic Structured(ushort shortId, string description, CharacteristicProperties properties, CharacteristicSecurity security, int length)
        {
            return new GattCharacteristic(CydShuntUuids.FromShortId(shortId), shortId, description, properties, security, length, null);
        }
    }
}

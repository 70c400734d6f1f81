using System;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Keeps the encoded value of every characteristic of <see cref="CydShuntGattTable"/>, prepared when new data arrives so that
    /// reads and notifications only copy bytes. One preallocated array per characteristic; nothing allocates after
    /// construction.
    /// </summary>
    internal sealed class TelemetryValues
    {
        private const int FullBatteryPercent = 100;

        private readonly byte[][] _values;
        private readonly int[] _lengths;
        private int _lastKnownStateOfCharge = Measurement.NotAvailable; // no SOC known since boot yet (spec/gatt.md, Battery Service)

        public TelemetryValues()
        {
            _values = new byte[CydShuntGattTable.CharacteristicCount][];
            _lengths = new int[CydShuntGattTable.CharacteristicCount];
            for (int i = 0; i < _values.Length; i++)
            {
                _values[i] = new byte[CydShuntGatt.MaximumValueLength];
            }

            LiveSnapshot unavailable = LiveSnapshot.Unavailable;
            Update(ref unavailable, AlarmFlags.None, Measurement.NotAvailable, Measurement.NotAvailable);
            SetDeviceInfo(new DeviceInfo(CydShuntGatt.ProtocolVersion, 0, 0, 0, SensorType.Unknown, DeviceFeatures.None, Measurement.NotAvailable, 0));
        }

        /// <summary>The prepared bytes of a characteristic (valid up to <see cref="GetLength"/>).</summary>
        public byte[] GetValue(int index)
        {
            return _values[index];
        }

        /// <summary>
        /// The length of a characteristic's prepared value; 0 for the control point, which has no readable value, and for
        /// Battery Level before any SOC was known.
        /// </summary>
        public int GetLength(int index)
        {
            return _lengths[index];
        }

        /// <summary>Copies a prepared value; returns its length.</summary>
        public int CopyTo(int index, byte[] destination)
        {
            int length = _lengths[index];
            Array.Copy(_values[index], 0, destination, 0, length);
            return length;
        }

        /// <summary>Encodes a new measurement into every telemetry characteristic and the Battery Level (by ref: on nanoFramework a struct copy is an allocation).</summary>
        public void Update(ref LiveSnapshot snapshot, AlarmFlags alarms, int energyChargedWattHours, int energyDischargedWattHours)
        {
            EncodeScalar(CydShuntGattTable.Voltage, snapshot.VoltageMillivolts);
            EncodeScalar(CydShuntGattTable.Current, snapshot.CurrentMilliamps);
            EncodeScalar(CydShuntGattTable.Power, snapshot.PowerMilliwatts);
            EncodeScalar(CydShuntGattTable.ConsumedCharge, snapshot.ConsumedMilliampHours);
            EncodeScalar(CydShuntGattTable.EnergyCharged, energyChargedWattHours);
            EncodeScalar(CydShuntGattTable.EnergyDischarged, energyDischargedWattHours);
            EncodeScalar(CydShuntGattTable.StateOfCharge, snapshot.StateOfChargeCentipercent);
            EncodeScalar(CydShuntGattTable.Temperature, snapshot.TemperatureCentidegrees);
            EncodeScalar(CydShuntGattTable.TimeToGo, snapshot.TimeToGoMinutes);

            ProtocolError error;
            AlarmStatusCodec.TryEncode(new AlarmStatus(snapshot.Status, alarms), _values[CydShuntGattTable.Alarms], 0, out _lengths[CydShuntGattTable.Alarms], out error);
            LiveSnapshotCodec.TryEncode(snapshot, _values[CydShuntGattTable.LiveSnapshot], 0, out _lengths[CydShuntGattTable.LiveSnapshot], out error);

            // Battery Level has no "not available": while not synchronised it repeats the last known SOC, and before any
            // SOC was known it has no value at all (length 0: reads fail, nothing is notified) rather than a made-up one.
            if (Measurement.IsAvailable(snapshot.StateOfChargeCentipercent))
            {
                _lastKnownStateOfCharge = snapshot.StateOfChargeCentipercent;
            }

            if (Measurement.IsAvailable(_lastKnownStateOfCharge))
            {
                EncodeScalar(CydShuntGattTable.BatteryLevel, BatteryLevelPercent(_lastKnownStateOfCharge));
            }
            else
            {
                _lengths[CydShuntGattTable.BatteryLevel] = 0;
            }
        }

        /// <summary>Whether a readable characteristic has a value to send (Battery Level has none before the first known SOC).</summary>
        public bool HasValue(int index)
        {
            return _lengths[index] > 0;
        }

        /// <summary>Encodes the device-info value.</summary>
        public void SetDeviceInfo(DeviceInfo info)
        {
            DeviceInfoCodec.TryEncode(info, _values[CydShuntGattTable.DeviceInfo], 0, out _lengths[CydShuntGattTable.DeviceInfo], out _);
        }

        /// <summary>q(SOC, 100): 0.01 % rounded half up to whole percent, clamped to 0..100 (same rule as BTHome).</summary>
        internal static int BatteryLevelPercent(int stateOfChargeCentipercent)
        {
            if (stateOfChargeCentipercent <= 0)
            {
                return 0;
            }

            long percent = ((long)stateOfChargeCentipercent + 50) / 100;
            return percent > FullBatteryPercent ? FullBatteryPercent : (int)percent;
        }

        private void EncodeScalar(int index, int value)
        {
            ScalarFormat? format = CydShuntGattTable.GetProtocolCharacteristic(index).Format;
            if (format == null)
            {
                throw new InvalidOperationException("Not a scalar characteristic.");
            }

            format.TryEncode(value, _values[index], 0, out _lengths[index], out _);
        }
    }
}

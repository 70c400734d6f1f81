using System;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Keeps the AD structures the peripheral should advertise up to date and decides when the advertised ones are stale
    /// enough for a restart (spec/advertising.md, Ble/README.md "Advertising refresh"). Not thread-safe: see the locking
    /// rule in <see cref="BleTelemetryService"/>.
    /// </summary>
    internal sealed class AdvertisingRefresh
    {
        // Spec: the advertising packet and scan response each carry at most 31 bytes.
        private const int AdvertisingCapacity = 2 * AdvertisingBuilder.LegacyMaximumLength;

        private readonly byte[] _desiredAdvertising = new byte[AdvertisingCapacity];
        private readonly byte[] _advertised = new byte[AdvertisingCapacity];
        private DeviceName _name = DeviceName.Default;
        private AdvertisingFormat _format = AdvertisingFormat.CydShunt;
        private ushort _companyId = BluetoothSig.TestCompanyId;
        private LiveSnapshot _snapshot = LiveSnapshot.Unavailable;
        private int _energyChargedWattHours = Measurement.NotAvailable;
        private int _energyDischargedWattHours = Measurement.NotAvailable;
        private int _refreshIntervalMilliseconds = BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds;

        // BTHome format: the measurement frame and the energy frame take turns, one per advertising start (spec/bthome.md,
        // "Two frames"); this is the one the next start sends.
        private BTHomeFrameKind _nextBTHomeFrame = BTHomeFrameKind.Measurements;

        private int _desiredAdvertisingLength;
        private int _advertisedLength;
        private DeviceName? _advertisedName;
        private long _lastStartAt;

        /// <summary>Creates the content for the default name and format, with nothing measured yet.</summary>
        public AdvertisingRefresh()
        {
            Rebuild();
        }

        /// <summary>The configured device name (GAP name and advertised name).</summary>
        public DeviceName Name
        {
            get { return _name; }
        }

        /// <summary>The configured advertising format.</summary>
        public AdvertisingFormat Format
        {
            get { return _format; }
        }

        /// <summary>Shortest time between two refreshes, ms (validated by the service).</summary>
        public int RefreshIntervalMilliseconds
        {
            get { return _refreshIntervalMilliseconds; }
            set { _refreshIntervalMilliseconds = value; }
        }

        /// <summary>The AD structures of the last start (valid after <see cref="TakeForStart"/>).</summary>
        public byte[] Advertised
        {
            get { return _advertised; }
        }

        /// <summary>How many bytes of <see cref="Advertised"/> are used.</summary>
        public int AdvertisedLength
        {
            get { return _advertisedLength; }
        }

        /// <summary>Applies the advertising settings.</summary>
        /// <param name="name">Device name.</param>
        /// <param name="format">Advertising format.</param>
        /// <param name="companyId">Company id of the glance frame.</param>
        public void Configure(DeviceName name, AdvertisingFormat format, ushort companyId)
        {
            _name = name;
            _format = format;
            _companyId = companyId;
            Rebuild();
        }

        /// <summary>Takes a new measurement into the next advertising (by ref: on nanoFramework a struct copy is an allocation).</summary>
        /// <param name="snapshot">The snapshot.</param>
        /// <param name="energyChargedWattHours">Energy charged, Wh.</param>
        /// <param name="energyDischargedWattHours">Energy discharged, Wh.</param>
        public void Update(ref LiveSnapshot snapshot, int energyChargedWattHours, int energyDischargedWattHours)
        {
            _snapshot = snapshot;
            _energyChargedWattHours = energyChargedWattHours;
            _energyDischargedWattHours = energyDischargedWattHours;
            Rebuild();
        }

        /// <summary>Whether a restart to refresh the advertising is due (only asked while no central is connected).</summary>
        /// <param name="now">Milliseconds since boot.</param>
        /// <returns>The refresh interval has passed since the last start and the advertised bytes or name changed.</returns>
        public bool IsRefreshDue(long now)
        {
            return now - _lastStartAt >= _refreshIntervalMilliseconds && HasChanged();
        }

        /// <summary>The peripheral starts now: what it should advertise becomes <see cref="Advertised"/>.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void TakeForStart(long now)
        {
            Array.Copy(_desiredAdvertising, 0, _advertised, 0, _desiredAdvertisingLength);
            _advertisedLength = _desiredAdvertisingLength;
            _advertisedName = _name;
            _lastStartAt = now;

            // The other BTHome frame goes out with the next refresh; an energy frame that cannot be built (a total
            // not available) leaves the measurement frame, so the content and the refresh rate stay as they were.
            if (_format == AdvertisingFormat.BTHome)
            {
                _nextBTHomeFrame = _nextBTHomeFrame == BTHomeFrameKind.Measurements ? BTHomeFrameKind.Energy : BTHomeFrameKind.Measurements;
                Rebuild();
            }
        }

        private bool HasChanged()
        {
            if (_advertisedName == null || _advertisedName.Text != _name.Text || _advertisedLength != _desiredAdvertisingLength)
            {
                return true;
            }

            for (int i = 0; i < _advertisedLength; i++)
            {
                if (_advertised[i] != _desiredAdvertising[i])
                {
                    return true;
                }
            }

            return false;
        }

        private void Rebuild()
        {
            // The spec's ordered AD-structure list; the stack's first-fit layout turns it into exactly the spec's
            // advertising packet and scan response (see IBlePeripheral.Start and Ble/README.md).
            AdvertisingBuilder.TryBuildStructures(_format, _companyId, _snapshot, _nextBTHomeFrame, _energyChargedWattHours, _energyDischargedWattHours, _name, _desiredAdvertising, 0, out _desiredAdvertisingLength);
        }
    }
}

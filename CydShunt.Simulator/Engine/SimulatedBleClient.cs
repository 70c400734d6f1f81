using System;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;

namespace CydShunt.Simulator;

/// <summary>
/// A phone app next to the shunt, using only what goes over the air and CydShunt.Protocol to read it: it scans and
/// parses the advertising data and scan response, connects, subscribes to the live snapshot and decodes every
/// notification. By default it behaves like an app that is opened now and then: connected for 50 s, then away for
/// 10 s, during which it sees fresh advertisements (the peripheral only advertises while nobody is connected).
/// </summary>
internal sealed class SimulatedBleClient
{
    private const long ConnectedMilliseconds = 50_000;
    private const long ScanningMilliseconds = 10_000;

    private readonly HostBlePeripheral _peripheral;
    private readonly bool _stayConnected;
    private HostBleCentral? _central;
    private long _phaseStartedAt;
    private byte[]? _seenAdvertising;

    /// <summary>A client of <paramref name="peripheral"/>.</summary>
    public SimulatedBleClient(HostBlePeripheral peripheral, bool stayConnected)
    {
        _peripheral = peripheral ?? throw new ArgumentNullException(nameof(peripheral));
        _stayConnected = stayConnected;
    }

    /// <summary>Whether the client is connected now.</summary>
    public bool IsConnected => _central is { IsConnected: true };

    /// <summary>The last decoded live snapshot; valid when <see cref="NotificationCount"/> &gt; 0.</summary>
    public LiveSnapshot Snapshot { get; private set; }

    /// <summary>Bytes of the last live-snapshot notification.</summary>
    public byte[] LastNotification { get; private set; } = [];

    /// <summary>When the last notification arrived, ms since boot (−1: none yet).</summary>
    public long LastNotificationAt { get; private set; } = -1;

    /// <summary>Live-snapshot notifications received.</summary>
    public int NotificationCount { get; private set; }

    /// <summary>Notifications that did not decode (always 0 for a correct firmware).</summary>
    public int NotificationErrors { get; private set; }

    /// <summary>Connections made.</summary>
    public int Connections { get; private set; }

    /// <summary>The last advertising packet seen.</summary>
    public byte[] AdvertisingData { get; private set; } = [];

    /// <summary>The last scan response seen.</summary>
    public byte[] ScanResponse { get; private set; } = [];

    /// <summary>The last scan record (advertising data + scan response) as parsed; valid when <see cref="ScanCount"/> &gt; 0.</summary>
    public ScanRecord Scan { get; private set; }

    /// <summary>The advertised local name.</summary>
    public string? LocalName { get; private set; }

    /// <summary>When the last new advertisement was seen, ms since boot (−1: none yet).</summary>
    public long LastScanAt { get; private set; } = -1;

    /// <summary>Distinct advertisements seen.</summary>
    public int ScanCount { get; private set; }

    /// <summary>Scan records that did not parse (always 0 for a correct firmware).</summary>
    public int ScanErrors { get; private set; }

    /// <summary>The result of the last subscription attempt (0 = success), for the dashboard.</summary>
    public byte LastAttError { get; private set; }

    /// <summary>Runs the client after the firmware's tick at <paramref name="now"/> (ms since boot).</summary>
    public void Tick(long now)
    {
        if (_central != null && !_central.IsConnected)
        {
            // The peripheral dropped the link (restart, idle timeout): back to scanning.
            _central = null;
            _phaseStartedAt = now;
        }

        if (_central == null)
        {
            ScanIfAdvertising(now);
            if (now - _phaseStartedAt >= ScanningMilliseconds || (_stayConnected && ScanCount > 0))
            {
                TryConnect(now);
            }
        }
        else
        {
            ReadNotifications();
            if (!_stayConnected && now - _phaseStartedAt >= ConnectedMilliseconds)
            {
                _central.Disconnect();
                _central = null;
                _phaseStartedAt = now;
            }
        }
    }

    private void ScanIfAdvertising(long now)
    {
        if (!_peripheral.IsAdvertising || ReferenceEquals(_peripheral.AdvertisingPacket, _seenAdvertising))
        {
            return;
        }

        // Every (re)start lays the advertising data out anew: one scan result per advertisement.
        _seenAdvertising = _peripheral.AdvertisingPacket;
        AdvertisingData = (byte[])_peripheral.AdvertisingPacket.Clone();
        ScanResponse = (byte[])_peripheral.ScanResponse.Clone();
        byte[] record = new byte[AdvertisingData.Length + ScanResponse.Length];
        AdvertisingData.CopyTo(record, 0);
        ScanResponse.CopyTo(record, AdvertisingData.Length);
        if (ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord scan, out _))
        {
            Scan = scan;
            LocalName = scan.GetLocalName();
            ScanCount++;
            LastScanAt = now;
        }
        else
        {
            ScanErrors++;
        }
    }

    private void TryConnect(long now)
    {
        var central = new HostBleCentral(_peripheral);
        if (!_peripheral.TryConnect(central))
        {
            return;
        }

        _central = central;
        _phaseStartedAt = now;
        Connections++;
        AttResult result = central.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        LastAttError = result.Error;
    }

    private void ReadNotifications()
    {
        NotificationLog log = _central!.Notifications;
        if (log.TotalCount == 0)
        {
            return;
        }

        foreach (ReceivedValue received in log.Entries)
        {
            if (received.CharacteristicIndex != CydShuntGattTable.LiveSnapshot)
            {
                continue;
            }

            LastNotification = received.Value;
            LastNotificationAt = received.Time;
            NotificationCount++;
            if (LiveSnapshotCodec.TryDecode(received.Value, 0, received.Value.Length, out LiveSnapshot snapshot, out _))
            {
                Snapshot = snapshot;
            }
            else
            {
                NotificationErrors++;
            }
        }

        log.Clear();
    }
}

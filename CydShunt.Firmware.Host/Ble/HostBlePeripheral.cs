using System;
using System.Collections.Generic;
using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Host.Ble;

/// <summary>
/// Host implementation of <see cref="IBlePeripheral"/> that keeps the rules of nanoFramework.Device.Bluetooth 1.1.x on
/// NimBLE, so service tests run against the real constraints:
/// <list type="bullet">
/// <item>requests reach the application only through the handler; the stack checks properties and protection levels
/// first and answers 0x02/0x03/0x05/0x0F itself; CCCD writes are never protected (NimBLE);</item>
/// <item>one central at a time: the stack advertises only while nobody is connected and resumes, with the same data,
/// after a disconnect;</item>
/// <item>advertising data is fixed from <see cref="Start"/> to <see cref="Stop"/>; AD structures are laid out first-fit
/// into the 31-byte advertising packet, the rest into the scan response, manufacturer data (0xFF) after all others
/// (nanoFramework's BluetoothLEAdvertisement.CreateLegacyAdvertisements and MergeManufacturerArray);</item>
/// <item><see cref="Stop"/> tears the GATT server down and drops the central; it may complete later
/// (<see cref="StopCompletesImmediately"/>);</item>
/// <item><see cref="BuildGattTable"/> consumes characteristic ids from a counter that never resets; beyond 255 the real
/// library misroutes events, so this implementation refuses;</item>
/// <item>at most one indication in flight per central;</item>
/// <item>the bond store (NimBLE's ble_store): a central that pairs is remembered; <see cref="ClearBonds"/> forgets every
/// bond, only while the stack runs (nanoFramework's DeviceBonding), and a central whose bond was forgotten can no longer
/// encrypt with it.</item>
/// </list>
/// </summary>
public sealed class HostBlePeripheral : IBlePeripheral
{
    /// <summary>Characteristic ids the automatic Device Information service takes at the first build.</summary>
    public const int DeviceInformationCharacteristics = 2;

    /// <summary>Largest characteristic id whose low 8 bits are still unique.</summary>
    public const int MaximumCharacteristicId = 255;

    private const int LegacyAdvertisingLength = 31;
    private const byte ManufacturerSpecificData = 0xFF;

    private readonly IClock _clock;
    private readonly List<HostBleCentral> _bonds = [];
    private IBlePeripheralHandler? _handler;
    private BleGattTable? _table;
    private bool _stopPending;

    public HostBlePeripheral(IClock clock)
    {
        _clock = clock;
    }

    public bool IsStopped { get; private set; } = true;

    /// <summary>Whether the stack is started (advertising or connected).</summary>
    public bool IsRunning { get; private set; }

    public bool IsAdvertising => IsRunning && Central == null;

    /// <summary>When false, <see cref="Stop"/> leaves the stack stopping until <see cref="CompleteStop"/>.</summary>
    public bool StopCompletesImmediately { get; set; } = true;

    public BleGattTable? Table => IsRunning ? _table : null;

    /// <summary>The table built last, registered or not.</summary>
    public BleGattTable? BuiltTable => _table;

    public int GattTableBuildCount { get; private set; }

    /// <summary>Characteristic ids handed out since "boot" (Device Information included).</summary>
    public int CharacteristicIdsUsed { get; private set; }

    /// <summary>How many times the native GATT server was registered (every <see cref="Start"/>).</summary>
    public int GattServerRegistrations { get; private set; }

    public int StopCount { get; private set; }

    /// <summary>Time of every <see cref="Start"/>, ms.</summary>
    public List<long> StartTimes { get; } = [];

    public string? GapDeviceName { get; private set; }

    public byte[] AdvertisingPacket { get; private set; } = [];

    public byte[] ScanResponse { get; private set; } = [];

    public bool AllAdvertisingDataFits { get; private set; } = true;

    public HostBleCentral? Central { get; private set; }

    /// <summary>Centrals in the bond store.</summary>
    public int BondCount => _bonds.Count;

    /// <summary>How many times <see cref="ClearBonds"/> emptied the bond store.</summary>
    public int BondClears { get; private set; }

    internal IBlePeripheralHandler Handler => _handler ?? throw new InvalidOperationException("No handler registered.");

    internal long Now => _clock.MillisecondsSinceBoot;

    public void SetHandler(IBlePeripheralHandler handler)
    {
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
    }

    public void BuildGattTable(BleGattTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!IsStopped)
        {
            throw new InvalidOperationException("The GATT table can only be built while the stack is stopped.");
        }

        int ids = CharacteristicIdsUsed + (GattTableBuildCount == 0 ? DeviceInformationCharacteristics : 0) + table.CharacteristicCount;
        if (ids > MaximumCharacteristicId)
        {
            throw new InvalidOperationException("Characteristic ids would exceed 255: nanoFramework would misroute events.");
        }

        CharacteristicIdsUsed = ids;
        GattTableBuildCount++;
        _table = table;
    }

    public void Start(DeviceName name, byte[] adStructures, int length)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(adStructures);
        if (!IsStopped)
        {
            throw new InvalidOperationException("Start while the stack is not stopped.");
        }

        if (_table == null)
        {
            throw new InvalidOperationException("Start before a GATT table was built.");
        }

        if (_handler == null)
        {
            throw new InvalidOperationException("Start before a handler was set.");
        }

        LayOut(adStructures, length);
        GapDeviceName = name.Text;
        IsStopped = false;
        IsRunning = true;
        GattServerRegistrations++;
        StartTimes.Add(Now);
    }

    public void Stop()
    {
        if (!IsRunning)
        {
            return;
        }

        StopCount++;
        IsRunning = false;
        HostBleCentral? central = Central;
        Central = null;
        if (central != null)
        {
            // The link goes down with the stack; the disconnect is reported like a normal one.
            central.Dropped();
            Handler.OnConnectionChanged(false);
        }

        if (StopCompletesImmediately)
        {
            IsStopped = true;
        }
        else
        {
            _stopPending = true;
        }
    }

    /// <summary>Finishes a pending <see cref="Stop"/> (the publisher's Stopped event).</summary>
    public void CompleteStop()
    {
        if (_stopPending)
        {
            _stopPending = false;
            IsStopped = true;
        }
    }

    public bool Notify(int characteristicIndex, byte[] value, int length)
    {
        BleCharacteristicDefinition c = Characteristic(characteristicIndex);
        if ((c.Properties & CharacteristicProperties.Notify) == 0)
        {
            throw new InvalidOperationException("Notify on a characteristic without the notify property.");
        }

        HostBleCentral? central = Central;
        if (!IsRunning || central == null || !central.IsSubscribed(characteristicIndex))
        {
            return false;
        }

        central.ReceiveNotification(characteristicIndex, value, length);
        return true;
    }

    public bool Indicate(int characteristicIndex, byte[] value, int length)
    {
        BleCharacteristicDefinition c = Characteristic(characteristicIndex);
        if ((c.Properties & CharacteristicProperties.Indicate) == 0)
        {
            throw new InvalidOperationException("Indicate on a characteristic without the indicate property.");
        }

        HostBleCentral? central = Central;
        if (!IsRunning || central == null || !central.IsSubscribed(characteristicIndex))
        {
            return false;
        }

        central.ReceiveIndication(characteristicIndex, value, length);
        return true;
    }

    public bool ClearBonds()
    {
        if (!IsRunning)
        {
            return false;
        }

        _bonds.Clear();
        BondClears++;
        return true;
    }

    /// <summary>Whether the bond store holds a bond with <paramref name="central"/>.</summary>
    public bool IsBonded(HostBleCentral central) => _bonds.Contains(central);

    /// <summary>Stores a bond after a pairing that succeeded.</summary>
    internal void AddBond(HostBleCentral central)
    {
        if (!_bonds.Contains(central))
        {
            _bonds.Add(central);
        }
    }

    /// <summary>A new central connects; throws when the stack is not advertising (one central at a time).</summary>
    public HostBleCentral Connect() => Connect(new HostBleCentral(this));

    /// <summary>A known central (e.g. bonded) connects again.</summary>
    public HostBleCentral Connect(HostBleCentral central)
    {
        if (!TryConnect(central))
        {
            throw new InvalidOperationException("The peripheral is not advertising: nobody can connect.");
        }

        return central;
    }

    /// <summary>Tries to connect; false while the stack is stopped or another central is connected.</summary>
    public bool TryConnect(HostBleCentral central)
    {
        ArgumentNullException.ThrowIfNull(central);
        if (!IsAdvertising)
        {
            return false;
        }

        Central = central;
        central.Connected();
        Handler.OnConnectionChanged(true);
        return true;
    }

    internal void Disconnected(HostBleCentral central)
    {
        if (Central != central)
        {
            return;
        }

        // NimBLE reports every enabled CCCD as unsubscribed (reason TERM), then the disconnect; advertising resumes.
        for (int i = 0; i < central.SubscribedCount; i++)
        {
            Handler.OnSubscriptionChanged(central.SubscribedIndexAt(i), false);
        }

        Central = null;
        Handler.OnConnectionChanged(false);
    }

    internal BleCharacteristicDefinition Characteristic(int index)
    {
        BleGattTable table = _table ?? throw new InvalidOperationException("No GATT table.");
        if (index < 0 || index >= table.CharacteristicCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return table.GetCharacteristic(index);
    }

    private void LayOut(byte[] ad, int length)
    {
        var ordinary = new List<byte[]>();
        var manufacturer = new List<byte[]>();
        int offset = 0;
        while (offset < length)
        {
            int n = ad[offset];
            if (n == 0 || offset + 1 + n > length)
            {
                throw new ArgumentException("Malformed AD structure at offset " + offset + ".", nameof(ad));
            }

            byte[] structure = ad.AsSpan(offset, 1 + n).ToArray();
            (structure[1] == ManufacturerSpecificData ? manufacturer : ordinary).Add(structure);
            offset += 1 + n;
        }

        ordinary.AddRange(manufacturer);
        var advertising = new List<byte>();
        var overflow = new List<byte[]>();
        foreach (byte[] s in ordinary)
        {
            if (advertising.Count + s.Length <= LegacyAdvertisingLength)
            {
                advertising.AddRange(s);
            }
            else
            {
                overflow.Add(s);
            }
        }

        var scanResponse = new List<byte>();
        bool allFit = true;
        foreach (byte[] s in overflow)
        {
            if (scanResponse.Count + s.Length <= LegacyAdvertisingLength)
            {
                scanResponse.AddRange(s);
            }
            else
            {
                allFit = false;
            }
        }

        AdvertisingPacket = advertising.ToArray();
        ScanResponse = scanResponse.ToArray();
        AllAdvertisingDataFits = allFit;
    }
}

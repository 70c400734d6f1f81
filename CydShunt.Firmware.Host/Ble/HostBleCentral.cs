using System;
using System.Text;
using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Host.Ble;

/// <summary>
/// A central (phone) talking to a <see cref="HostBlePeripheral"/>: ATT reads and writes, CCCD writes, passkey pairing
/// and bond-based encryption, with the security answers NimBLE gives (ble_att_svr_check_perms: an unencrypted link gets
/// 0x0F when a bond exists, else 0x05; an encrypted link without MITM gets 0x05).
/// </summary>
public sealed class HostBleCentral
{
    private const int DefaultAttMtu = 23;
    private const int NotificationHeader = 3;

    private readonly HostBlePeripheral _peripheral;
    private readonly bool[] _cccdNotify = new bool[64];
    private readonly bool[] _cccdIndicate = new bool[64];
    private readonly byte[] _readBuffer = new byte[512];
    private int _expectedPasskey = -1;

    public HostBleCentral(HostBlePeripheral peripheral)
    {
        _peripheral = peripheral;
        Notifications = new NotificationLog(64, 4096);
        Indications = new NotificationLog(64, 64);
    }

    public bool IsConnected { get; private set; }

    public bool IsEncrypted { get; private set; }

    public bool IsAuthenticated { get; private set; }

    /// <summary>Whether this central holds a bond with the device.</summary>
    public bool HasBond { get; private set; }

    private bool _bondAuthenticated;

    /// <summary>ATT_MTU of the link; notifications are cut to MTU − 3 bytes.</summary>
    public int AttMtu { get; set; } = DefaultAttMtu;

    /// <summary>When true (default), every indication is confirmed at once; otherwise call <see cref="ConfirmIndication"/>.</summary>
    public bool AutoConfirmIndications { get; set; } = true;

    public bool IndicationPending { get; private set; }

    public NotificationLog Notifications { get; }

    public NotificationLog Indications { get; }

    internal int SubscribedCount
    {
        get
        {
            int n = 0;
            for (int i = 0; i < _cccdNotify.Length; i++)
            {
                if (IsSubscribed(i))
                {
                    n++;
                }
            }

            return n;
        }
    }

    public bool IsSubscribed(int characteristicIndex) => _cccdNotify[characteristicIndex] || _cccdIndicate[characteristicIndex];

    public AttResult Read(int characteristicIndex)
    {
        RequireConnected();
        BleCharacteristicDefinition c = _peripheral.Characteristic(characteristicIndex);
        if ((c.Properties & CharacteristicProperties.Read) == 0)
        {
            return AttResult.Fail(AttError.ReadNotPermitted);
        }

        byte security = SecurityError(c.ReadProtection);
        if (security != AttError.None)
        {
            return AttResult.Fail(security);
        }

        byte error = _peripheral.Handler.OnRead(characteristicIndex, _readBuffer, out int length);
        return error == AttError.None ? AttResult.Success(_readBuffer.AsSpan(0, length).ToArray()) : AttResult.Fail(error);
    }

    /// <summary>Reads a descriptor; static descriptors are answered by the library without the application.</summary>
    public AttResult ReadDescriptor(int characteristicIndex, ushort descriptorUuid)
    {
        RequireConnected();
        BleCharacteristicDefinition c = _peripheral.Characteristic(characteristicIndex);
        switch (descriptorUuid)
        {
            case BluetoothSig.UserDescriptionDescriptor when c.UserDescription != null:
                return AttResult.Success(Encoding.UTF8.GetBytes(c.UserDescription));
            case BluetoothSig.PresentationFormatDescriptor when c.HasPresentationFormat:
                byte[] format = new byte[ScalarFormat.PresentationFormatSize];
                c.TryCopyPresentationFormat(format, 0);
                return AttResult.Success(format);
            case BluetoothSig.ClientCharacteristicConfigurationDescriptor when c.HasClientConfiguration:
                int value = (_cccdNotify[characteristicIndex] ? 1 : 0) | (_cccdIndicate[characteristicIndex] ? 2 : 0);
                return AttResult.Success([(byte)value, 0]);
            default:
                throw new InvalidOperationException("The characteristic has no descriptor 0x" + descriptorUuid.ToString("X4") + ".");
        }
    }

    /// <summary>Write Request (with response).</summary>
    public AttResult Write(int characteristicIndex, byte[] value)
    {
        RequireConnected();
        BleCharacteristicDefinition c = _peripheral.Characteristic(characteristicIndex);
        if ((c.Properties & CharacteristicProperties.Write) == 0)
        {
            return AttResult.Fail(AttError.WriteNotPermitted);
        }

        byte security = SecurityError(c.WriteProtection);
        if (security != AttError.None)
        {
            return AttResult.Fail(security);
        }

        // The handler sees a copy that it must not keep (nanoFramework's GetRequest().Value).
        byte[] copy = (byte[])value.Clone();
        byte error = _peripheral.Handler.OnWrite(characteristicIndex, copy, copy.Length);
        Array.Fill(copy, (byte)0xEE);
        return error == AttError.None ? AttResult.Success([]) : AttResult.Fail(error);
    }

    /// <summary>Write Command (without response): a characteristic without that property drops it silently.</summary>
    /// <returns>Whether the write reached the application.</returns>
    public bool WriteWithoutResponse(int characteristicIndex, byte[] value)
    {
        RequireConnected();
        _ = value;
        _ = _peripheral.Characteristic(characteristicIndex);
        return false; // no CydShunt characteristic has WriteWithoutResponse
    }

    /// <summary>Writes a CCCD: 0x0001 notifications, 0x0002 indications, 0x0000 off. Never protected (NimBLE).</summary>
    public AttResult WriteCccd(int characteristicIndex, ushort value)
    {
        RequireConnected();
        BleCharacteristicDefinition c = _peripheral.Characteristic(characteristicIndex);
        if (!c.HasClientConfiguration)
        {
            throw new InvalidOperationException("The characteristic has no CCCD.");
        }

        bool notify = (value & 1) != 0;
        bool indicate = (value & 2) != 0;
        if ((value & ~3) != 0 || (notify && (c.Properties & CharacteristicProperties.Notify) == 0) || (indicate && (c.Properties & CharacteristicProperties.Indicate) == 0))
        {
            return AttResult.Fail(AttError.RequestNotSupported);
        }

        bool was = IsSubscribed(characteristicIndex);
        _cccdNotify[characteristicIndex] = notify;
        _cccdIndicate[characteristicIndex] = indicate;
        bool now = IsSubscribed(characteristicIndex);
        if (was != now)
        {
            _peripheral.Handler.OnSubscriptionChanged(characteristicIndex, now);
        }

        return AttResult.Success([]);
    }

    public AttResult EnableNotifications(int characteristicIndex) => WriteCccd(characteristicIndex, 1);

    public AttResult EnableIndications(int characteristicIndex) => WriteCccd(characteristicIndex, 2);

    /// <summary>Starts LE Secure Connections passkey entry: the device is asked for the passkey it displays.</summary>
    public void BeginPairing()
    {
        RequireConnected();
        _expectedPasskey = _peripheral.Handler.OnPasskeyRequested();
    }

    /// <summary>The user types a passkey; pairing succeeds when it is the one the device chose.</summary>
    public bool EnterPasskey(int passkey)
    {
        RequireConnected();
        if (_expectedPasskey < 0)
        {
            throw new InvalidOperationException("No pairing in progress.");
        }

        bool success = passkey == _expectedPasskey;
        _expectedPasskey = -1;
        if (success)
        {
            IsEncrypted = true;
            IsAuthenticated = true;
            HasBond = true;
            _bondAuthenticated = true;
            _peripheral.AddBond(this);
        }

        _peripheral.Handler.OnPairingCompleted(success);
        if (success)
        {
            _peripheral.Handler.OnLinkSecurityChanged(true);
        }

        return success;
    }

    /// <summary>Pairing without MITM protection (Just Works): encrypted, not authenticated.</summary>
    public void PairJustWorks()
    {
        RequireConnected();
        IsEncrypted = true;
        IsAuthenticated = false;
        HasBond = true;
        _bondAuthenticated = false;
        _peripheral.AddBond(this);
        _peripheral.Handler.OnPairingCompleted(true);
        _peripheral.Handler.OnLinkSecurityChanged(false);
    }

    /// <summary>
    /// Encrypts a new connection with the stored bond. Fails (the link stays unencrypted, as with the HCI error
    /// "PIN or Key Missing") when the device no longer holds the bond: its bonds were cleared.
    /// </summary>
    /// <returns>Whether the link is now encrypted.</returns>
    public bool EncryptWithBond()
    {
        RequireConnected();
        if (!HasBond)
        {
            throw new InvalidOperationException("No bond.");
        }

        if (!_peripheral.IsBonded(this))
        {
            return false;
        }

        IsEncrypted = true;
        IsAuthenticated = _bondAuthenticated;
        _peripheral.Handler.OnLinkSecurityChanged(IsAuthenticated);
        return true;
    }

    public void ConfirmIndication()
    {
        if (!IndicationPending)
        {
            throw new InvalidOperationException("No indication to confirm.");
        }

        IndicationPending = false;
        _peripheral.Handler.OnIndicationConfirmed(_pendingIndicationIndex);
    }

    public void Disconnect()
    {
        RequireConnected();
        _peripheral.Disconnected(this);
        Dropped();
    }

    internal int SubscribedIndexAt(int ordinal)
    {
        int n = 0;
        for (int i = 0; i < _cccdNotify.Length; i++)
        {
            if (IsSubscribed(i) && n++ == ordinal)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(ordinal));
    }

    internal void Connected()
    {
        IsConnected = true;
        IsEncrypted = false;
        IsAuthenticated = false;
    }

    internal void Dropped()
    {
        IsConnected = false;
        IsEncrypted = false;
        IsAuthenticated = false;
        IndicationPending = false;
        _expectedPasskey = -1;
        Array.Clear(_cccdNotify);
        Array.Clear(_cccdIndicate);
    }

    private int _pendingIndicationIndex;

    internal void ReceiveNotification(int characteristicIndex, byte[] value, int length)
    {
        int max = AttMtu - NotificationHeader;
        Notifications.Record(_peripheral.Now, characteristicIndex, value, length < max ? length : max);
    }

    internal void ReceiveIndication(int characteristicIndex, byte[] value, int length)
    {
        if (IndicationPending)
        {
            throw new InvalidOperationException("ATT allows one indication in flight: the previous one is not confirmed.");
        }

        Indications.Record(_peripheral.Now, characteristicIndex, value, length);
        IndicationPending = true;
        _pendingIndicationIndex = characteristicIndex;
        if (AutoConfirmIndications)
        {
            ConfirmIndication();
        }
    }

    private byte SecurityError(BleProtectionLevel level)
    {
        if (level == BleProtectionLevel.Plain)
        {
            return AttError.None;
        }

        if (!IsEncrypted)
        {
            // NimBLE looks the peer up in its own bond store, not in the central's.
            return _peripheral.IsBonded(this) ? AttError.InsufficientEncryption : AttError.InsufficientAuthentication;
        }

        bool needsAuthentication = level == BleProtectionLevel.AuthenticationRequired || level == BleProtectionLevel.EncryptionAndAuthenticationRequired;
        return needsAuthentication && !IsAuthenticated ? AttError.InsufficientAuthentication : AttError.None;
    }

    private void RequireConnected()
    {
        if (!IsConnected)
        {
            throw new InvalidOperationException("The central is not connected.");
        }
    }
}

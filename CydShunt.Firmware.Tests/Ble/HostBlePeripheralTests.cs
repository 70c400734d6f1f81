using System;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>The fake keeps nanoFramework's rules; otherwise the service tests would prove nothing.</summary>
public class HostBlePeripheralTests
{
    private sealed class NullHandler : IBlePeripheralHandler
    {
        public void OnConnectionChanged(bool connected)
        {
        }

        public void OnLinkSecurityChanged(bool authenticated)
        {
        }

        public void OnSubscriptionChanged(int characteristicIndex, bool subscribed)
        {
        }

        public byte OnRead(int characteristicIndex, byte[] destination, out int length)
        {
            length = 0;
            return AttError.None;
        }

        public byte OnWrite(int characteristicIndex, byte[] value, int length) => AttError.None;

        public int OnPasskeyRequested() => 123456;

        public void OnPairingCompleted(bool success)
        {
        }

        public void OnIndicationConfirmed(int characteristicIndex)
        {
        }
    }

    private static HostBlePeripheral Started(byte[]? ad = null)
    {
        var p = new HostBlePeripheral(new ManualClock());
        p.SetHandler(new NullHandler());
        p.BuildGattTable(CydShuntGattTable.Build(false));
        ad ??= [2, 1, 6];
        p.Start(DeviceName.Default, ad, ad.Length);
        return p;
    }

    [Test]
    public void OnlyOneCentralAtATimeAndNoAdvertisingWhileConnected()
    {
        HostBlePeripheral p = Started();
        HostBleCentral first = p.Connect();
        Assert.That(p.IsAdvertising, Is.False);
        Assert.That(p.TryConnect(new HostBleCentral(p)), Is.False);
        Assert.Throws<InvalidOperationException>(() => p.Connect());
        first.Disconnect();
        Assert.That(p.IsAdvertising, Is.True);
        Assert.That(p.TryConnect(new HostBleCentral(p)), Is.True);
    }

    [Test]
    public void StopTearsTheServerDownAndDropsTheCentral()
    {
        HostBlePeripheral p = Started();
        HostBleCentral c = p.Connect();
        p.Stop();
        Assert.That(c.IsConnected, Is.False);
        Assert.That(p.Table, Is.Null);
        Assert.That(p.IsAdvertising, Is.False);
        Assert.That(p.TryConnect(new HostBleCentral(p)), Is.False);
        Assert.Throws<InvalidOperationException>(() => c.Read(0));
    }

    [Test]
    public void StartAndBuildOnlyWhileStopped()
    {
        HostBlePeripheral p = Started();
        Assert.Throws<InvalidOperationException>(() => p.Start(DeviceName.Default, [2, 1, 6], 3));
        Assert.Throws<InvalidOperationException>(() => p.BuildGattTable(CydShuntGattTable.Build(false)));
        p.StopCompletesImmediately = false;
        p.Stop();
        Assert.Throws<InvalidOperationException>(() => p.Start(DeviceName.Default, [2, 1, 6], 3), "stop still pending");
        p.CompleteStop();
        p.Start(DeviceName.Default, [2, 1, 6], 3);
        Assert.That(p.GattServerRegistrations, Is.EqualTo(2));
    }

    [Test]
    public void AdvertisingDataIsCopiedAndFixedUntilTheNextStart()
    {
        byte[] ad = [2, 1, 6, 4, 9, (byte)'V', (byte)'a', (byte)'n'];
        HostBlePeripheral p = Started(ad);
        ad[5] = (byte)'X';
        Assert.That(p.AdvertisingPacket[5], Is.EqualTo((byte)'V'));
    }

    [Test]
    public void LayoutIsFirstFitWithManufacturerDataLast()
    {
        byte[] glance = new byte[18];
        glance[0] = 17;
        glance[1] = 0xFF;
        byte[] uuid = new byte[18];
        uuid[0] = 17;
        uuid[1] = 0x07;
        byte[] ad = [2, 1, 6, .. glance, .. uuid, 4, 9, 1, 2, 3];
        HostBlePeripheral p = Started(ad);
        Assert.That(p.AdvertisingPacket, Is.EqualTo((byte[])[2, 1, 6, .. uuid, 4, 9, 1, 2, 3]));
        Assert.That(p.ScanResponse, Is.EqualTo(glance));
        Assert.That(p.AllAdvertisingDataFits, Is.True);
    }

    [Test]
    public void WhatFitsNowhereIsDropped()
    {
        byte[] big = new byte[31];
        big[0] = 30;
        big[1] = 0x16;
        byte[] ad = [.. big, .. big, 2, 1, 6];
        HostBlePeripheral p = Started(ad);
        Assert.That(p.AllAdvertisingDataFits, Is.False);
        Assert.That(p.ScanResponse, Is.EqualTo(big));
    }

    [Test]
    public void MalformedAdvertisingDataIsRejected()
    {
        var p = new HostBlePeripheral(new ManualClock());
        p.SetHandler(new NullHandler());
        p.BuildGattTable(CydShuntGattTable.Build(false));
        Assert.Throws<ArgumentException>(() => p.Start(DeviceName.Default, [5, 1, 6], 3));
    }

    [Test]
    public void CharacteristicIdsAreBoundedLikeNanoFrameworks()
    {
        var p = new HostBlePeripheral(new ManualClock());
        p.SetHandler(new NullHandler());
        for (int i = 0; i < 18; i++)
        {
            p.BuildGattTable(CydShuntGattTable.Build(i % 2 == 0));
        }

        Assert.That(p.CharacteristicIdsUsed, Is.EqualTo(2 + (18 * 14)));
        Assert.Throws<InvalidOperationException>(() => p.BuildGattTable(CydShuntGattTable.Build(false)));
    }

    [Test]
    public void NotificationsReachOnlySubscribersAndAreCutToTheMtu()
    {
        HostBlePeripheral p = Started();
        HostBleCentral c = p.Connect();
        byte[] value = new byte[20];
        Assert.That(p.Notify(CydShuntGattTable.LiveSnapshot, value, 20), Is.False);
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        c.AttMtu = 15;
        Assert.That(p.Notify(CydShuntGattTable.LiveSnapshot, value, 20), Is.True);
        Assert.That(c.Notifications.Last(CydShuntGattTable.LiveSnapshot), Has.Length.EqualTo(12));
        Assert.Throws<InvalidOperationException>(() => p.Notify(CydShuntGattTable.ControlPoint, value, 3));
        Assert.Throws<InvalidOperationException>(() => p.Indicate(CydShuntGattTable.LiveSnapshot, value, 3));
    }

    [Test]
    public void OneIndicationInFlight()
    {
        HostBlePeripheral p = Started();
        HostBleCentral c = p.Connect();
        c.AutoConfirmIndications = false;
        byte[] response = [0x80, 1, 1];
        Assert.That(p.Indicate(CydShuntGattTable.ControlPoint, response, 3), Is.False, "CCCD off");
        c.EnableIndications(CydShuntGattTable.ControlPoint);
        Assert.That(p.Indicate(CydShuntGattTable.ControlPoint, response, 3), Is.True);
        Assert.Throws<InvalidOperationException>(() => p.Indicate(CydShuntGattTable.ControlPoint, response, 3));
        c.ConfirmIndication();
        Assert.That(p.Indicate(CydShuntGattTable.ControlPoint, response, 3), Is.True);
    }

    [Test]
    public void ProtectedValuesAreRefusedBeforeTheHandler()
    {
        var p = new HostBlePeripheral(new ManualClock());
        p.SetHandler(new NullHandler());
        p.BuildGattTable(CydShuntGattTable.Build(true));
        p.Start(DeviceName.Default, [2, 1, 6], 3);
        HostBleCentral c = p.Connect();
        Assert.That(c.Read(CydShuntGattTable.Voltage).Error, Is.EqualTo(AttError.InsufficientAuthentication));
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).Error, Is.EqualTo(AttError.InsufficientAuthentication));
        Assert.That(c.EnableNotifications(CydShuntGattTable.Voltage).IsSuccess, Is.True, "NimBLE does not protect CCCDs");
        c.BeginPairing();
        Assert.That(c.EnterPasskey(123456), Is.True);
        Assert.That(c.Read(CydShuntGattTable.Voltage).IsSuccess, Is.True);
    }
}

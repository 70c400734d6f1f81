using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host.Ble;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>Passkey entry with the device as DisplayOnly: the passkey is chosen by the device and shown on its screen.</summary>
public class PairingTests
{
    [Test]
    public void ThePasskeyIsShownUntilPairingEnds()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.BeginPairing();
        Assert.That(rig.Display.Shown, Is.Null, "the screen is updated from the main loop, not the BLE thread");
        rig.Service.Tick();
        int passkey = rig.Display.Shown!.Value;
        Assert.That(passkey, Is.InRange(0, 999_999));
        Assert.That(c.EnterPasskey(passkey), Is.True);
        rig.Service.Tick();
        Assert.That(rig.Display.Shown, Is.Null);
        Assert.That(c.IsAuthenticated, Is.True);
    }

    [Test]
    public void AWrongPasskeyLeavesTheLinkUnauthenticated()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.BeginPairing();
        rig.Service.Tick();
        int wrong = (rig.Display.Shown!.Value + 1) % 1_000_000;
        Assert.That(c.EnterPasskey(wrong), Is.False);
        rig.Service.Tick();
        Assert.That(rig.Display.Shown, Is.Null);
        c.EnableIndications(CydShuntGattTable.ControlPoint);
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).Error, Is.EqualTo(AttError.InsufficientAuthentication));
    }

    [Test]
    public void ThePasskeyDisappearsWhenTheCentralLeaves()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.BeginPairing();
        rig.Service.Tick();
        c.Disconnect();
        rig.Service.Tick();
        Assert.That(rig.Display.Shown, Is.Null);
    }

    [Test]
    public void EveryPairingGetsAFreshPasskey()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        for (int i = 0; i < 5; i++)
        {
            c.BeginPairing();
            rig.Service.Tick();
            c.EnterPasskey(-1);
            rig.Service.Tick();
        }

        Assert.That(rig.Display.History, Has.Count.EqualTo(5));
        Assert.That(rig.Display.History, Is.Unique);
    }

    [Test]
    public void AuthenticationEndsWithTheConnection()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        c.Disconnect();
        rig.Peripheral.Connect(c);
        IBlePeripheralHandler handler = rig.Service;
        c.EnableIndications(CydShuntGattTable.ControlPoint);
        Assert.That(handler.OnWrite(CydShuntGattTable.ControlPoint, [1], 1), Is.EqualTo(AttError.InsufficientAuthentication), "a new link starts unauthenticated");
    }
}

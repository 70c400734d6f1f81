using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host.Ble;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>A central without subscription and without requests for 60 s is disconnected (by restarting the stack).</summary>
public class IdleTimeoutTests
{
    [Test]
    public void AnIdleCentralIsDisconnectedAfterSixtySeconds()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        rig.Run(BleTelemetryPolicy.IdleTimeoutMilliseconds - 100);
        Assert.That(c.IsConnected, Is.True);
        rig.Run(200);
        Assert.That(c.IsConnected, Is.False);
        Assert.That(rig.Peripheral.IsAdvertising, Is.True, "discoverable again");
        Assert.That(rig.Peripheral.GattTableBuildCount, Is.EqualTo(1), "the restart reuses the table");
    }

    [Test]
    public void RequestsKeepTheConnection()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        rig.Run(50_000);
        c.Read(CydShuntGattTable.Voltage);
        rig.Run(50_000);
        Assert.That(c.IsConnected, Is.True);
        rig.Run(10_100);
        Assert.That(c.IsConnected, Is.False);
    }

    [Test]
    public void ASubscribedCentralIsNeverDisconnected()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(600_000, step: 500);
        Assert.That(c.IsConnected, Is.True);
    }

    [Test]
    public void AControlPointSubscriptionAlsoCountsAsActive()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        rig.Run(300_000, step: 500);
        Assert.That(c.IsConnected, Is.True);
    }

    [Test]
    public void SubscriptionsThatAreNeverServedDoNotHoldTheConnection()
    {
        // nanoFramework cannot protect CCCDs: with pairing required for all, an unpaired central can subscribe but
        // receives nothing; it must not keep the device undiscoverable for ever.
        var rig = new BleRig(pairingRequired: true);
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(BleTelemetryPolicy.IdleTimeoutMilliseconds + 200);
        Assert.That(c.IsConnected, Is.False);

        // An unpaired control-point subscription likewise (the control point's writes need pairing).
        var open = new BleRig();
        HostBleCentral d = open.Peripheral.Connect();
        d.EnableIndications(CydShuntGattTable.ControlPoint);
        open.Run(BleTelemetryPolicy.IdleTimeoutMilliseconds + 200);
        Assert.That(d.IsConnected, Is.False);
    }

    [Test]
    public void TheTimerStartsAgainWhenTheLastSubscriptionEnds()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(120_000, step: 500);
        c.WriteCccd(CydShuntGattTable.LiveSnapshot, 0);
        rig.Run(59_000, step: 500);
        Assert.That(c.IsConnected, Is.True);
        rig.Run(1_500, step: 500);
        Assert.That(c.IsConnected, Is.False);
    }
}

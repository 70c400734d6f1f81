using CydShunt.Firmware.Tests.Support;
using System.Linq;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>Notifications: only subscribed characteristics, at the configured interval, with the latest values.</summary>
public class NotificationTests
{
    [Test]
    public void NothingIsNotifiedWithoutASubscription()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        rig.Run(5000);
        Assert.That(c.Notifications.TotalCount, Is.Zero);
    }

    [Test]
    public void ASubscriberGetsTheCurrentValueAtOnceThenOncePerInterval()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0);
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        long subscribedAt = rig.Clock.MillisecondsSinceBoot;
        rig.Run(10_000);

        long[] times = c.Notifications.For(CydShuntGattTable.LiveSnapshot).Select(n => n.Time - subscribedAt).ToArray();
        // The first tick after subscribing sends; the schedule then runs from the subscription time.
        Assert.That(times, Is.EqualTo(new long[] { 50 }.Concat(Enumerable.Range(1, 10).Select(k => k * 1000L)).ToArray()));
        Assert.That(c.Notifications.Last(CydShuntGattTable.LiveSnapshot)![0], Is.EqualTo(42), "sequence repeats while no new measurement");
    }

    [Test]
    public void OnlySubscribedCharacteristicsAreNotified()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0); // a known SOC, so Battery Level has a value
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        c.EnableNotifications(CydShuntGattTable.BatteryLevel);
        rig.Run(3000); // sends at +50, +1000, +2000, +3000 ms
        for (int i = 0; i < CydShuntGattTable.CharacteristicCount; i++)
        {
            int expected = i == CydShuntGattTable.LiveSnapshot || i == CydShuntGattTable.BatteryLevel ? 4 : 0;
            Assert.That(c.Notifications.CountFor(i), Is.EqualTo(expected), "characteristic " + i);
        }
    }

    [Test]
    public void EveryTickCarriesEverySubscribedCharacteristicWithTheLatestValue()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        for (int i = 0; i < CydShuntGattTable.CharacteristicCount; i++)
        {
            if (i != CydShuntGattTable.ControlPoint && i != CydShuntGattTable.DeviceInfo)
            {
                c.EnableNotifications(i);
            }
        }

        rig.Run(100);
        c.Notifications.Clear();
        LiveSnapshot s = BleRig.ExampleSnapshot.With(sequence: 43, voltageMillivolts: 12000);
        rig.Service.Update(s, AlarmFlags.HighTemperature, 7, 8);
        rig.Run(1000);
        Assert.That(c.Notifications.TotalCount, Is.EqualTo(12));
        Assert.That(c.Notifications.Last(CydShuntGattTable.LiveSnapshot)![0], Is.EqualTo(43));
        Assert.That(c.Notifications.Last(CydShuntGattTable.Voltage), Is.EqualTo(new byte[] { 0xE0, 0x2E, 0, 0 }));
        Assert.That(c.Notifications.Last(CydShuntGattTable.Alarms), Is.EqualTo(new byte[] { 0x09, 0x08, 0x00 }));
        Assert.That(c.Notifications.Last(CydShuntGattTable.EnergyDischarged), Is.EqualTo(new byte[] { 8, 0, 0, 0 }));
    }

    [Test]
    public void UnsubscribingStopsNotifications()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(2000);
        int before = c.Notifications.TotalCount;
        c.WriteCccd(CydShuntGattTable.LiveSnapshot, 0);
        rig.Run(5000);
        Assert.That(c.Notifications.TotalCount, Is.EqualTo(before));
    }

    [Test]
    public void ResubscribingDoesNotBeatTheInterval()
    {
        // The attack: CCCD off and on ten times within one second, one tick apart and five in one millisecond.
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(50);
        for (int i = 0; i < 5; i++)
        {
            c.WriteCccd(CydShuntGattTable.LiveSnapshot, 0);
            c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
            rig.Run(50);
        }

        for (int i = 0; i < 5; i++)
        {
            c.WriteCccd(CydShuntGattTable.LiveSnapshot, 0);
            c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        }

        rig.Run(750);
        long[] times = c.Notifications.Entries.Select(n => n.Time).ToArray();
        Assert.That(times, Has.Length.EqualTo(2), "one at the first subscription, the next one interval later");
        Assert.That(times[1] - times[0], Is.EqualTo(1000));
    }

    [Test]
    public void SwitchingBetweenCharacteristicsDoesNotBeatTheInterval()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(100);
        c.WriteCccd(CydShuntGattTable.LiveSnapshot, 0);
        c.EnableNotifications(CydShuntGattTable.Voltage);
        rig.Run(100);
        Assert.That(c.Notifications.TotalCount, Is.EqualTo(1), "the new subscription waits for the interval");
        rig.Run(850);
        Assert.That(c.Notifications.CountFor(CydShuntGattTable.Voltage), Is.EqualTo(1));
    }

    [Test]
    public void ANewConnectionStartsWithAnImmediateNotification()
    {
        // The limit is per connection: a central that reconnects is served at once, as a first subscriber.
        var rig = new BleRig();
        HostBleCentral first = rig.Peripheral.Connect();
        first.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(100);
        first.Disconnect();
        HostBleCentral second = rig.Peripheral.Connect();
        long subscribedAt = rig.Clock.MillisecondsSinceBoot;
        second.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(50);
        Assert.That(second.Notifications.Entries.Select(n => n.Time - subscribedAt), Is.EqualTo(new long[] { 50 }));
    }

    [TestCase(200)]
    [TestCase(500)]
    [TestCase(2500)]
    [TestCase(10000)]
    public void TheConfiguredIntervalIsTheRate(int interval)
    {
        var rig = new BleRig();
        rig.Configure(intervalMilliseconds: interval);
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(interval * 20L);
        Assert.That(c.Notifications.TotalCount, Is.EqualTo(21));
        long[] times = c.Notifications.Entries.Select(n => n.Time).ToArray();
        Assert.That(times.Skip(1).Zip(times.Skip(2), (a, b) => b - a), Is.All.EqualTo(interval));
    }

    [Test]
    public void AnIntervalChangeAppliesToARunningSubscriptionAtOnce()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(1000);
        c.Notifications.Clear();
        rig.Configure(intervalMilliseconds: 200);
        rig.Run(2000);
        Assert.That(c.Notifications.TotalCount, Is.InRange(10, 11));
    }

    [Test]
    public void ASlowMainLoopDoesNotCauseBursts()
    {
        var rig = new BleRig();
        rig.Configure(intervalMilliseconds: 200);
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(7000, step: 1000);
        Assert.That(c.Notifications.TotalCount, Is.EqualTo(7), "one per tick, not five");
    }

    [Test]
    public void NotificationsFitTheDefaultMtu()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0);
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(100);
        Assert.That(c.Notifications.Last(CydShuntGattTable.LiveSnapshot), Has.Length.EqualTo(20));
        Assert.That(LiveSnapshotCodec.Decode(c.Notifications.Last(CydShuntGattTable.LiveSnapshot)!, 0, 20), Is.EqualTo(BleRig.ExampleSnapshot));
    }

    [Test]
    public void WithPairingRequiredAnUnpairedSubscriberGetsNothingUntilItPairs()
    {
        // NimBLE accepts CCCD writes without security, so the service must withhold the data itself.
        var rig = new BleRig(pairingRequired: true);
        HostBleCentral c = rig.Peripheral.Connect();
        Assert.That(c.EnableNotifications(CydShuntGattTable.LiveSnapshot).IsSuccess, Is.True);
        rig.Run(5000);
        Assert.That(c.Notifications.TotalCount, Is.Zero);
        rig.Pair(c);
        rig.Run(2000);
        Assert.That(c.Notifications.TotalCount, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void SubscriptionsEndWithTheConnection()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(1000);
        c.Disconnect();
        HostBleCentral other = rig.Peripheral.Connect();
        rig.Run(3000);
        Assert.That(other.Notifications.TotalCount, Is.Zero);
    }
}

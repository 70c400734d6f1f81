using System;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;
using NUnit.Framework;
using CydShunt.Firmware.Tests.Support;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>The steady state (updates, notifications, reads) allocates nothing on the managed heap.</summary>
public class AllocationTests
{
    [Test]
    public void UpdatesNotificationsAndReadsAllocateNothing()
    {
        var rig = new BleRig();
        rig.Configure(intervalMilliseconds: 200);
        HostBleCentral c = rig.Peripheral.Connect();
        for (int i = 0; i < CydShuntGattTable.CharacteristicCount; i++)
        {
            if (i != CydShuntGattTable.ControlPoint && i != CydShuntGattTable.DeviceInfo)
            {
                c.EnableNotifications(i);
            }
        }

        IBlePeripheralHandler handler = rig.Service;
        byte[] readBuffer = new byte[20];
        LiveSnapshot snapshot = BleRig.ExampleSnapshot;
        rig.Run(1000);

        long before = ThreadAllocations.Begin();
        for (int tick = 0; tick < 20_000; tick++)
        {
            if (tick % 10 == 0)
            {
                snapshot = snapshot.With(sequence: (byte)(snapshot.Sequence + 1), voltageMillivolts: 12000 + tick);
                rig.Service.Update(snapshot, AlarmFlags.None, tick, tick);
            }

            handler.OnRead(tick % CydShuntGattTable.CharacteristicCount == CydShuntGattTable.ControlPoint ? 0 : tick % CydShuntGattTable.CharacteristicCount, readBuffer, out _);
            rig.Clock.Advance(50);
            rig.Service.Tick();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(c.Notifications.TotalCount, Is.GreaterThan(5000 * 12 / 2), "the loop really notified");
        Assert.That(allocated, Is.Zero);
    }
}

using System;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>The control point: ATT-level checks, every command, every malformed request, the indicated response.</summary>
public class ControlPointTests
{
    private static byte[] Bytes(string hex) => Convert.FromHexString(hex);

    /// <summary>Writes a request, runs one tick and returns the indicated response (hex).</summary>
    private static string Exchange(BleRig rig, HostBleCentral central, string requestHex)
    {
        int before = central.Indications.TotalCount;
        Assert.That(central.Write(CydShuntGattTable.ControlPoint, Bytes(requestHex)).Error, Is.Zero, "the write is accepted whatever its content");
        rig.Service.Tick();
        Assert.That(central.Indications.TotalCount, Is.EqualTo(before + 1), "one indication per accepted write");
        return Convert.ToHexStringLower(central.Indications.Last(CydShuntGattTable.ControlPoint)!);
    }

    // The examples table of spec/gatt.md plus the other decode rules.
    [TestCase("01", "800101", "ResetEnergyCounters")]
    [TestCase("02", "800201", "SynchroniseStateOfCharge")]
    [TestCase("03c800", "800301", "SetBatteryCapacity 200")]
    [TestCase("030100", "800301", "SetBatteryCapacity 1")]
    [TestCase("03feff", "800301", "SetBatteryCapacity 65534")]
    [TestCase("01ffff", "800101", "ResetEnergyCounters")]
    [TestCase("03c80099", "800301", "SetBatteryCapacity 200")]
    public void ValidCommandsAreCarriedOut(string request, string response, string call)
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        Assert.That(Exchange(rig, c, request), Is.EqualTo(response));
        Assert.That(rig.Actions.Calls, Is.EqualTo(new[] { call }));
    }

    [TestCase("", "800003")]
    [TestCase("05", "800502")]
    [TestCase("00", "800002")]
    [TestCase("80", "808002")]
    [TestCase("ff0102", "80ff02")]
    [TestCase("03", "800303")]
    [TestCase("03c8", "800303")]
    [TestCase("04", "800403")]
    [TestCase("04e8", "800403")]
    [TestCase("030000", "800304")]
    [TestCase("03ffff", "800304")]
    [TestCase("04c700", "800404")]
    [TestCase("041127", "800404")]
    public void MalformedRequestsAreAnsweredWithTheirResultAndChangeNothing(string request, string response)
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        byte[] deviceInfo = c.Read(CydShuntGattTable.DeviceInfo).Value;
        Assert.That(Exchange(rig, c, request), Is.EqualTo(response));
        Assert.That(rig.Actions.Calls, Is.Empty);
        Assert.That(rig.Service.NotificationIntervalMilliseconds, Is.EqualTo(1000));
        Assert.That(rig.PersistedIntervals, Is.Empty);
        Assert.That(c.Read(CydShuntGattTable.DeviceInfo).Value, Is.EqualTo(deviceInfo));
    }

    [Test]
    public void SetNotificationIntervalIsPersistedAndAppliesAtOnce()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Run(1000);
        Assert.That(Exchange(rig, c, "04f401"), Is.EqualTo("800401"));
        Assert.That(rig.PersistedIntervals, Is.EqualTo(new[] { 500 }));
        Assert.That(rig.Service.NotificationIntervalMilliseconds, Is.EqualTo(500));
        c.Notifications.Clear();
        rig.Run(5000);
        Assert.That(c.Notifications.TotalCount, Is.InRange(10, 11));
    }

    [Test]
    public void AnIntervalThatCannotBeStoredIsNotApplied()
    {
        var rig = new BleRig { PersistSucceeds = false };
        HostBleCentral c = rig.ControlCentral();
        Assert.That(Exchange(rig, c, "04c800"), Is.EqualTo("800405"));
        Assert.That(rig.Service.NotificationIntervalMilliseconds, Is.EqualTo(1000));
    }

    [TestCase("01", "800105")]
    [TestCase("02", "800205")]
    [TestCase("03c800", "800305")]
    public void ActionFailuresAreIndicatedAsOperationFailed(string request, string response)
    {
        var rig = new BleRig();
        rig.Actions.Result = ControlPointResult.OperationFailed;
        HostBleCentral c = rig.ControlCentral();
        Assert.That(Exchange(rig, c, request), Is.EqualTo(response));
    }

    [Test]
    public void ANewCapacityShowsInDeviceInfo()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        Exchange(rig, c, "03c800");
        byte[] info = c.Read(CydShuntGattTable.DeviceInfo).Value;
        Assert.That(info[6] | (info[7] << 8), Is.EqualTo(200));
    }

    [Test]
    public void ActionsRunOnTheMainLoopNotInTheWriteHandler()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        c.Write(CydShuntGattTable.ControlPoint, [1]);
        Assert.That(rig.Actions.Calls, Is.Empty);
        rig.Service.Tick();
        Assert.That(rig.Actions.Calls, Has.Count.EqualTo(1));
    }

    [Test]
    public void AnUnpairedCentralGetsInsufficientAuthenticationAndNothingHappens()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        // NimBLE does not protect CCCDs, so enabling indications succeeds even before pairing...
        Assert.That(c.EnableIndications(CydShuntGattTable.ControlPoint).IsSuccess, Is.True);
        // ...but the value write is refused by the stack before the service sees it.
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).Error, Is.EqualTo(AttError.InsufficientAuthentication));
        rig.Run(1000);
        Assert.That(rig.Actions.Calls, Is.Empty);
        Assert.That(c.Indications.TotalCount, Is.Zero);
    }

    [Test]
    public void ABondedCentralOnAnUnencryptedLinkGetsInsufficientEncryption()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ConnectPaired();
        c.Disconnect();
        rig.Peripheral.Connect(c);
        c.EnableIndications(CydShuntGattTable.ControlPoint);
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).Error, Is.EqualTo(AttError.InsufficientEncryption));
        c.EncryptWithBond();
        Assert.That(Exchange(rig, c, "01"), Is.EqualTo("800101"));
    }

    [Test]
    public void PairingWithoutMitmIsNotEnough()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.PairJustWorks();
        c.EnableIndications(CydShuntGattTable.ControlPoint);
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).Error, Is.EqualTo(AttError.InsufficientAuthentication));
        Assert.That(rig.Actions.Calls, Is.Empty);
    }

    [Test]
    public void WithoutIndicationsEnabledTheWriteGetsCccdImproperlyConfigured()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ConnectPaired();
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).Error, Is.EqualTo(AttError.CccdImproperlyConfigured));
        c.EnableIndications(CydShuntGattTable.ControlPoint);
        c.WriteCccd(CydShuntGattTable.ControlPoint, 0);
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).Error, Is.EqualTo(AttError.CccdImproperlyConfigured));
        rig.Run(500);
        Assert.That(rig.Actions.Calls, Is.Empty);
    }

    [Test]
    public void ASecondRequestBeforeTheIndicationIsConfirmedGetsProcedureAlreadyInProgress()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        c.AutoConfirmIndications = false;
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [1]).IsSuccess, Is.True);
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [2]).Error, Is.EqualTo(AttError.ProcedureAlreadyInProgress), "not yet carried out");
        rig.Service.Tick();
        Assert.That(c.IndicationPending, Is.True);
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [2]).Error, Is.EqualTo(AttError.ProcedureAlreadyInProgress), "indicated, not confirmed");
        rig.Run(500);
        Assert.That(rig.Actions.Calls, Is.EqualTo(new[] { "ResetEnergyCounters" }));
        c.ConfirmIndication();
        Assert.That(c.Write(CydShuntGattTable.ControlPoint, [2]).IsSuccess, Is.True);
        rig.Service.Tick();
        Assert.That(rig.Actions.Calls, Is.EqualTo(new[] { "ResetEnergyCounters", "SynchroniseStateOfCharge" }));
    }

    [Test]
    public void AnAcceptedRequestIsCarriedOutEvenIfTheCentralLeavesBeforeTheIndication()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        c.Write(CydShuntGattTable.ControlPoint, [2]);
        c.Disconnect();
        rig.Service.Tick();
        Assert.That(rig.Actions.Calls, Is.EqualTo(new[] { "SynchroniseStateOfCharge" }));
        Assert.That(c.Indications.TotalCount, Is.Zero);
        HostBleCentral again = rig.Peripheral.Connect(c);
        again.EncryptWithBond();
        again.EnableIndications(CydShuntGattTable.ControlPoint);
        Assert.That(Exchange(rig, again, "01"), Is.EqualTo("800101"), "no request is left in progress");
    }

    [Test]
    public void ReadOnlyCharacteristicsCannotBeWritten()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.ControlCentral();
        for (int i = 0; i < CydShuntGattTable.CharacteristicCount; i++)
        {
            if (i != CydShuntGattTable.ControlPoint)
            {
                Assert.That(c.Write(i, [1, 2, 3, 4]).Error, Is.EqualTo(AttError.WriteNotPermitted), "characteristic " + i);
            }
        }

        Assert.That(c.WriteWithoutResponse(CydShuntGattTable.ControlPoint, [1]), Is.False, "Write Command is not supported");
        IBlePeripheralHandler handler = rig.Service;
        Assert.That(handler.OnWrite(CydShuntGattTable.Voltage, [1], 1), Is.EqualTo(AttError.WriteNotPermitted), "the service repeats the rule");
        rig.Run(500);
        Assert.That(rig.Actions.Calls, Is.Empty);
    }

    [Test]
    public void TheServiceRepeatsTheSecurityCheckIfTheStackLetsAWriteThrough()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableIndications(CydShuntGattTable.ControlPoint);
        IBlePeripheralHandler handler = rig.Service;
        Assert.That(handler.OnWrite(CydShuntGattTable.ControlPoint, [1], 1), Is.EqualTo(AttError.InsufficientAuthentication));
        rig.Run(500);
        Assert.That(rig.Actions.Calls, Is.Empty);
    }
}

using System;
using System.Globalization;
using System.Threading.Tasks;
using CydShunt.Protocol;
using CydShunt.Web.Tests.Harness;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests;

/// <summary>
/// Connecting, first values, values against the simulation, stale data, reconnecting and a malformed value: the
/// published dashboard in headless chromium, the firmware behind chromium's emulated Bluetooth adapter.
/// </summary>
[TestFixture]
public sealed class ConnectionTests
{
    // The battery the shunt sees in these tests: 13.245 V, 5.234 A out of the battery.
    private const int VoltageMillivolts = 13_245;
    private const int CurrentMilliamps = -5_234;

    [Test]
    public async Task Connect_ShowsTheFirstValuesWithoutWaitingForAnUpdate()
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        s.Shunt.Pause(true); // no new measurement from here on: what shows must come from the connection itself
        LiveSnapshot current = s.Shunt.Snapshot;

        await s.ConnectAsync();

        await Assertions.Expect(s.Field("sequence")).ToHaveTextAsync(current.Sequence.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(s.Field("voltage")).Not.ToHaveTextAsync(Format.Na);
        await Assertions.Expect(s.Field("device-name")).ToHaveTextAsync("CYD Smart Shunt");
        await Assertions.Expect(s.Field("firmware")).ToHaveTextAsync("1.4.2"); // EmulatedShunt.Identity
        await Assertions.Expect(s.Field("protocol")).ToHaveTextAsync("version 1");
        await Assertions.Expect(s.Field("sensor")).ToHaveTextAsync("INA228");
        await Assertions.Expect(s.Field("capacity")).ToHaveTextAsync("200 Ah");
        await Assertions.Expect(s.Field("nominal-voltage")).ToHaveTextAsync("12 V");
        s.AssertNoErrors();
    }

    [Test]
    public async Task Values_MatchTheSimulationWithinTheProtocolResolution()
    {
        await using DashboardSession s = await DashboardSession.StartAsync(currentMilliamps: CurrentMilliamps, voltageMillivolts: VoltageMillivolts);
        s.Shunt.Run(120_000); // two simulated minutes of discharge: consumed charge and time to go have values
        await s.ConnectAsync();
        s.Shunt.Pause(true);
        byte sequence = s.Shunt.Snapshot.Sequence;
        await Assertions.Expect(s.Field("sequence")).ToHaveTextAsync(sequence.ToString(CultureInfo.InvariantCulture));
        LiveSnapshot served = s.Shunt.ServedSnapshot(sequence) ?? throw new AssertionException("the firmware never served sequence " + sequence);

        // Against the firmware's model values: at most half a wire step (spec/gatt.md, live snapshot) apart.
        Assert.Multiple(async () =>
        {
            Assert.That(await s.NumberAsync("voltage") * 1000, Is.EqualTo(served.VoltageMillivolts).Within(0.5), "voltage, 1 mV");
            Assert.That(await s.NumberAsync("current") * 1000, Is.EqualTo(served.CurrentMilliamps).Within(0.5), "current, 1 mA");
            Assert.That(await s.NumberAsync("power") * 1000, Is.EqualTo(served.PowerMilliwatts).Within(50), "power, 0.1 W");
            Assert.That(await s.NumberAsync("soc") * 100, Is.EqualTo(served.StateOfChargeCentipercent).Within(0.5), "SOC, 0.01 %");
            Assert.That(await s.NumberAsync("consumed") * 1000, Is.EqualTo(served.ConsumedMilliampHours).Within(5), "consumed, 10 mAh");
            Assert.That(await s.TextAsync("time-to-go"), Is.EqualTo(served.TimeToGoMinutes / 60 + ":" + (served.TimeToGoMinutes % 60).ToString("00", CultureInfo.InvariantCulture) + " h"));
        });

        // Against the battery itself: the INA228's bus LSB is 195.3125 µV, its current LSB on the 500 A shunt under 1 mA.
        Assert.Multiple(async () =>
        {
            Assert.That(await s.NumberAsync("voltage") * 1000, Is.EqualTo(VoltageMillivolts).Within(1.0), "voltage vs battery");
            Assert.That(await s.NumberAsync("current") * 1000, Is.EqualTo(CurrentMilliamps).Within(2.0), "current vs battery");
            Assert.That(await s.NumberAsync("power"), Is.EqualTo(VoltageMillivolts / 1000.0 * CurrentMilliamps / 1000.0).Within(0.1), "power = V × I");
            Assert.That(await s.TextAsync("direction"), Is.EqualTo("discharging"));
            Assert.That(await s.TextAsync("status"), Is.EqualTo("synchronised"));
            // 5.234 A since boot, shown with its sign as the client guide asks (0.01 Ah steps).
            double hours = s.Shunt.ElapsedMilliseconds / 3_600_000.0;
            Assert.That(await s.NumberAsync("consumed"), Is.EqualTo(CurrentMilliamps / 1000.0 * hours).Within(0.011));
            Assert.That(await s.TextAsync("temperature"), Is.EqualTo("—"), "the firmware has no battery temperature sensor");
            Assert.That(await s.TextAsync("alarms"), Is.EqualTo("none"));
        });
        s.AssertNoErrors();
    }

    [Test]
    public async Task StaleData_IsShownWhenTheMeasurementsStopAndClearsWhenTheyResume()
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        await s.ConnectAsync();
        await Assertions.Expect(s.Field("freshness")).ToHaveTextAsync("live");

        s.Shunt.Pause(true); // the BLE stack still answers, the sequence stops: the client guide's "stale"
        await Assertions.Expect(s.Field("freshness")).ToContainTextAsync("stale: no new measurement for", new() { Timeout = 25_000 });
        await Assertions.Expect(s.Field("state")).ToHaveTextAsync("Connected to CYD Smart Shunt");

        s.Shunt.Pause(false);
        await Assertions.Expect(s.Field("freshness")).ToHaveTextAsync("live");
        s.AssertNoErrors();
    }

    [Test]
    public async Task Reconnect_AfterTheLinkDrops_ShowsTheStateAndResumes()
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        await s.ConnectAsync();
        await Assertions.Expect(s.Field("freshness")).ToHaveTextAsync("live");
        BluetoothEmulationBridge bridge = s.Bridge!;
        s.Shunt.Pause(true);

        bridge.HoldConnections(); // the device does not answer yet: the page has to show that it is trying
        await bridge.DisconnectAsync();
        await s.ExpectAsync(() => Assertions.Expect(s.Field("state")).ToContainTextAsync("Connection lost, reconnecting"));
        Assert.That(s.Shunt.IsConnected, Is.False);
        byte before = s.Shunt.Snapshot.Sequence;

        bridge.ReleaseConnections();
        await s.ExpectAsync(() => Assertions.Expect(s.Field("state")).ToHaveTextAsync("Connected to CYD Smart Shunt"));
        Assert.That(s.Shunt.IsConnected, Is.True, "the firmware sees the browser connected again");
        s.Shunt.Run(1_000);
        byte after = s.Shunt.Snapshot.Sequence;
        Assert.That(after, Is.Not.EqualTo(before));
        await Assertions.Expect(s.Field("sequence")).ToHaveTextAsync(after.ToString(CultureInfo.InvariantCulture), new() { Timeout = 25_000 });
        s.AssertNoErrors();
    }

    [Test]
    public async Task Disconnect_ByTheUser_StaysDisconnected()
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        await s.ConnectAsync();

        await s.Field("disconnect").ClickAsync();

        await Assertions.Expect(s.Field("state")).ToHaveTextAsync("Disconnected from CYD Smart Shunt");
        await Assertions.Expect(s.Field("connect")).ToBeEnabledAsync();
        s.AssertNoErrors();
    }

    // 5 bytes: shorter than the 20-byte snapshot. SOC 0xFFFE: inside the u16 but beyond 10000 and not the NA marker.
    [TestCase("2a0100ffff", "TooShort", TestName = "MalformedSnapshot_TooShort_IsShownAndTheLastValuesStay")]
    [TestCase("2a01bd33008eebff4bfdfffeff660800002efbff", "ValueOutOfRange", TestName = "MalformedSnapshot_SocOutOfRange_IsShownAndTheLastValuesStay")]
    public async Task MalformedSnapshot_IsShownAsAnErrorAndTheLastValuesStay(string hex, string errorName)
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        s.Shunt.Pause(true);
        await s.ConnectAsync();
        string voltage = await s.TextAsync("voltage");
        Assert.That(voltage, Does.EndWith(" V"));

        s.Bridge!.CorruptNextSnapshot(Convert.FromHexString(hex));

        await Assertions.Expect(s.Field("problem")).ToContainTextAsync("live snapshot value the dashboard cannot decode (" + errorName);
        await Assertions.Expect(s.Field("voltage")).ToHaveTextAsync(voltage);
        await Assertions.Expect(s.Page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

        // The dashboard keeps working: the next good value is shown.
        s.Shunt.Run(1_000);
        string next = s.Shunt.Snapshot.Sequence.ToString(CultureInfo.InvariantCulture);
        await Assertions.Expect(s.Field("sequence")).ToHaveTextAsync(next, new() { Timeout = 25_000 });
        s.AssertNoErrors();
    }

    /// <summary>The dashboard's "not available" text (spec/client-guide.md: "—", never 0).</summary>
    private static class Format
    {
        public const string Na = "—";
    }
}

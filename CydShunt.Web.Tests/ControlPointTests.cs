using System.Threading.Tasks;
using CydShunt.Web.Tests.Harness;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests;

/// <summary>
/// The control point through the dashboard: each command, the device's answer in words, its effect in the firmware
/// and on screen; refusals on an unpaired link explained.
/// </summary>
[TestFixture]
public sealed class ControlPointTests
{
    [Test]
    public async Task Synchronise_SetsSocTo100AndConsumedToZero()
    {
        await using DashboardSession s = await DashboardSession.StartAsync(currentMilliamps: -20_000);
        s.Shunt.PairOnConnect = true;
        s.Shunt.Run(600_000); // ten minutes at 20 A from 200 Ah: 3.33 Ah used, SOC 98.33 %
        await s.ConnectAsync();
        await Assertions.Expect(s.Field("soc")).Not.ToHaveTextAsync("100.00 %");
        s.SetIdle(); // no current from here on: after the synchronisation the SOC stays where the command put it

        await s.Field("sync").ClickAsync();

        await Assertions.Expect(s.Field("control-result")).ToHaveTextAsync("Synchronise to 100 %: done (Success).");
        Assert.That(s.Shunt.Snapshot.StateOfChargeCentipercent, Is.EqualTo(10_000), "spec: SOC := 100.00 %");
        await Assertions.Expect(s.Field("soc")).ToHaveTextAsync("100.00 %");
        await Assertions.Expect(s.Field("consumed")).ToHaveTextAsync("0.00 Ah");
        s.AssertNoErrors();
    }

    [Test]
    public async Task ResetEnergyCounters_ZeroesEnergyInAndOut()
    {
        await using DashboardSession s = await DashboardSession.StartAsync(currentMilliamps: -20_000);
        s.Shunt.PairOnConnect = true;
        s.Shunt.Run(3_600_000); // one hour at 20 A × 13.245 V: 265 Wh out
        await s.ConnectAsync();
        await Assertions.Expect(s.Field("energy-out")).ToHaveTextAsync("0.265 kWh");

        await s.Field("reset-energy").ClickAsync();

        await Assertions.Expect(s.Field("control-result")).ToHaveTextAsync("Reset energy counters: done (Success).");
        await Assertions.Expect(s.Field("energy-out")).ToHaveTextAsync("0.000 kWh");
        await Assertions.Expect(s.Field("energy-in")).ToHaveTextAsync("0.000 kWh");
        s.AssertNoErrors();
    }

    [Test]
    public async Task SetCapacity_IsStoredAndShownInDeviceInfo()
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        s.Shunt.PairOnConnect = true;
        await s.ConnectAsync();
        await Assertions.Expect(s.Field("capacity")).ToHaveTextAsync("200 Ah");

        await s.Field("capacity-input").FillAsync("150");
        await s.Field("set-capacity").ClickAsync();

        await Assertions.Expect(s.Field("control-result")).ToHaveTextAsync("Set battery capacity: done (Success).");
        await Assertions.Expect(s.Field("capacity")).ToHaveTextAsync("150 Ah");
        Assert.That(s.Shunt.CapacityAmpHours, Is.EqualTo(150));
        s.AssertNoErrors();
    }

    [TestCase("0")]
    [TestCase("65535")]
    public async Task SetCapacity_OutOfRange_IsNotSent(string ampHours)
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        s.Shunt.PairOnConnect = true;
        await s.ConnectAsync();
        await Assertions.Expect(s.Field("capacity")).ToHaveTextAsync("200 Ah");

        await s.Field("capacity-input").FillAsync(ampHours);
        await s.Field("set-capacity").ClickAsync();

        // spec/gatt.md: a sender must not send an out-of-range parameter (1..65534 Ah).
        await Assertions.Expect(s.Field("control-result")).ToHaveTextAsync("Set battery capacity: not sent, the value " + ampHours + " is outside the allowed range.");
        Assert.That(s.Shunt.CapacityAmpHours, Is.EqualTo(200));
        s.AssertNoErrors();
    }

    [Test]
    public async Task Command_OnAnUnpairedLink_IsExplainedAsInsufficientAuthentication()
    {
        await using DashboardSession s = await DashboardSession.StartAsync(currentMilliamps: -20_000);
        s.Shunt.PairOnConnect = false;
        s.Shunt.Run(600_000);
        await s.ConnectAsync();
        int socBefore = s.Shunt.Snapshot.StateOfChargeCentipercent;

        await s.Field("sync").ClickAsync();

        await Assertions.Expect(s.Field("control-result")).ToContainTextAsync("Synchronise to 100 %: Insufficient authentication");
        await Assertions.Expect(s.Field("control-result")).ToContainTextAsync("passkey");
        Assert.That(s.Shunt.Snapshot.StateOfChargeCentipercent, Is.LessThanOrEqualTo(socBefore), "the firmware did not synchronise");
        await Assertions.Expect(s.Field("state")).ToHaveTextAsync("Connected to CYD Smart Shunt");
        s.AssertNoErrors();
    }
}

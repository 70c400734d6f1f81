using System.Threading.Tasks;
using CydShunt.Web.Tests.Harness;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests;

/// <summary>Connecting, first values, reconnecting: the dashboard against the firmware behind chromium's emulated adapter.</summary>
[TestFixture]
public sealed class ConnectionTests
{
    [Test]
    public async Task Connect_ShowsTheDeviceAndItsFirstValues()
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        await s.ConnectAsync();

        await Assertions.Expect(s.Field("device-name")).ToHaveTextAsync("CYD Smart Shunt");
        await Assertions.Expect(s.Field("voltage")).ToHaveTextAsync("13.245 V");
        s.AssertNoErrors();
    }
}

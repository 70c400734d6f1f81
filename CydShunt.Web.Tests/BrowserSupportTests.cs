using System.Threading.Tasks;
using CydShunt.Web.Tests.Harness;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests;

/// <summary>The dashboard in a browser without Web Bluetooth, and as an installable, offline-capable app.</summary>
[TestFixture]
public sealed class BrowserSupportTests
{
    [Test]
    public async Task BrowserWithoutWebBluetooth_SaysSoAndOffersNoConnect()
    {
        // Chromium on Linux without the flag has no navigator.bluetooth, like Firefox and Safari.
        await using DashboardSession s = await DashboardSession.StartAsync(webBluetooth: false);
        Assert.That(await s.Page.EvaluateAsync<bool>("() => 'bluetooth' in navigator"), Is.False);

        await Assertions.Expect(s.Field("no-bluetooth")).ToContainTextAsync("This browser has no Web Bluetooth.");
        await Assertions.Expect(s.Field("no-bluetooth")).ToContainTextAsync("Chrome or Edge");
        await Assertions.Expect(s.Field("connect")).ToBeDisabledAsync();
        await Assertions.Expect(s.Field("voltage")).ToHaveTextAsync("—");
        s.AssertNoErrors();
    }

    [Test]
    public async Task Manifest_NamesTheAppAndItsIconsExist()
    {
        await using DashboardSession s = await DashboardSession.StartAsync(webBluetooth: false);
        string href = await s.Page.Locator("link[rel=manifest]").GetAttributeAsync("href") ?? string.Empty;
        IAPIResponse manifest = await s.Page.APIRequest.GetAsync(WebTestEnvironment.App.Address + href);
        Assert.That(manifest.Ok, Is.True);
        System.Text.Json.JsonElement json = (await manifest.JsonAsync())!.Value;

        Assert.That(json.GetProperty("name").GetString(), Is.EqualTo("CydShunt battery monitor"));
        Assert.That(json.GetProperty("display").GetString(), Is.EqualTo("standalone"));
        foreach (System.Text.Json.JsonElement icon in json.GetProperty("icons").EnumerateArray())
        {
            IAPIResponse file = await s.Page.APIRequest.GetAsync(WebTestEnvironment.App.Address + icon.GetProperty("src").GetString());
            Assert.That(file.Ok, Is.True, icon.GetProperty("src").GetString());
        }
    }

    [Test]
    public async Task OnceLoaded_TheAppOpensOffline()
    {
        await using DashboardSession s = await DashboardSession.StartAsync(webBluetooth: false, serviceWorkers: true);
        // The service worker caches the published files on install; wait until it controls the page.
        await s.Page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
        await s.Page.ReloadAsync();
        Assert.That(await s.Page.EvaluateAsync<bool>("() => !!navigator.serviceWorker.controller"), Is.True);

        await s.Page.Context.SetOfflineAsync(true);
        await s.Page.ReloadAsync();

        await Assertions.Expect(s.Field("state")).ToHaveTextAsync("Not connected");
        await Assertions.Expect(s.Field("no-bluetooth")).ToBeVisibleAsync();
    }
}

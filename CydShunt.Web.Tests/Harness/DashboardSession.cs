using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests.Harness;

/// <summary>
/// One test's world: the firmware (<see cref="Shunt"/>), a fresh headless chromium with its emulated Bluetooth adapter
/// bridged to the firmware (<see cref="Bridge"/>), and the dashboard loaded in a page (<see cref="Page"/>). The device
/// chooser is answered through the DevTools DeviceAccess domain, as a user picking the shunt would.
/// </summary>
public sealed class DashboardSession : IAsyncDisposable
{
    private readonly HashSet<string> _answeredPrompts = [];
    private readonly List<string> _consoleErrors = [];
    private int _voltageMillivolts;

    private DashboardSession(EmulatedShunt shunt, IBrowser browser, IPage page, BluetoothEmulationBridge? bridge)
    {
        Shunt = shunt;
        Browser = browser;
        Page = page;
        Bridge = bridge;
    }

    /// <summary>The firmware behind the emulated peripheral.</summary>
    public EmulatedShunt Shunt { get; }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>The page with the dashboard.</summary>
    public IPage Page { get; }

    /// <summary>The DevTools bridge (null in a browser without Web Bluetooth).</summary>
    public BluetoothEmulationBridge? Bridge { get; }

    /// <summary>Errors the page wrote to its console (an unhandled .NET exception lands there).</summary>
    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    /// <summary>Starts the firmware, the browser and the page.</summary>
    /// <param name="webBluetooth">Whether the browser has Web Bluetooth.</param>
    /// <param name="currentMilliamps">Battery current.</param>
    /// <param name="voltageMillivolts">Battery voltage.</param>
    /// <param name="viewport">Page size (desktop by default).</param>
    /// <param name="serviceWorkers">Whether the app's service worker may run (off by default: every test loads fresh files).</param>
    /// <returns>The session.</returns>
    public static async Task<DashboardSession> StartAsync(bool webBluetooth = true, int currentMilliamps = -5_234, int voltageMillivolts = 13_245, ViewportSize? viewport = null, bool serviceWorkers = false)
    {
        var shunt = new EmulatedShunt(200, currentMilliamps, voltageMillivolts);
        IBrowser browser = await Chromium.LaunchAsync(WebTestEnvironment.Playwright, webBluetooth);
        BluetoothEmulationBridge? bridge = webBluetooth ? await BluetoothEmulationBridge.StartAsync(await browser.NewBrowserCDPSessionAsync(), shunt) : null;
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            ServiceWorkers = serviceWorkers ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
            AcceptDownloads = true,
        });
        IPage page = await context.NewPageAsync();
        var session = new DashboardSession(shunt, browser, page, bridge) { _voltageMillivolts = voltageMillivolts };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (session._consoleErrors)
                {
                    session._consoleErrors.Add(message.Text);
                }
            }
        };
        await page.GotoAsync(WebTestEnvironment.App.Address.ToString());
        if (webBluetooth)
        {
            ICDPSession pageCdp = await context.NewCDPSessionAsync(page);
            await pageCdp.SendAsync("DeviceAccess.enable");
            pageCdp.Event("DeviceAccess.deviceRequestPrompted").OnEvent += async (_, e) => await session.ChooseAsync(pageCdp, e!.Value);
        }

        await Assertions.Expect(page.Locator("[data-test=state]")).ToBeVisibleAsync();
        return session;
    }

    /// <summary>The battery rests: no current, the voltage stays.</summary>
    public void SetIdle() => Shunt.SetBattery(0, _voltageMillivolts);

    /// <summary>The element with data-test="<paramref name="name"/>".</summary>
    public ILocator Field(string name) => Page.Locator("[data-test=" + name + "]");

    /// <summary>The text of a field now.</summary>
    public async Task<string> TextAsync(string name) => (await Field(name).InnerTextAsync()).Trim();

    /// <summary>Presses Connect, picks the shunt in the chooser and waits until the dashboard says it is connected.</summary>
    public async Task ConnectAsync()
    {
        await Field("connect").ClickAsync();
        try
        {
            await Assertions.Expect(Field("state")).ToHaveTextAsync("Connected to " + Shunt.DeviceName);
            await Assertions.Expect(Field("battery-level")).Not.ToHaveTextAsync("—"); // the last of the first reads
        }
        catch (PlaywrightException e)
        {
            throw new AssertionException("Not connected. " + await DiagnosticsAsync(), e);
        }
    }

    /// <summary>Runs a Playwright expectation; when it fails, the failure message carries <see cref="DiagnosticsAsync"/>.</summary>
    public async Task ExpectAsync(Func<Task> expectation)
    {
        try
        {
            await expectation();
        }
        catch (PlaywrightException e)
        {
            throw new AssertionException(e.Message + "\n" + await DiagnosticsAsync(), e);
        }
    }

    /// <summary>What the page shows as a problem, and the bridge's trace: for failure messages.</summary>
    public async Task<string> DiagnosticsAsync()
    {
        string problem = await Field("problem").CountAsync() > 0 ? await TextAsync("problem") : "(none)";
        return "Problem on the page: " + problem + "\nGATT trace:\n" + string.Join("\n", Bridge?.Trace ?? new System.Collections.Concurrent.ConcurrentQueue<string>())
            + "\nBridge failures:\n" + string.Join("\n", Bridge?.Failures ?? []) + "\nConsole errors:\n" + string.Join("\n", ConsoleErrors);
    }

    /// <summary>The number in a field's text ("−5.234 A" → −5.234); the dashboard writes minus as U+2212.</summary>
    public async Task<double> NumberAsync(string name)
    {
        string text = (await TextAsync(name)).Replace('\u2212', '-');
        int end = 0;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] is '-' or '+' or '.'))
        {
            end++;
        }

        return double.Parse(text[..end], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Fails the test if the bridge failed or the page logged an error.</summary>
    public void AssertNoErrors()
    {
        Assert.That(Bridge?.Failures ?? [], Is.Empty, "bridge failures");
        lock (_consoleErrors)
        {
            Assert.That(_consoleErrors, Is.Empty, "errors in the page's console");
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Shunt.DisposeAsync();
    }

    private async Task ChooseAsync(ICDPSession pageCdp, JsonElement prompt)
    {
        string id = prompt.GetProperty("id").GetString()!;
        JsonElement devices = prompt.GetProperty("devices");
        lock (_answeredPrompts)
        {
            // The prompt event repeats as the device list updates; answering twice crashes the chooser.
            if (devices.GetArrayLength() == 0 || !_answeredPrompts.Add(id))
            {
                return;
            }
        }

        await pageCdp.SendAsync("DeviceAccess.selectPrompt", new Dictionary<string, object>
        {
            ["id"] = id,
            ["deviceId"] = devices[0].GetProperty("id").GetString()!,
        });
    }
}

using System.Threading.Tasks;
using CydShunt.Web.Tests.Harness;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests;

/// <summary>Once per run: publish and serve the dashboard, start the Playwright driver.</summary>
[SetUpFixture]
public sealed class WebTestEnvironment
{
    /// <summary>The served app.</summary>
    public static PublishedApp App { get; private set; } = null!;

    /// <summary>The Playwright driver (it launches the system chromium, see <see cref="Chromium"/>).</summary>
    public static IPlaywright Playwright { get; private set; } = null!;

    /// <summary>Publishes and serves.</summary>
    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _ = Chromium.ExecutablePath; // fail first, with the install hint, when chromium is missing
        App = await PublishedApp.StartAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>Stops everything.</summary>
    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Playwright?.Dispose();
        if (App != null)
        {
            await App.DisposeAsync();
        }
    }
}

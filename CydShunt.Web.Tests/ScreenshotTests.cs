using System;
using System.IO;
using System.Threading.Tasks;
using CydShunt.Web.Tests.Harness;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests;

/// <summary>
/// The dashboard at desktop and phone sizes, connected to a discharging battery with a few minutes of history: the
/// layout fits the width (no sideways scrolling on a phone), and the pictures land in artifacts/web-screenshots (and in
/// the folder CYDSHUNT_WEB_SCREENSHOTS names: docs/web when the docs are refreshed).
/// </summary>
[TestFixture]
public sealed class ScreenshotTests
{
    [TestCase("desktop", 1280, 900)]
    [TestCase("phone", 390, 844)]
    public async Task Dashboard_FitsTheScreen(string name, int width, int height)
    {
        await using DashboardSession s = await DashboardSession.StartAsync(currentMilliamps: -12_400, voltageMillivolts: 13_105, viewport: new ViewportSize { Width = width, Height = height });
        s.Shunt.PairOnConnect = true;
        s.Shunt.Pause(true);
        s.Shunt.Run(3_600_000); // an hour of discharge: consumed charge, energy out and time to go have values
        await s.ConnectAsync();
        for (int i = 0; i < 8; i++)
        {
            // A load that varies, so that the chart has a shape.
            s.Shunt.SetBattery(-12_400 + (i % 3) * 4_000 - (i == 5 ? 9_000 : 0), 13_105 + (i % 3) * 20 - (i == 5 ? 60 : 0));
            s.Shunt.Run(1_000);
            await Assertions.Expect(s.Field("sequence")).ToHaveTextAsync(s.Shunt.Snapshot.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        s.Shunt.Pause(false); // the firmware answers the control point in its next tick
        await s.Field("sync").ClickAsync();
        await Assertions.Expect(s.Field("control-result")).ToHaveTextAsync("Synchronise to 100 %: done (Success).");

        int overflow = await s.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "the page scrolls sideways");

        byte[] png = await s.Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        foreach (string folder in Folders())
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "dashboard-" + name + ".png"), png);
        }

        s.AssertNoErrors();
    }

    private static string[] Folders()
    {
        string artifacts = Path.Combine(PublishedApp.RepositoryRoot(), "artifacts", "web-screenshots");
        string? docs = Environment.GetEnvironmentVariable("CYDSHUNT_WEB_SCREENSHOTS");
        return string.IsNullOrEmpty(docs) ? [artifacts] : [artifacts, Path.GetFullPath(docs)];
    }
}

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CydShunt.Protocol;
using CydShunt.Web.Tests.Harness;
using Microsoft.Playwright;
using NUnit.Framework;

namespace CydShunt.Web.Tests;

/// <summary>The session chart and the CSV export of what the dashboard received.</summary>
[TestFixture]
public sealed class SessionRecordTests
{
    [Test]
    public async Task Chart_DrawsVoltageCurrentAndSoc_AndCsvHoldsEveryMeasurement()
    {
        await using DashboardSession s = await DashboardSession.StartAsync();
        s.Shunt.Pause(true);
        await s.ConnectAsync();
        for (int i = 0; i < 3; i++)
        {
            s.Shunt.Run(1_000);
            string sequence = s.Shunt.Snapshot.Sequence.ToString(CultureInfo.InvariantCulture);
            await Assertions.Expect(s.Field("sequence")).ToHaveTextAsync(sequence);
        }

        await Assertions.Expect(s.Field("chart-span")).ToContainTextAsync("4 measurements");
        foreach (string plot in new[] { "voltage", "current", "soc" })
        {
            await Assertions.Expect(s.Field("chart-" + plot).Locator("polyline")).ToHaveCountAsync(1);
        }

        IDownload download = await s.Page.RunAndWaitForDownloadAsync(() => s.Field("export-csv").ClickAsync());
        string path = Path.Combine(Path.GetTempPath(), "cydshunt-web-" + Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(path);
        string[] lines = (await File.ReadAllTextAsync(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        File.Delete(path);

        Assert.That(download.SuggestedFilename, Does.StartWith("cydshunt-").And.EndWith(".csv"));
        Assert.That(lines[0], Is.EqualTo("time_utc,sequence,status,voltage_v,current_a,power_w,soc_percent,temperature_c,time_to_go_min,consumed_ah"));
        Assert.That(lines, Has.Length.EqualTo(5));
        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split(',');
            LiveSnapshot served = s.Shunt.ServedSnapshot(byte.Parse(f[1], CultureInfo.InvariantCulture)) ?? throw new AssertionException("not served: " + line);
            Assert.Multiple(() =>
            {
                Assert.That(DateTimeOffset.Parse(f[0], CultureInfo.InvariantCulture), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
                Assert.That(f[2], Is.EqualTo("0x" + ((byte)served.Status).ToString("X2", CultureInfo.InvariantCulture)));
                Assert.That(double.Parse(f[3], CultureInfo.InvariantCulture) * 1000, Is.EqualTo(served.VoltageMillivolts).Within(0.5));
                Assert.That(double.Parse(f[4], CultureInfo.InvariantCulture) * 1000, Is.EqualTo(served.CurrentMilliamps).Within(0.5));
                Assert.That(double.Parse(f[5], CultureInfo.InvariantCulture) * 1000, Is.EqualTo(served.PowerMilliwatts).Within(50));
                Assert.That(double.Parse(f[6], CultureInfo.InvariantCulture) * 100, Is.EqualTo(served.StateOfChargeCentipercent).Within(0.5));
                Assert.That(f[7], Is.Empty, "temperature not available: an empty cell, never 0");
            });
        }

        s.AssertNoErrors();
    }
}

using System.IO;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>Compares what the emulated panel shows with a golden PNG in Ui/Goldens/ (docs/screen.md shows them).</summary>
internal static class ScreenGoldens
{
    public static readonly string Folder = Path.Combine(FirmwareSubsetTests.RepositoryRoot, "CydShunt.Firmware.Tests", "Ui", "Goldens");

    public static void AssertScreen(EmulatedScreen screen, string name)
    {
        Assert.That(screen.Panel.ProtocolViolations, Is.Empty, "the driver sent something the datasheet does not allow");
        Assert.That(screen.Panel.ShowsImage, Is.True);
        GoldenImage.AssertMatches(screen.Frame(), Ili9341Emulator.ScreenWidth, Ili9341Emulator.ScreenHeight, Path.Combine(Folder, name + ".png"));
    }
}

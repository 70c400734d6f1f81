using System.IO;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>
/// The whole chain once, SPI bytes to golden PNG: an orientation pattern drawn through the emulator in the CYD's
/// landscape (MADCTL 28h). The golden shows what the user should see: red top left, green top right, blue bottom
/// left, white bottom right, a yellow frame, and a black "F" that would read mirrored or upside down if the mapping
/// were wrong.
/// </summary>
public class PanelGoldenTests
{
    private static readonly string Goldens = Path.Combine(FirmwareSubsetTests.RepositoryRoot, "CydShunt.Firmware.Tests", "Display", "Goldens");

    private static void Send(Ili9341Emulator panel, byte command, params byte[] parameters)
    {
        panel.DataCommand.Write(false);
        panel.Spi.Write([command], 0, 1);
        if (parameters.Length > 0)
        {
            panel.DataCommand.Write(true);
            panel.Spi.Write(parameters, 0, parameters.Length);
        }
    }

    private static void Fill(Ili9341Emulator panel, int x, int y, int width, int height, ushort color)
    {
        int right = x + width - 1, bottom = y + height - 1;
        Send(panel, 0x2A, (byte)(x >> 8), (byte)x, (byte)(right >> 8), (byte)right);
        Send(panel, 0x2B, (byte)(y >> 8), (byte)y, (byte)(bottom >> 8), (byte)bottom);
        byte[] pixels = new byte[width * height * 2];
        for (int i = 0; i < pixels.Length; i += 2)
        {
            pixels[i] = (byte)(color >> 8);
            pixels[i + 1] = (byte)color;
        }

        Send(panel, 0x2C, pixels);
    }

    [Test]
    public void OrientationPatternInCydLandscape()
    {
        Ili9341Emulator panel = new();
        Send(panel, 0x01);
        Send(panel, 0x11);
        Send(panel, 0x3A, 0x55);
        Send(panel, 0x36, Ili9341Madctl.CydLandscape);
        Fill(panel, 0, 0, 160, 120, 0xF800);
        Fill(panel, 160, 0, 160, 120, 0x07E0);
        Fill(panel, 0, 120, 160, 120, 0x001F);
        Fill(panel, 160, 120, 160, 120, 0xFFFF);
        Fill(panel, 0, 0, 320, 2, 0xFFE0);
        Fill(panel, 0, 238, 320, 2, 0xFFE0);
        Fill(panel, 0, 0, 2, 240, 0xFFE0);
        Fill(panel, 318, 0, 2, 240, 0xFFE0);
        Fill(panel, 140, 80, 12, 80, 0x0000);  // the F's stem
        Fill(panel, 140, 80, 48, 12, 0x0000);  // its top bar
        Fill(panel, 140, 114, 36, 12, 0x0000); // its middle bar
        Send(panel, 0x29);

        Assert.That(panel.ProtocolViolations, Is.Empty);
        Assert.That(panel.UnwrittenPixels, Is.Zero);
        GoldenImage.AssertMatches(panel.GetFrame(), Ili9341Emulator.ScreenWidth, Ili9341Emulator.ScreenHeight,
            Path.Combine(Goldens, "ili9341-landscape-orientation.png"));
    }
}

using CydShunt.Protocol;
using System;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// What a change costs on the SPI bus: only the cells that changed are sent, and the result is the same picture a
/// full redraw gives. Expected sizes come from the font cells (10 x 20 pixels for values, 2 bytes a pixel) and the
/// datasheet's window commands (CASET and PASET with 4 parameters, RAMWR: 11 bytes).
/// </summary>
public class PartialRedrawTests
{
    private const int WindowCommandBytes = 1 + 4 + 1 + 4 + 1;
    private const int LargeCellPixelBytes = 10 * 20 * 2;

    [Test]
    public void OneChangedDigitSendsOneGlyphCell()
    {
        var monitor = FakeMonitorView.Discharging();
        var screen = new EmulatedScreen();
        screen.UserInterface.Attach(monitor, new FakeDeviceStatus());
        screen.UserInterface.Refresh(1000);
        screen.Panel.ResetCounters();

        monitor.VoltageMillivolts = 13280; // 13.27 V -> 13.28 V: one digit
        screen.UserInterface.Refresh(2000);

        Assert.That(screen.Panel.PixelBytes, Is.EqualTo(LargeCellPixelBytes));
        Assert.That(screen.Panel.TotalBytes, Is.EqualTo(LargeCellPixelBytes + WindowCommandBytes));
        Assert.That(screen.Panel.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void NothingChangedSendsNothing()
    {
        var monitor = FakeMonitorView.Discharging();
        var screen = new EmulatedScreen();
        screen.UserInterface.Attach(monitor, new FakeDeviceStatus());
        screen.UserInterface.Refresh(1000);
        screen.Panel.ResetCounters();

        screen.UserInterface.Refresh(2000);

        Assert.That(screen.Panel.TotalBytes, Is.Zero);
    }

    [Test]
    public void PartialRedrawsGiveTheSamePictureAsAFullRedraw()
    {
        var monitor = FakeMonitorView.Discharging();
        var updated = new EmulatedScreen();
        updated.UserInterface.Attach(monitor, new FakeDeviceStatus());
        updated.UserInterface.Refresh(1000);
        monitor.VoltageMillivolts = 12990;
        monitor.CurrentMilliamps = 4500;
        monitor.PowerMilliwatts = 58455;
        monitor.StateOfChargeCentipercent = 1234;
        monitor.TimeToGoMinutes = Measurement.NotAvailable;
        updated.UserInterface.Refresh(2000);

        var fresh = new EmulatedScreen();
        fresh.UserInterface.Attach(monitor, new FakeDeviceStatus());
        fresh.UserInterface.Refresh(2000);

        Assert.That(updated.Frame(), Is.EqualTo(fresh.Frame()));
    }

    [Test]
    public void PageSwitchSendsAtMostOneFrame()
    {
        var screen = new EmulatedScreen();
        screen.UserInterface.Attach(FakeMonitorView.Discharging(), new FakeDeviceStatus());
        screen.UserInterface.Refresh(1000);
        screen.Panel.ResetCounters();

        Assert.That(screen.UserInterface.Tap(120, 218), Is.True, "the HISTORY tab");
        screen.UserInterface.Update(1500);

        Assert.That(screen.Panel.PixelBytes, Is.EqualTo(320 * 240 * 2));
        Assert.That(screen.Panel.TotalBytes, Is.EqualTo((320 * 240 * 2) + WindowCommandBytes));
    }

    [Test]
    public void SteadyUpdatesAllocateNothingOnDotNet()
    {
        // A display that only counts, so the measurement holds the user interface alone (not the host's emulator).
        var display = new CountingDisplay();
        var fonts = new Firmware.Ui.UiFonts(Firmware.Display.Fonts.Font6x13.Create(), Firmware.Display.Fonts.Font10x20.Create());
        var ui = new Firmware.Ui.ShuntUserInterface(display, fonts);
        var monitor = FakeMonitorView.Discharging();
        var status = new FakeDeviceStatus();
        ui.Attach(monitor, status);
        ui.Update(1000);
        for (int i = 0; i < 4; i++)
        {
            monitor.VoltageMillivolts = 13280 + i;
            status.VeDirectBlocksSent++;
            ui.Update(1500 + (i * 500)); // warm every path once
        }

        long start = ThreadAllocations.Begin();
        for (int i = 0; i < 200; i++)
        {
            monitor.VoltageMillivolts = 13000 + i;
            monitor.CurrentMilliamps = -12000 - (i * 7);
            monitor.StateOfChargeCentipercent = 8000 - i;
            status.VeDirectBlocksSent++;
            ui.Update(5000 + (i * 500));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - start;
        Assert.That(display.Pixels, Is.GreaterThan(200 * 200), "the updates drew");
        Assert.That(allocated, Is.Zero);
    }

    private sealed class CountingDisplay : Firmware.Display.IDisplay
    {
        public int Width => 320;

        public int Height => 240;

        public long Pixels { get; private set; }

        public void OpenWindow(int x, int y, int width, int height)
        {
        }

        public void WritePixels(byte[] buffer, int offset, int count) => Pixels += count / 2;
    }
}

using System;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Tests.Application;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>A booted firmware on host ports with its user interface on the emulated panel: what the UI tests tap.</summary>
internal static class DeviceWithScreen
{
    public static readonly FirmwareIdentity Identity = new(1, 2, 3, "HQ2611ABCDE");

    /// <summary>Boots a firmware (optionally over existing flash; beforeBoot changes the rig, configure the booted firmware) and attaches the screen.</summary>
    public static (FirmwareRig Rig, EmulatedScreen Screen) Boot(InMemoryFlashStorage? flash = null, Action<FirmwareRig>? beforeBoot = null, Action<FirmwareRig>? configure = null)
    {
        var rig = new FirmwareRig(flash);
        beforeBoot?.Invoke(rig);
        BootReport report = rig.Firmware.Boot();
        configure?.Invoke(rig);
        var screen = new EmulatedScreen();
        screen.UserInterface.AttachFirmware(rig.Firmware, Identity, report);
        screen.UserInterface.Update(rig.Clock.MillisecondsSinceBoot);
        return (rig, screen);
    }

    public static bool Tap(this EmulatedScreen screen, (int X, int Y) point) => screen.UserInterface.Tap(point.X, point.Y);
}

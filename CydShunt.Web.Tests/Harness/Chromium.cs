using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace CydShunt.Web.Tests.Harness;

/// <summary>
/// Debian's chromium, headless, launched through Playwright (whose own browser downloads are never used). Web Bluetooth
/// is behind a flag on Linux: <see cref="LaunchAsync"/> switches it on unless asked not to.
/// </summary>
public static class Chromium
{
    /// <summary>The chromium binary: CHROMIUM_PATH, else /usr/bin/chromium.</summary>
    public static string ExecutablePath
    {
        get
        {
            string path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    "chromium not found at " + path + ": install it ('sudo apt-get install chromium', test.sh does this as root) or set CHROMIUM_PATH.");
            }

            return path;
        }
    }

    /// <summary>Starts a headless chromium with a fresh profile.</summary>
    /// <param name="playwright">The Playwright driver.</param>
    /// <param name="webBluetooth">Whether to switch Web Bluetooth on.</param>
    /// <returns>The browser.</returns>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, bool webBluetooth)
    {
        var arguments = new List<string>
        {
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        };
        if (webBluetooth)
        {
            arguments.Add("--enable-blink-features=WebBluetooth");
            arguments.Add("--enable-features=WebBluetooth");
        }

        // Playwright gives every launch a fresh temporary --user-data-dir.
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = arguments,
        });
    }
}

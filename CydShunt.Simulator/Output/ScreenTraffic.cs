using System.Globalization;

namespace CydShunt.Simulator;

/// <summary>
/// The display's SPI traffic over a run, as the simulator reports it on stderr: what booting drew, the average rate
/// afterwards and its share of the CYD's 40 MHz display bus (5 MB/s), and the largest single step (a page switch).
/// </summary>
internal static class ScreenTraffic
{
    /// <summary>Bytes per second a 40 MHz SPI bus moves (8 clocks a byte, no gaps).</summary>
    public const double BusBytesPerSecond = 40_000_000 / 8.0;

    /// <summary>The report line.</summary>
    /// <param name="rig">The rig after the run.</param>
    /// <returns>One line.</returns>
    public static string Describe(SimulationRig rig)
    {
        double seconds = rig.ElapsedMilliseconds / 1000.0;
        long bytes = rig.Screen.Panel.TotalBytes;
        double rate = seconds > 0 ? bytes / seconds : 0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"screen: boot {rig.ScreenBootBytes} B; then {bytes} B over SPI in {seconds:0} s = {rate:0} B/s, {100 * rate / BusBytesPerSecond:0.000} % of a 40 MHz bus; largest step {rig.ScreenPeakStepBytes} B (a full frame is 153600 B of pixels)");
    }
}

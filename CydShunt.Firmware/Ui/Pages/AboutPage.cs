using CydShunt.Firmware.Application;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// Shows the boot report in words and the versions (firmware, protocol, serial number). Shown first after a boot with a
    /// problem (no sensor, a sensor error, settings lost) or a restart by the firmware; problems are drawn in amber. Texts
    /// are built once.
    /// </summary>
    public sealed class AboutPage : Page
    {
        private const int CaptionCells = 15;
        private const int ValueCells = 37;
        private const int ValueX = 6 + (CaptionCells * 6);

        private readonly CaptionList _captions;
        private int _y = 46;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="identity">Firmware version and serial number.</param>
        /// <param name="report">What the boot found.</param>
        public AboutPage(UiFonts fonts, FirmwareIdentity identity, BootReport report)
            : base(1, false)
        {
            if (identity == null)
            {
                throw new System.ArgumentNullException("identity");
            }

            if (report == null)
            {
                throw new System.ArgumentNullException("report");
            }

            bool noSensor = report.Sensor == ShuntSensorType.None;
            bool sensorError = report.SensorError != SensorError.None;
            HasProblems = FindsProblems(report);
            _captions = new CaptionList(fonts.Small, 29);
            Add(_captions);
            _captions.Add(6, 26, 52, "Firmware " + identity.Major.ToString() + "." + identity.Minor.ToString() + "." + identity.Patch.ToString()
                + "   protocol v" + Protocol.CydShuntGatt.ProtocolVersion.ToString() + "   serial " + identity.SerialNumber, Theme.Text);
            Row(fonts, "Shunt sensor", BootReportText.Describe(report.Sensor), noSensor);
            Row(fonts, "Sensor error", BootReportText.Describe(report.SensorError), sensorError);
            Row(fonts, "Battery set.", BootReportText.Describe(report.BatterySettings), IsProblem(report.BatterySettings));
            Row(fonts, "Shunt set.", BootReportText.Describe(report.ShuntSettings), IsProblem(report.ShuntSettings));
            Row(fonts, "Integration", BootReportText.Describe(report.IntegrationSettings), IsProblem(report.IntegrationSettings));
            Row(fonts, "BLE set.", BootReportText.Describe(report.BleSettings), IsProblem(report.BleSettings));
            Row(fonts, "Battery state", BootReportText.Describe(report.BatteryState), IsProblem(report.BatteryState));
            Row(fonts, "Settings lost", report.SettingsReset ? "yes: defaults are in force, check SETUP" : "no", report.SettingsReset);
            if (report.PreviousRestart != RestartReason.None)
            {
                // Only after a restart by the firmware, so the usual page keeps its layout.
                Row(fonts, "Restarted", "by the firmware to bring BLE back; battery state saved", true);
            }
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return HasProblems ? "Boot report" : "About"; }
        }

        /// <summary>Whether the boot found something the user should see (the page is then shown first).</summary>
        public bool HasProblems { get; }

        /// <summary>
        /// Whether a boot report holds something the user should see first: no sensor, a sensor error, settings lost, a
        /// restart by the firmware (the user should know why the screen went dark and the phone lost its link).
        /// </summary>
        /// <param name="report">The report.</param>
        /// <returns><c>true</c> for a problem.</returns>
        public static bool FindsProblems(BootReport report)
        {
            return report.SettingsReset || report.Sensor == ShuntSensorType.None || report.SensorError != SensorError.None
                || report.PreviousRestart != RestartReason.None;
        }

        // Nothing stored yet is a fresh device, not a problem; every fallback or default after damage is.
        private static bool IsProblem(RecordLoadStatus status)
        {
            return status != RecordLoadStatus.Loaded && status != RecordLoadStatus.NoData;
        }

        private void Row(UiFonts fonts, string caption, string value, bool problem)
        {
            _captions.Add(6, _y, CaptionCells, caption, Theme.TextDim);
            ushort color = problem ? Theme.Warning : Theme.Text;
            if (value.Length <= ValueCells)
            {
                _captions.Add(ValueX, _y, ValueCells, value, color);
                _y += 16;
                return;
            }

            // Two lines, broken at the last space that fits (built once, at boot).
            int split = value.LastIndexOf(' ', ValueCells);
            if (split <= 0)
            {
                split = ValueCells;
            }

            _captions.Add(ValueX, _y, ValueCells, value.Substring(0, split), color);
            _captions.Add(ValueX, _y + 14, ValueCells, value.Substring(split).Trim(), color);
            _y += 30;
        }
    }
}

using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ui.Widgets;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// The ACTIONS tab: synchronise to 100 %, reset the energy counters, reset the history, each after a confirmation,
    /// each through the same firmware calls the BLE control point makes; the result shows under the buttons.
    /// </summary>
    public sealed class ActionsPage : Page
    {
        private readonly ShuntFirmware _firmware;
        private readonly UiFonts _fonts;
        private ConfirmPage? _confirm;
        private readonly IPageNavigator _navigator;
        private readonly TextField _result;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="firmware">The booted firmware.</param>
        /// <param name="navigator">Shows the confirmation, then this page again.</param>
        public ActionsPage(UiFonts fonts, ShuntFirmware firmware, IPageNavigator navigator)
            : base(6, false)
        {
            _firmware = firmware ?? throw new System.ArgumentNullException("firmware");
            _fonts = fonts;
            _navigator = navigator ?? throw new System.ArgumentNullException("navigator");
            Add(new Button(6, 28, 308, 44, fonts.Large, 1, "SYNCHRONISE TO 100 %", AskSynchronise));
            Add(new Button(6, 78, 308, 44, fonts.Large, 1, "RESET ENERGY COUNTERS", AskResetEnergy));
            Add(new Button(6, 128, 308, 44, fonts.Large, 1, "RESET HISTORY", AskResetHistory));
            _result = new TextField(6, 178, 51, fonts.Small, 1, TextAlignment.Left, Theme.Good, Theme.Background);
            Add(_result);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "Actions"; }
        }

        /// <summary>The result line (for tests).</summary>
        public TextField Result
        {
            get { return _result; }
        }

        /// <inheritdoc />
        public override void OnShown()
        {
            // A result stays until the user leaves the tab; coming back from the confirmation keeps it.
        }

        private void AskSynchronise()
        {
            Confirmation().Ask("SYNCHRONISE TO 100 %?", "Use when the battery is known to be full: SOC becomes", "100 %, consumed Ah 0, and the monitor is synchronised.", "SYNC", Synchronise, Back);
            _navigator.Show(Confirmation());
        }

        private void AskResetEnergy()
        {
            Confirmation().Ask("RESET ENERGY COUNTERS?", "Energy charged and discharged (kWh) start again", "from 0. State of charge and history stay.", "RESET", ResetEnergy, Back);
            _navigator.Show(Confirmation());
        }

        private void AskResetHistory()
        {
            Confirmation().Ask("RESET HISTORY?", "H1-H18 (deepest discharge, cycles, minimum and", "maximum voltage ...) start again: no undo.", "RESET", ResetHistory, Back);
            _navigator.Show(Confirmation());
        }

        private void Synchronise()
        {
            Report(_firmware.SynchroniseStateOfCharge(), "Synchronised: 100 %.");
        }

        private void ResetEnergy()
        {
            Report(_firmware.ResetEnergyCounters(), "Energy counters reset.");
        }

        private void ResetHistory()
        {
            Report(_firmware.ResetHistory(), "History reset.");
        }

        private void Report(ControlPointResult result, string success)
        {
            bool ok = result == ControlPointResult.Success;
            _result.Color = ok ? Theme.Good : Theme.Alarm;
            _result.SetText(ok ? success : "Failed: the state could not be stored.");
        }

        private void Back()
        {
            _confirm = null; // built again for the next question: it is garbage while this page is shown
            _navigator.Show(this);
        }

        private ConfirmPage Confirmation()
        {
            if (_confirm == null)
            {
                _confirm = new ConfirmPage(_fonts);
            }

            return _confirm;
        }
    }
}

using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>The SETUP tab: one big button per settings page.</summary>
    public sealed class SetupMenuPage : Page
    {
        /// <summary>Builds the menu.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="battery">Opens the battery settings.</param>
        /// <param name="shunt">Opens the shunt settings.</param>
        /// <param name="integration">Opens VE.Direct and BLE settings (<c>null</c> leaves the button disabled).</param>
        /// <param name="display">Opens backlight and touch settings (<c>null</c> leaves the button disabled).</param>
        /// <param name="about">Opens the boot report and versions.</param>
        public SetupMenuPage(UiFonts fonts, System.Action battery, System.Action shunt, System.Action? integration, System.Action? display, System.Action about)
            : base(6, false)
        {
            Add(new Button(6, 28, 150, 50, fonts.Large, 1, "BATTERY", battery));
            Add(new Button(164, 28, 150, 50, fonts.Large, 1, "SHUNT", shunt));
            Add(Optional(fonts, 6, 84, "INTEGRATION", integration));
            Add(Optional(fonts, 164, 84, "DISPLAY", display));
            Add(new Button(6, 140, 150, 50, fonts.Large, 1, "ABOUT", about));
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "Setup"; }
        }

        private static Button Optional(UiFonts fonts, int x, int y, string text, System.Action? action)
        {
            var button = new Button(x, y, 150, 50, fonts.Large, 1, text, action ?? Nothing);
            button.Enabled = action != null;
            return button;
        }

        private static void Nothing()
        {
        }
    }
}

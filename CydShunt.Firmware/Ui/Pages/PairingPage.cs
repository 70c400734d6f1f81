using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// Shows the six-digit pairing passkey over everything while a central pairs, large, to be typed on the phone (the
    /// screen is the root of trust, spec/connection-and-security.md).
    /// </summary>
    public sealed class PairingPage : Page
    {
        private readonly TextBuffer _text = new TextBuffer(6);
        private readonly TextField _passkey;
        private readonly TextField _result;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        public PairingPage(UiFonts fonts)
            : base(5, true)
        {
            Add(new Panel(0, 0, 320, 22, Theme.Accent));
            var captions = new CaptionList(fonts.Small, 4);
            Add(captions);
            captions.Add(4, 4, 40, "Bluetooth pairing request", Theme.Background);
            captions.Add(16, 44, 48, "Enter this passkey on your phone:", Theme.TextDim);
            _passkey = new TextField(40, 84, 6, fonts.Large, 4, TextAlignment.Center, Theme.Text, Theme.Background);
            Add(_passkey);
            _result = new TextField(16, 160, 48, fonts.Small, 1, TextAlignment.Left, Theme.Good, Theme.Background);
            Add(_result);
            captions.Add(16, 186, 48, "Only pair if you started it yourself.", Theme.TextDim);
            captions.Add(16, 204, 48, "The code disappears when pairing ends.", Theme.TextDim);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "Pairing"; }
        }

        /// <summary>The passkey shown (0..999999), -1 when none.</summary>
        public int Passkey { get; private set; } = -1;

        /// <summary>Shows a passkey with leading zeros.</summary>
        /// <param name="passkey">0..999999.</param>
        public void SetPasskey(int passkey)
        {
            if (passkey < 0 || passkey > 999999)
            {
                throw new System.ArgumentOutOfRangeException("passkey", "A passkey has six decimal digits.");
            }

            Passkey = passkey;
            _passkey.SetText(_text.Clear().AppendPadded(passkey, 6));
            _result.SetText((string?)null);
        }

        /// <summary>Shows how pairing ended, under the passkey.</summary>
        /// <param name="success">Whether the central paired.</param>
        public void ShowResult(bool success)
        {
            _result.Color = success ? Theme.Good : Theme.Alarm;
            _result.SetText(success ? "Paired. The phone may now change settings." : "Pairing failed or was cancelled.");
        }
    }
}

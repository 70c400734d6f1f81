using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// A full-screen on-screen keyboard for one line of text (the BLE device name): the title and how many bytes are
    /// left, the text with a cursor, a message line, and a <see cref="KeyboardGrid"/>. Typing stops at the byte limit;
    /// OK asks the caller's rule and either hands the text back or shows the refusal and stays; CANCEL changes nothing.
    /// </summary>
    public sealed class KeyboardPage : Page
    {
        /// <summary>Longest text the page edits, in characters.</summary>
        public const int Capacity = 32;

        /// <summary>Top row of the keyboard grid.</summary>
        public const int KeyboardTop = 74;

        /// <summary>Top row of the text field.</summary>
        public const int FieldTop = 24;

        private const int MessageCells = 52;

        private readonly TextBuffer _text = new TextBuffer(MessageCells);
        private readonly System.Action _close;
        private readonly Label _title;
        private readonly TextField _remaining;
        private readonly TextEntryField _field;
        private readonly TextField _message;
        private readonly KeyboardGrid _keys;
        private ITextEntryClient? _client;
        private int _maximumBytes = Capacity;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="close">Leaves the keyboard (shows the page that opened it).</param>
        public KeyboardPage(UiFonts fonts, System.Action close)
            : base(6, true)
        {
            _close = close ?? throw new System.ArgumentNullException("close");
            Add(new Panel(0, 0, 320, 22, Theme.Accent));
            _title = new Label(4, 4, 36, fonts.Small, 1, string.Empty, Theme.Background);
            Add(_title);
            _remaining = new TextField(226, 4, 15, fonts.Small, 1, TextAlignment.Right, Theme.Background, Theme.Accent);
            Add(_remaining);
            _field = new TextEntryField(4, FieldTop, 20, fonts.Small, 2);
            Add(_field);
            _message = new TextField(4, 60, MessageCells, fonts.Small, 1, TextAlignment.Left, Theme.TextDim, Theme.Background);
            Add(_message);
            _keys = new KeyboardGrid(KeyboardTop, fonts.Small, OnKey);
            Add(_keys);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return _title.Text; }
        }

        /// <summary>The text being edited (allocates).</summary>
        public string Text
        {
            get { return _field.ToString(); }
        }

        /// <summary>Bytes still free under the limit.</summary>
        public int RemainingBytes
        {
            get { return _maximumBytes - _field.ByteCount; }
        }

        /// <summary>The message line (refusals, the limit reached).</summary>
        public TextField Message
        {
            get { return _message; }
        }

        /// <summary>The keys (layer shown, hit-testing).</summary>
        public KeyboardGrid Keys
        {
            get { return _keys; }
        }

        /// <summary>Prepares an edit; show the page afterwards.</summary>
        /// <param name="title">What is edited, in the title bar.</param>
        /// <param name="text">The text to start from.</param>
        /// <param name="maximumBytes">Longest text in UTF-8 bytes (at most 20 fit the field).</param>
        /// <param name="client">The caller: checks the text with its rule (a refusal is shown in words) and gets it after OK; the keyboard closes first.</param>
        public void Begin(string title, string text, int maximumBytes, ITextEntryClient client)
        {
            if (maximumBytes < 1 || maximumBytes > _field.Capacity)
            {
                throw new System.ArgumentOutOfRangeException("maximumBytes");
            }

            _client = client ?? throw new System.ArgumentNullException("client");
            _maximumBytes = maximumBytes;
            _title.Text = title;
            _field.SetText(text, maximumBytes);
            _keys.Reset();
            ShowMessage("Type, then OK. CANCEL keeps the old text.", Theme.TextDim);
            ShowRemaining();
        }

        private void OnKey(char code)
        {
            switch (code)
            {
                case KeyboardGrid.Shift:
                case KeyboardGrid.Symbols:
                    return;
                case KeyboardGrid.Backspace:
                    _field.RemoveLast();
                    ShowMessage(null, Theme.TextDim);
                    break;
                case KeyboardGrid.Cancel:
                    _close();
                    return;
                case KeyboardGrid.Ok:
                    Accept();
                    return;
                default:
                    if (_field.TryAppend(code, _maximumBytes))
                    {
                        ShowMessage(null, Theme.TextDim);
                    }
                    else
                    {
                        _message.Color = Theme.Warning;
                        _message.SetText(_text.Clear().Append("Full: at most ").Append(_maximumBytes).Append(" bytes."));
                    }

                    break;
            }

            ShowRemaining();
        }

        private void Accept()
        {
            string text = _field.ToString();
            string? refusal = _client == null ? null : _client.ValidateText(text);
            if (refusal != null)
            {
                ShowMessage(refusal, Theme.Alarm);
                return;
            }

            ITextEntryClient? client = _client;
            _client = null;
            _close();
            if (client != null)
            {
                client.AcceptText(text);
            }
        }

        private void ShowRemaining()
        {
            int remaining = RemainingBytes;
            _remaining.SetText(_text.Clear().Append(remaining).Append(remaining == 1 ? " byte left" : " bytes left"));
        }

        private void ShowMessage(string? text, ushort color)
        {
            _message.Color = color;
            _message.SetText(text);
        }
    }
}

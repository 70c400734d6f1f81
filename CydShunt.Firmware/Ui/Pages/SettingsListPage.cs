using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// A list of settings edited on a draft: three rows a screen, each a caption, its value and either -/+ buttons or
    /// one action button; page buttons, UNDO and SAVE below. SAVE hands the draft to the firmware's validate → persist
    /// → apply path (the one the BLE control point uses) and shows what happened, a refusal in words. Subclasses say
    /// what the items are; this class owns the layout and the widgets.
    /// </summary>
    public abstract class SettingsListPage : Page
    {
        /// <summary>Rows shown at once.</summary>
        public const int RowsPerScreen = 3;

        private const int RowTop = 24;
        private const int RowHeight = 38;
        private const int MessageTop = 139;
        private const int MessageCells = 51;
        private const int ButtonTop = 165;
        private const int ButtonHeight = 31;

        private readonly string _title;
        private readonly TextBuffer _text = new TextBuffer(2 * MessageCells);
        private readonly Label[] _captions = new Label[RowsPerScreen];
        private readonly TextField[] _values = new TextField[RowsPerScreen];
        private readonly Button[] _minus = new Button[RowsPerScreen];
        private readonly Button[] _plus = new Button[RowsPerScreen];
        private readonly Button[] _action = new Button[RowsPerScreen];
        private readonly TextField _message;
        private readonly TextField _messageMore;
        private readonly TextField _position;
        private readonly Button _previous;
        private readonly Button _next;
        private readonly Button _undo;
        private readonly Button _save;
        private int _firstItem;

        /// <summary>Builds the rows and buttons.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="title">The status-bar title.</param>
        protected SettingsListPage(UiFonts fonts, string title)
            : base((5 * RowsPerScreen) + 9, false)
        {
            _title = title;
            for (int row = 0; row < RowsPerScreen; row++)
            {
                int y = RowTop + (row * RowHeight);
                int slot = row;
                _captions[row] = new Label(6, y + 3, 34, fonts.Small, 1, string.Empty, Theme.TextDim);
                Add(_captions[row]);
                _values[row] = new TextField(6, y + 19, 34, fonts.Small, 1, TextAlignment.Left, Theme.Text, Theme.Background);
                Add(_values[row]);
                _minus[row] = new Button(214, y + 2, 48, RowHeight - 6, fonts.Large, 1, "-", () => OnStep(slot, -1));
                Add(_minus[row]);
                _plus[row] = new Button(266, y + 2, 48, RowHeight - 6, fonts.Large, 1, "+", () => OnStep(slot, 1));
                Add(_plus[row]);
                _action[row] = new Button(214, y + 2, 100, RowHeight - 6, fonts.Small, 1, string.Empty, () => OnStep(slot, 0));
                Add(_action[row]);
            }

            _message = new TextField(6, MessageTop, MessageCells, fonts.Small, 1, TextAlignment.Left, Theme.Good, Theme.Background);
            Add(_message);
            _messageMore = new TextField(6, MessageTop + 13, MessageCells, fonts.Small, 1, TextAlignment.Left, Theme.Good, Theme.Background);
            Add(_messageMore);
            _previous = new Button(4, ButtonTop, 48, ButtonHeight, fonts.Large, 1, "<", () => Scroll(-1));
            Add(_previous);
            _position = new TextField(56, ButtonTop + 10, 5, fonts.Small, 1, TextAlignment.Center, Theme.TextDim, Theme.Background);
            Add(_position);
            _next = new Button(90, ButtonTop, 48, ButtonHeight, fonts.Large, 1, ">", () => Scroll(1));
            Add(_next);
            _undo = new Button(160, ButtonTop, 72, ButtonHeight, fonts.Large, 1, "UNDO", OnUndo);
            Add(_undo);
            _save = new Button(240, ButtonTop, 76, ButtonHeight, fonts.Large, 1, "SAVE", OnSave);
            Add(_save);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return _title; }
        }

        /// <summary>The message's first line (for tests).</summary>
        public TextField Message
        {
            get { return _message; }
        }

        /// <summary>The message's second line, used when the first is full (for tests).</summary>
        public TextField MessageContinued
        {
            get { return _messageMore; }
        }

        /// <summary>Items in the list.</summary>
        protected abstract int ItemCount { get; }

        /// <summary>Whether the draft differs from what is applied.</summary>
        protected abstract bool IsModified { get; }

        /// <inheritdoc />
        public override void OnShown()
        {
            Revert();
            _firstItem = 0;
            ClearMessage();
            Refresh();
        }

        /// <inheritdoc />
        public override void Update(long now)
        {
            Refresh();
        }

        /// <summary>Taps the -/+ (or action) of an item, as a finger would (tests and scripted walks).</summary>
        /// <param name="item">The item.</param>
        /// <param name="direction">-1, +1, or 0 for an action item.</param>
        public void StepItem(int item, int direction)
        {
            ClearMessage();
            Step(item, direction);
            Refresh();
        }

        /// <summary>The caption of an item.</summary>
        /// <param name="item">0..ItemCount - 1.</param>
        /// <returns>At most 34 characters.</returns>
        protected abstract string Caption(int item);

        /// <summary>Writes an item's draft value with its unit.</summary>
        /// <param name="item">The item.</param>
        /// <param name="text">Cleared, then written; at most 34 characters are shown.</param>
        protected abstract void FormatValue(int item, TextBuffer text);

        /// <summary>The text of an item's single action button, or <c>null</c> for -/+ buttons.</summary>
        /// <param name="item">The item.</param>
        /// <returns>The button text or <c>null</c>.</returns>
        protected virtual string? ActionText(int item)
        {
            return null;
        }

        /// <summary>Changes an item's draft value one step, or runs its action (direction 0).</summary>
        /// <param name="item">The item.</param>
        /// <param name="direction">-1, +1, or 0.</param>
        protected abstract void Step(int item, int direction);

        /// <summary>Makes the draft equal to what is applied.</summary>
        protected abstract void Revert();

        /// <summary>Hands the draft to the firmware; writes what happened into <paramref name="message"/>.</summary>
        /// <param name="message">Cleared; gets "Saved", or why not.</param>
        /// <returns><c>true</c> when the draft is now applied.</returns>
        protected abstract bool Apply(TextBuffer message);

        /// <summary>What the message says when the firmware could not write the settings to flash.</summary>
        protected const string NotStoredText = "Not saved: the settings could not be written to flash.";

        /// <summary>Whether the firmware holds the settings in flash after a save (written now, or already equal).</summary>
        /// <param name="result">What the save returned.</param>
        /// <returns><c>true</c> for <see cref="SettingsSaveResult.Saved"/> and <see cref="SettingsSaveResult.Unchanged"/>.</returns>
        protected static bool IsStored(SettingsSaveResult result)
        {
            return result == SettingsSaveResult.Saved || result == SettingsSaveResult.Unchanged;
        }

        /// <summary>Shows a message under the list (actions report through it).</summary>
        /// <param name="text">The words.</param>
        /// <param name="good">Green for success, red for a refusal.</param>
        protected void ShowMessage(string text, bool good)
        {
            ShowMessage(_text.Clear().Append(text), good);
        }

        /// <summary>Redraws the rows' captions and values from the draft.</summary>
        protected void Refresh()
        {
            int count = ItemCount;
            for (int row = 0; row < RowsPerScreen; row++)
            {
                int item = _firstItem + row;
                bool used = item < count;
                _captions[row].Visible = used;
                _values[row].Visible = used;
                string? action = used ? ActionText(item) : null;
                _minus[row].Visible = used && action == null;
                _plus[row].Visible = used && action == null;
                _action[row].Visible = action != null;
                if (!used)
                {
                    continue;
                }

                _captions[row].Text = Caption(item);
                FormatValue(item, _text.Clear());
                _values[row].SetText(_text);
                if (action != null)
                {
                    _action[row].Text = action;
                }
            }

            int screens = (count + RowsPerScreen - 1) / RowsPerScreen;
            _position.SetText(_text.Clear().Append((_firstItem / RowsPerScreen) + 1).Append('/').Append(screens));
            _previous.Enabled = _firstItem > 0;
            _next.Enabled = _firstItem + RowsPerScreen < count;
            bool modified = IsModified;
            _save.Enabled = modified;
            _save.Highlighted = modified;
            _undo.Enabled = modified;
        }

        private void OnStep(int row, int direction)
        {
            int item = _firstItem + row;
            if (item < ItemCount)
            {
                StepItem(item, direction);
            }
        }

        private void Scroll(int direction)
        {
            int first = _firstItem + (direction * RowsPerScreen);
            if (first >= 0 && first < ItemCount)
            {
                _firstItem = first;
                Refresh();
            }
        }

        private void OnUndo()
        {
            Revert();
            ShowMessage("Changes undone.", true);
            Refresh();
        }

        private void OnSave()
        {
            bool saved = Apply(_text.Clear());
            ShowMessage(_text, saved);
            Refresh();
        }

        private void ClearMessage()
        {
            TwoLineMessage.Clear(_message, _messageMore);
        }

        private void ShowMessage(TextBuffer text, bool good)
        {
            TwoLineMessage.Show(_message, _messageMore, text, good ? Theme.Good : Theme.Alarm);
        }
    }
}

using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// A full-screen question before something that cannot be undone: what will happen, CANCEL on the left, the
    /// action's own word on the right (never a bare "OK"), far enough apart that a slip does not confirm.
    /// </summary>
    public sealed class ConfirmPage : Page
    {
        private readonly Label _question;
        private readonly Label _detail;
        private readonly Label _detailMore;
        private readonly Button _confirm;
        private System.Action? _onConfirm;
        private System.Action? _onDone;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        public ConfirmPage(UiFonts fonts)
            : base(7, true)
        {
            Add(new Panel(0, 0, 320, 22, Theme.Warning));
            Add(new Label(4, 4, 50, fonts.Small, 1, "Please confirm", Theme.Background));
            _question = new Label(10, 44, 30, fonts.Large, 1, string.Empty, Theme.Text);
            Add(_question);
            _detail = new Label(10, 84, 50, fonts.Small, 1, string.Empty, Theme.TextDim);
            Add(_detail);
            _detailMore = new Label(10, 102, 50, fonts.Small, 1, string.Empty, Theme.TextDim);
            Add(_detailMore);
            Add(new Button(6, 180, 130, 52, fonts.Large, 1, "CANCEL", OnCancel));
            _confirm = new Button(184, 180, 130, 52, fonts.Large, 1, string.Empty, OnConfirm);
            Add(_confirm);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "Confirm"; }
        }

        /// <summary>Sets up the question.</summary>
        /// <param name="question">Upper case, at most 30 characters (large font).</param>
        /// <param name="detail">What happens, first line.</param>
        /// <param name="detailMore">Second line.</param>
        /// <param name="confirmWord">The confirm button's word, e.g. "RESET".</param>
        /// <param name="onConfirm">Runs on confirm.</param>
        /// <param name="onDone">Runs after confirm or cancel (returns to the previous page).</param>
        public void Ask(string question, string detail, string detailMore, string confirmWord, System.Action onConfirm, System.Action onDone)
        {
            _question.Text = question;
            _detail.Text = detail;
            _detailMore.Text = detailMore;
            _confirm.Text = confirmWord;
            _onConfirm = onConfirm;
            _onDone = onDone;
        }

        private void OnCancel()
        {
            _onConfirm = null;
            Done();
        }

        private void OnConfirm()
        {
            System.Action? confirm = _onConfirm;
            _onConfirm = null;
            if (confirm != null)
            {
                confirm();
            }

            Done();
        }

        private void Done()
        {
            System.Action? done = _onDone;
            _onDone = null;
            if (done != null)
            {
                done();
            }
        }
    }
}

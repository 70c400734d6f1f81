using CydShunt.Firmware.Display;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// A set of widgets shown together. Widgets are added once, in drawing order (backgrounds first); a tap goes to
    /// the topmost visible widget under the finger. A page forwards its widgets' invalidations to the screen only
    /// while it is shown, so hidden pages change state freely at no cost.
    /// </summary>
    public abstract class Page : IDrawable, IInvalidationSink
    {
        private readonly Widget[] _widgets;
        private int _count;
        private IInvalidationSink? _screen;

        /// <summary>Creates an empty page.</summary>
        /// <param name="capacity">Widgets it can hold.</param>
        /// <param name="fullScreen">Drawn over the whole screen, without the status and tab bars (dialogs, pairing).</param>
        protected Page(int capacity, bool fullScreen)
        {
            _widgets = new Widget[capacity];
            FullScreen = fullScreen;
        }

        /// <summary>Drawn without the status and tab bars.</summary>
        public bool FullScreen { get; }

        /// <summary>The title shown in the status bar.</summary>
        public abstract string Title { get; }

        /// <summary>Connects the page to the screen while it is shown (<c>null</c> when hidden).</summary>
        /// <param name="screen">Where invalidations go.</param>
        public void Attach(IInvalidationSink? screen)
        {
            _screen = screen;
        }

        /// <inheritdoc />
        public void Invalidate(int x, int y, int width, int height)
        {
            if (_screen != null)
            {
                _screen.Invalidate(x, y, width, height);
            }
        }

        /// <inheritdoc />
        public void Draw(Canvas canvas)
        {
            for (int i = 0; i < _count; i++)
            {
                Widget widget = _widgets[i];
                if (widget.Visible && canvas.Intersects(widget.X, widget.Y, widget.Width, widget.Height))
                {
                    widget.Draw(canvas);
                }
            }
        }

        /// <summary>Gives a tap to the topmost visible widget under it.</summary>
        /// <param name="x">Column.</param>
        /// <param name="y">Row.</param>
        /// <returns><c>true</c> when a widget used it.</returns>
        public bool Tap(int x, int y)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                Widget widget = _widgets[i];
                if (widget.Visible && widget.Contains(x, y) && widget.Tap(x, y))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Brings the widgets up to date (called on every screen update while the page is shown).</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public virtual void Update(long now)
        {
        }

        /// <summary>Called when the page becomes the shown one, before it is drawn.</summary>
        public virtual void OnShown()
        {
        }

        /// <summary>Adds a widget on top of the ones already added.</summary>
        /// <param name="widget">The widget.</param>
        protected void Add(Widget widget)
        {
            if (_count == _widgets.Length)
            {
                throw new System.InvalidOperationException("The page's widget capacity is too small.");
            }

            widget.Attach(this);
            _widgets[_count++] = widget;
        }
    }
}

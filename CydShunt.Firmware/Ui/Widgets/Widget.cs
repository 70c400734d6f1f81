using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// A rectangle of a page that draws itself and may react to a tap. Widgets are created once with their page and
    /// change state in place; a change invalidates only the pixels it affects, and the screen redraws them in bands.
    /// </summary>
    public abstract class Widget : IDrawable
    {
        private IInvalidationSink? _sink;
        private bool _visible = true;

        /// <summary>Places the widget.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        protected Widget(int x, int y, int width, int height)
        {
            X = x;
            Y = y;
            Width = width;
            Height = height;
        }

        /// <summary>Left column.</summary>
        public int X { get; }

        /// <summary>Top row.</summary>
        public int Y { get; }

        /// <summary>Width in pixels.</summary>
        public int Width { get; }

        /// <summary>Height in pixels.</summary>
        public int Height { get; }

        /// <summary>Hidden widgets neither draw nor take taps.</summary>
        public bool Visible
        {
            get
            {
                return _visible;
            }

            set
            {
                Change(ref _visible, value);
            }
        }

        /// <summary>Connects the widget to its page (done by <see cref="Pages.Page.Add"/>).</summary>
        /// <param name="sink">Where invalidations go.</param>
        public void Attach(IInvalidationSink sink)
        {
            _sink = sink;
        }

        /// <summary>Whether a screen point lies on the widget.</summary>
        /// <param name="x">Column.</param>
        /// <param name="y">Row.</param>
        /// <returns><c>true</c> inside the rectangle.</returns>
        public bool Contains(int x, int y)
        {
            return x >= X && x < X + Width && y >= Y && y < Y + Height;
        }

        /// <inheritdoc />
        public abstract void Draw(Canvas canvas);

        /// <summary>Reacts to a tap inside the widget.</summary>
        /// <param name="x">Column.</param>
        /// <param name="y">Row.</param>
        /// <returns><c>true</c> when the tap was used.</returns>
        public virtual bool Tap(int x, int y)
        {
            return false;
        }

        /// <summary>Sets a colour field; a change redraws the widget.</summary>
        /// <param name="field">The field.</param>
        /// <param name="value">The new colour.</param>
        protected void Change(ref ushort field, ushort value)
        {
            if (field != value)
            {
                field = value;
                Invalidate();
            }
        }

        /// <summary>Sets a flag field; a change redraws the widget.</summary>
        /// <param name="field">The field.</param>
        /// <param name="value">The new value.</param>
        protected void Change(ref bool field, bool value)
        {
            if (field != value)
            {
                field = value;
                Invalidate();
            }
        }

        /// <summary>Marks the whole widget for redrawing.</summary>
        protected void Invalidate()
        {
            Invalidate(X, Y, Width, Height);
        }

        /// <summary>Marks part of the screen for redrawing.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        protected void Invalidate(int x, int y, int width, int height)
        {
            if (_sink != null)
            {
                _sink.Invalidate(x, y, width, height);
            }
        }
    }
}

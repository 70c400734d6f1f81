using CydShunt.Firmware.Display;
using CydShunt.Firmware.Ui.Pages;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// Owns the band buffer and what is on the display: the frame (status bar and tab bar, a page itself) and the
    /// current page. Changes anywhere invalidate rectangles; <see cref="Render"/> redraws just those, each through the
    /// band renderer, with the frame and the page drawn together so they never fight over pixels.
    /// </summary>
    public sealed class Screen : IInvalidationSink, IDrawable
    {
        private readonly BandRenderer _renderer;
        private readonly DirtyRegions _dirty = new DirtyRegions(16);
        private Page? _frame;
        private Page? _page;

        /// <summary>Creates the screen with its band buffer.</summary>
        /// <param name="display">The display.</param>
        /// <param name="bandPixels">Pixels in the band buffer (two bytes each); at least one screen row.</param>
        public Screen(IDisplay display, int bandPixels)
        {
            _renderer = new BandRenderer(display, new Canvas(bandPixels));
            Width = display.Width;
            Height = display.Height;
        }

        /// <summary>Screen width in pixels.</summary>
        public int Width { get; }

        /// <summary>Screen height in pixels.</summary>
        public int Height { get; }

        /// <summary>The shown page.</summary>
        public Page? Page
        {
            get { return _page; }
        }

        /// <summary>Sets the frame drawn around non-full-screen pages.</summary>
        /// <param name="frame">The frame page.</param>
        public void SetFrame(Page frame)
        {
            _frame = frame;
            frame.Attach(this);
            InvalidateAll();
        }

        /// <summary>Shows a page; the whole screen is redrawn on the next <see cref="Render"/>.</summary>
        /// <param name="page">The page.</param>
        public void Show(Page page)
        {
            if (page == _page)
            {
                return;
            }

            if (_page != null)
            {
                _page.Attach(null);
            }

            _page = page;
            page.Attach(this);
            page.OnShown();
            InvalidateAll();
        }

        /// <summary>Marks the whole screen for redrawing.</summary>
        public void InvalidateAll()
        {
            _dirty.Clear();
            _dirty.Add(0, 0, Width, Height);
        }

        /// <inheritdoc />
        public void Invalidate(int x, int y, int width, int height)
        {
            _dirty.Add(x, y, width, height);
        }

        /// <summary>Redraws every invalidated rectangle.</summary>
        /// <returns>Rectangles redrawn.</returns>
        public int Render()
        {
            int rendered = 0;
            int x;
            int y;
            int width;
            int height;
            while (_dirty.TryTake(out x, out y, out width, out height))
            {
                _renderer.Render(this, x, y, width, height);
                rendered++;
            }

            return rendered;
        }

        /// <summary>Gives a tap to the page, then to the frame.</summary>
        /// <param name="x">Column.</param>
        /// <param name="y">Row.</param>
        /// <returns><c>true</c> when something used it.</returns>
        public bool Tap(int x, int y)
        {
            if (x < 0 || y < 0 || x >= Width || y >= Height || _page == null)
            {
                return false;
            }

            if (_page.Tap(x, y))
            {
                return true;
            }

            return !_page.FullScreen && _frame != null && _frame.Tap(x, y);
        }

        /// <inheritdoc />
        public void Draw(Canvas canvas)
        {
            canvas.Clear(Theme.Background);
            if (_page == null)
            {
                return;
            }

            if (!_page.FullScreen && _frame != null)
            {
                _frame.Draw(canvas);
            }

            _page.Draw(canvas);
        }
    }
}

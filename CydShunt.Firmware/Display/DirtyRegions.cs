namespace CydShunt.Firmware.Display
{
    /// <summary>
    /// The rectangles of the screen that must be redrawn, kept in fixed arrays (no allocation). Overlapping or
    /// touching rectangles merge; when all slots are taken, a new rectangle merges into the one it grows least.
    /// </summary>
    public sealed class DirtyRegions
    {
        private readonly int[] _left;
        private readonly int[] _top;
        private readonly int[] _right;
        private readonly int[] _bottom;
        private int _count;

        /// <summary>Creates an empty set.</summary>
        /// <param name="capacity">Rectangles kept apart before merging, at least 1.</param>
        public DirtyRegions(int capacity)
        {
            if (capacity < 1)
            {
                throw new System.ArgumentOutOfRangeException("capacity", "At least one rectangle.");
            }

            _left = new int[capacity];
            _top = new int[capacity];
            _right = new int[capacity];
            _bottom = new int[capacity];
        }

        /// <summary>Rectangles currently held.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Adds a rectangle; an empty one is ignored.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        public void Add(int x, int y, int width, int height)
        {
            if (width <= 0 || height <= 0)
            {
                return;
            }

            int left = x;
            int top = y;
            int right = x + width;
            int bottom = y + height;

            // Merge with every rectangle it overlaps or touches, repeatedly, so the set stays disjoint-ish and small.
            bool merged = true;
            while (merged)
            {
                merged = false;
                for (int i = 0; i < _count; i++)
                {
                    if (left <= _right[i] && right >= _left[i] && top <= _bottom[i] && bottom >= _top[i])
                    {
                        left = left < _left[i] ? left : _left[i];
                        top = top < _top[i] ? top : _top[i];
                        right = right > _right[i] ? right : _right[i];
                        bottom = bottom > _bottom[i] ? bottom : _bottom[i];
                        RemoveAt(i);
                        merged = true;
                        break;
                    }
                }
            }

            if (_count == _left.Length)
            {
                int best = 0;
                long bestGrowth = long.MaxValue;
                for (int i = 0; i < _count; i++)
                {
                    long growth = Area(Min(left, _left[i]), Min(top, _top[i]), Max(right, _right[i]), Max(bottom, _bottom[i]))
                        - Area(_left[i], _top[i], _right[i], _bottom[i]);
                    if (growth < bestGrowth)
                    {
                        bestGrowth = growth;
                        best = i;
                    }
                }

                int bestLeft = _left[best];
                int bestTop = _top[best];
                int bestRight = _right[best];
                int bestBottom = _bottom[best];
                RemoveAt(best);
                Add(Min(left, bestLeft), Min(top, bestTop), Max(right, bestRight) - Min(left, bestLeft), Max(bottom, bestBottom) - Min(top, bestTop));
                return;
            }

            _left[_count] = left;
            _top[_count] = top;
            _right[_count] = right;
            _bottom[_count] = bottom;
            _count++;
        }

        /// <summary>Removes and returns the oldest rectangle.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        /// <returns><c>false</c> when the set is empty.</returns>
        public bool TryTake(out int x, out int y, out int width, out int height)
        {
            if (_count == 0)
            {
                x = 0;
                y = 0;
                width = 0;
                height = 0;
                return false;
            }

            x = _left[0];
            y = _top[0];
            width = _right[0] - _left[0];
            height = _bottom[0] - _top[0];
            RemoveAt(0);
            return true;
        }

        /// <summary>Forgets every rectangle.</summary>
        public void Clear()
        {
            _count = 0;
        }

        private static long Area(int left, int top, int right, int bottom)
        {
            return (long)(right - left) * (bottom - top);
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }

        private static int Max(int a, int b)
        {
            return a > b ? a : b;
        }

        private void RemoveAt(int index)
        {
            for (int i = index + 1; i < _count; i++)
            {
                _left[i - 1] = _left[i];
                _top[i - 1] = _top[i];
                _right[i - 1] = _right[i];
                _bottom[i - 1] = _bottom[i];
            }

            _count--;
        }
    }
}

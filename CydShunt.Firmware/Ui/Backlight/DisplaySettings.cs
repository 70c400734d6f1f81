using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Ui.Backlight
{
    /// <summary>
    /// What the user chose for the screen: after how many minutes without a touch the backlight dims and then goes off
    /// (or never), and how bright it is when on. Persisted as record kind <see cref="RecordKind.SettingsDisplay"/>.
    /// Layout version 1, little-endian, exactly <see cref="SerializedSize"/> bytes:
    /// <c>[0] version = 1, [1] timeout minutes (0 = never), [2..3] brightness per mille (u16)</c>.
    /// </summary>
    public sealed class DisplaySettings
    {
        /// <summary>Version of the layout written by <see cref="WriteTo"/>.</summary>
        public const byte PayloadVersion = 1;

        /// <summary>Bytes written by <see cref="WriteTo"/>.</summary>
        public const int SerializedSize = 4;

        /// <summary>Timeout value meaning "the backlight stays on".</summary>
        public const int Never = 0;

        /// <summary>Default <see cref="TimeoutMinutes"/>.</summary>
        public const int DefaultTimeoutMinutes = 5;

        /// <summary>Default <see cref="BrightnessPerMille"/>: full.</summary>
        public const int DefaultBrightnessPerMille = 1000;

        /// <summary>The dimmest brightness offered (10 %): darker than this the screen looks broken in daylight.</summary>
        public const int MinimumBrightnessPerMille = 100;

        /// <summary>The brightest: the PWM always high.</summary>
        public const int MaximumBrightnessPerMille = 1000;

        /// <summary>How many timeout choices there are (see <see cref="TimeoutOption"/>).</summary>
        public const int TimeoutOptionCount = 6;

        /// <summary>Minutes without a touch before the backlight dims; <see cref="Never"/> keeps it on.</summary>
        public int TimeoutMinutes { get; set; } = DefaultTimeoutMinutes;

        /// <summary>Backlight level when on, <see cref="MinimumBrightnessPerMille"/>..1000.</summary>
        public int BrightnessPerMille { get; set; } = DefaultBrightnessPerMille;

        /// <summary>One of the offered timeouts, shortest first after "never".</summary>
        /// <param name="index">0..<see cref="TimeoutOptionCount"/> - 1.</param>
        /// <returns>Minutes: 0 (never), 1, 2, 5, 10, 30.</returns>
        public static int TimeoutOption(int index)
        {
            switch (index)
            {
                case 0:
                    return Never;
                case 1:
                    return 1;
                case 2:
                    return 2;
                case 3:
                    return 5;
                case 4:
                    return 10;
                case 5:
                    return 30;
                default:
                    throw new System.ArgumentOutOfRangeException("index");
            }
        }

        /// <summary>Where a timeout stands among the options.</summary>
        /// <param name="minutes">Minutes.</param>
        /// <returns>The index, or -1 when it is not offered.</returns>
        public static int IndexOfTimeout(int minutes)
        {
            for (int i = 0; i < TimeoutOptionCount; i++)
            {
                if (TimeoutOption(i) == minutes)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Checks the values.</summary>
        /// <returns><see cref="DisplaySettingsError.None"/>, or the first problem.</returns>
        public DisplaySettingsError Validate()
        {
            if (IndexOfTimeout(TimeoutMinutes) < 0)
            {
                return DisplaySettingsError.TimeoutNotOffered;
            }

            if (BrightnessPerMille < MinimumBrightnessPerMille || BrightnessPerMille > MaximumBrightnessPerMille)
            {
                return DisplaySettingsError.BrightnessOutOfRange;
            }

            return DisplaySettingsError.None;
        }

        /// <summary>Copies another instance's values into this one.</summary>
        /// <param name="other">The source.</param>
        public void CopyFrom(DisplaySettings other)
        {
            if (other == null)
            {
                throw new System.ArgumentNullException("other");
            }

            TimeoutMinutes = other.TimeoutMinutes;
            BrightnessPerMille = other.BrightnessPerMille;
        }

        /// <summary>Whether another instance holds the same values.</summary>
        /// <param name="other">The other settings.</param>
        /// <returns><c>true</c> when equal.</returns>
        public bool SameAs(DisplaySettings other)
        {
            return other != null && other.TimeoutMinutes == TimeoutMinutes && other.BrightnessPerMille == BrightnessPerMille;
        }

        /// <summary>Writes valid settings (layout in the class summary).</summary>
        /// <param name="buffer">Destination with at least <see cref="SerializedSize"/> bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">Where to write.</param>
        /// <returns><see cref="SerializedSize"/>.</returns>
        public int WriteTo(byte[] buffer, int offset)
        {
            if (Validate() != DisplaySettingsError.None)
            {
                throw new System.InvalidOperationException("Invalid display settings are never written.");
            }

            PayloadBytes.CheckRange(buffer, offset, SerializedSize, "buffer");
            buffer[offset] = PayloadVersion;
            buffer[offset + 1] = (byte)TimeoutMinutes;
            PayloadBytes.WriteInt16(buffer, offset + 2, BrightnessPerMille);
            return SerializedSize;
        }

        /// <summary>Reads stored settings and validates them like new ones.</summary>
        /// <param name="buffer">The payload.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="count">Its length.</param>
        /// <param name="settings">The settings on success.</param>
        /// <param name="error">Why the payload was refused.</param>
        /// <returns>Whether the payload holds valid settings.</returns>
        public static bool TryReadFrom(byte[] buffer, int offset, int count, out DisplaySettings? settings, out DisplaySettingsError error)
        {
            settings = null;
            if (buffer == null || offset < 0 || count < 1 || offset > buffer.Length || count > buffer.Length - offset)
            {
                error = DisplaySettingsError.WrongLength;
                return false;
            }

            if (buffer[offset] != PayloadVersion)
            {
                error = DisplaySettingsError.UnknownVersion;
                return false;
            }

            if (count != SerializedSize)
            {
                error = DisplaySettingsError.WrongLength;
                return false;
            }

            DisplaySettings read = new DisplaySettings();
            read.TimeoutMinutes = buffer[offset + 1];
            read.BrightnessPerMille = PayloadBytes.ReadUInt16(buffer, offset + 2);
            error = read.Validate();
            if (error != DisplaySettingsError.None)
            {
                return false;
            }

            settings = read;
            return true;
        }
    }
}

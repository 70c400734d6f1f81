using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// The screen's colours (RGB565 constants, so a palette costs no objects): dark background for a panel that sits in
    /// a cabinet or a van at night, one colour per meaning (charging green, discharging amber, alarm red, BLE blue).
    /// </summary>
    public static class Theme
    {
        /// <summary>Page background.</summary>
        public const ushort Background = 0x0000;

        /// <summary>Panels and buttons.</summary>
        public const ushort Surface = 0x18E3; // #181C18

        /// <summary>Pressed or selected surfaces.</summary>
        public const ushort SurfaceSelected = 0x3186; // #303030

        /// <summary>Lines and outlines.</summary>
        public const ushort Outline = 0x4A69; // #484C48

        /// <summary>Values.</summary>
        public const ushort Text = 0xFFFF;

        /// <summary>Labels and units.</summary>
        public const ushort TextDim = 0x9CF3; // #989C98

        /// <summary>Values that are not available, and disabled things.</summary>
        public const ushort TextDisabled = 0x52AA; // #505450

        /// <summary>Charging, healthy, connected.</summary>
        public const ushort Good = 0x2F28; // #28E440

        /// <summary>Discharging, attention.</summary>
        public const ushort Warning = 0xFD20; // #F8A400

        /// <summary>Alarms and faults.</summary>
        public const ushort Alarm = 0xF8C3; // #F81818

        /// <summary>BLE and accents.</summary>
        public const ushort Accent = 0x2D7F; // #28ACF8

        /// <summary>The dim yellow of the CYD's frame, for the title bar.</summary>
        public const ushort TitleBar = 0x2104; // #202020
    }
}

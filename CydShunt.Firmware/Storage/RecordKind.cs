namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// What a stored record holds. The value is written into every record header and names the record's two slot
    /// files, so existing values must never change meaning. Ids run from 1 to <see cref="RecordStore.MaximumKind"/>.
    /// </summary>
    public enum RecordKind : byte
    {
        /// <summary>Battery settings (capacity, charged voltage, tail current, Peukert, ...).</summary>
        SettingsBattery = 1,

        /// <summary>Shunt settings (sensor, shunt rating, calibration).</summary>
        SettingsShunt = 2,

        /// <summary>Integration settings (VE.Direct, BLE, device name, advertising).</summary>
        SettingsIntegration = 3,

        /// <summary>Battery state: state of charge, counters, history.</summary>
        BatteryState = 4,

        /// <summary>BLE service settings changed over BLE (<see cref="Settings.BleSettings"/>).</summary>
        SettingsBle = 5,

        /// <summary>Touch panel calibration: the three calibration points (<see cref="Touch.TouchCalibration"/>).</summary>
        SettingsTouch = 6,

        /// <summary>Display settings: backlight timeout and brightness (<see cref="Ui.Backlight.DisplaySettings"/>).</summary>
        SettingsDisplay = 7,

        /// <summary>
        /// Why the firmware restarted the device itself (<see cref="Application.RestartNote"/>): written just before the
        /// restart, reported and erased at the next boot.
        /// </summary>
        RestartNote = 8,
    }
}

using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Validates the record store's payloads of the firmware's own record kinds: each decodes the payload with its
    /// serializer and says valid, unknown version or invalid (with the serializer's reason). Created once: a delegate
    /// from a method group allocates.
    /// </summary>
    internal static class StorageValidators
    {
        public static readonly PayloadValidator BatterySettings = ValidateBatterySettings;
        public static readonly PayloadValidator ShuntSettings = ValidateShuntSettings;
        public static readonly PayloadValidator BatteryState = ValidateBatteryState;
        public static readonly PayloadValidator BleSettings = ValidateBleSettings;
        public static readonly PayloadValidator RestartNote = ValidateRestartNote;

        private static PayloadVerdict ValidateBatterySettings(byte[] buffer, int offset, int count, out int reason)
        {
            Settings.BatterySettings? settings;
            BatterySettingsError error;
            bool ok = Settings.BatterySettings.TryReadFrom(buffer, offset, count, out settings, out error);
            reason = (int)error;
            return PayloadVerdictRule.Decide(ok, error == BatterySettingsError.PayloadVersionUnknown);
        }

        private static PayloadVerdict ValidateShuntSettings(byte[] buffer, int offset, int count, out int reason)
        {
            Sensors.ShuntSettings? settings;
            ShuntSettingsError error;
            bool ok = Sensors.ShuntSettings.TryReadFrom(buffer, offset, count, out settings, out error);
            reason = (int)error;
            return PayloadVerdictRule.Decide(ok, error == ShuntSettingsError.PayloadVersionUnknown);
        }

        private static PayloadVerdict ValidateBatteryState(byte[] buffer, int offset, int count, out int reason)
        {
            Monitor.BatteryState? state;
            BatteryStateError error;
            bool ok = Monitor.BatteryState.TryReadFrom(buffer, offset, count, out state, out error);
            reason = (int)error;
            return PayloadVerdictRule.Decide(ok, error == BatteryStateError.PayloadVersionUnknown);
        }

        private static PayloadVerdict ValidateBleSettings(byte[] buffer, int offset, int count, out int reason)
        {
            Settings.BleSettings? settings;
            bool versionKnown;
            bool ok = Settings.BleSettings.TryReadFrom(buffer, offset, count, out settings, out versionKnown);
            reason = ok ? 0 : 1;
            return PayloadVerdictRule.Decide(ok, !versionKnown);
        }

        private static PayloadVerdict ValidateRestartNote(byte[] buffer, int offset, int count, out int reason)
        {
            Platform.RestartReason restartReason;
            bool versionKnown;
            bool ok = Application.RestartNote.TryRead(buffer, offset, count, out restartReason, out versionKnown);
            reason = ok ? 0 : 1;
            return PayloadVerdictRule.Decide(ok, !versionKnown);
        }
    }
}

using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Ui.Backlight
{
    /// <summary>
    /// Loads and saves <see cref="DisplaySettings"/> as record kind <see cref="RecordKind.SettingsDisplay"/> through the
    /// settings repository (two slots, CRC, read-back, like every other setting). A stored record is validated on load
    /// exactly like new settings; when none is usable the defaults are returned and the load result says why.
    /// </summary>
    public sealed class DisplaySettingsStore
    {
        private static readonly PayloadValidator s_validator = ValidatePayload;

        private readonly SettingsRepository _repository;
        private readonly byte[] _buffer = new byte[DisplaySettings.SerializedSize];

        /// <summary>Creates the store over a settings repository.</summary>
        /// <param name="repository">The settings repository.</param>
        public DisplaySettingsStore(SettingsRepository repository)
        {
            _repository = repository ?? throw new System.ArgumentNullException("repository");
        }

        /// <summary>Validator for <see cref="RecordKind.SettingsDisplay"/> payloads (reason: a <see cref="DisplaySettingsError"/>).</summary>
        public static PayloadValidator Validator
        {
            get { return s_validator; }
        }

        /// <summary>
        /// Loads the stored settings, or the defaults when there are none (<see cref="RecordLoadStatus.NoData"/>) or they
        /// are unusable (a "UsedDefaults" status, the <see cref="DisplaySettingsError"/> in
        /// <see cref="RecordLoadResult.RejectReason"/>).
        /// </summary>
        /// <param name="result">What the load found.</param>
        /// <returns>The settings (a new object).</returns>
        public DisplaySettings Load(out RecordLoadResult result)
        {
            result = _repository.Load(RecordKind.SettingsDisplay, s_validator);
            byte[]? payload = result.Payload;
            if (payload != null && DisplaySettings.TryReadFrom(payload, 0, payload.Length, out DisplaySettings? settings, out DisplaySettingsError _) && settings != null)
            {
                return settings;
            }

            return new DisplaySettings();
        }

        /// <summary>Validates and saves settings; invalid ones are refused and nothing is written.</summary>
        /// <param name="settings">The settings.</param>
        /// <param name="error">Why they were refused, else <see cref="DisplaySettingsError.None"/>.</param>
        /// <returns>The outcome (<see cref="SettingsSaveResult.Unchanged"/> writes nothing).</returns>
        public SettingsSaveResult Save(DisplaySettings settings, out DisplaySettingsError error)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException("settings");
            }

            error = settings.Validate();
            if (error != DisplaySettingsError.None)
            {
                return SettingsSaveResult.Rejected;
            }

            int length = settings.WriteTo(_buffer, 0);
            SettingsSaveResult result = _repository.Save(RecordKind.SettingsDisplay, _buffer, 0, length, s_validator, out int reason);
            error = (DisplaySettingsError)reason;
            return result;
        }

        private static PayloadVerdict ValidatePayload(byte[] buffer, int offset, int count, out int reason)
        {
            bool ok = DisplaySettings.TryReadFrom(buffer, offset, count, out DisplaySettings? _, out DisplaySettingsError error);
            reason = (int)error;
            return PayloadVerdictRule.Decide(ok, error == DisplaySettingsError.UnknownVersion);
        }
    }
}

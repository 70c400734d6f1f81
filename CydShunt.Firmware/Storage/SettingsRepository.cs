using System;
using CydShunt.Firmware.Settings;

namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// Settings on top of <see cref="RecordStore"/>: a settings payload is saved only if its validator accepts it
    /// (otherwise it is rejected with the validator's reason and the stored settings stay as they are), an unchanged
    /// payload is not written again, and loading falls back to defaults with a report the settings screen can show
    /// ("settings reset"). Payloads are opaque here: each settings type supplies its serializer and a
    /// <see cref="PayloadValidator"/>; <see cref="IntegrationSettings"/> has typed helpers.
    /// </summary>
    public sealed class SettingsRepository
    {
        private static readonly PayloadValidator s_integrationValidator = ValidateIntegrationPayload;

        private readonly RecordStore _store;
        private readonly byte[]?[] _stored = new byte[]?[RecordStore.MaximumKind + 1];
        private readonly RecordLoadResult?[] _lastLoad = new RecordLoadResult?[RecordStore.MaximumKind + 1];
        private readonly byte[] _integrationBuffer = new byte[IntegrationSettings.MaximumEncodedLength];

        /// <summary>Creates a repository over <paramref name="store"/>.</summary>
        /// <param name="store">The record store (its maximum payload length must fit every settings payload).</param>
        public SettingsRepository(RecordStore store)
        {
            if (store == null)
            {
                throw new ArgumentNullException(nameof(store));
            }

            _store = store;
        }

        /// <summary>Validator for <see cref="RecordKind.SettingsIntegration"/> payloads (reason: an <see cref="IntegrationSettingsError"/>).</summary>
        public static PayloadValidator IntegrationValidator
        {
            get { return s_integrationValidator; }
        }

        /// <summary>
        /// Whether any settings kind loaded so far lost stored data and fell back to defaults, i.e. whether the screen
        /// should say "settings reset". A first boot (nothing stored) does not count.
        /// </summary>
        public bool AnySettingsReset
        {
            get
            {
                for (int k = 1; k < _lastLoad.Length; k++)
                {
                    RecordLoadResult? load = _lastLoad[k];
                    if (load != null && load.Kind != RecordKind.BatteryState && load.DefaultsReplacedStoredData)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>The result of the last <see cref="Load"/> of <paramref name="kind"/>, or <see langword="null"/> if it was not loaded.</summary>
        /// <param name="kind">The record kind.</param>
        /// <returns>The load result.</returns>
        public RecordLoadResult? LastLoad(RecordKind kind)
        {
            return _lastLoad[Index(kind)];
        }

        /// <summary>Loads a settings payload. When <see cref="RecordLoadResult.Payload"/> is null the caller uses its defaults; the status says why.</summary>
        /// <param name="kind">The settings kind.</param>
        /// <param name="validator">The kind's payload validator.</param>
        /// <returns>The load result.</returns>
        public RecordLoadResult Load(RecordKind kind, PayloadValidator validator)
        {
            if (validator == null)
            {
                throw new ArgumentNullException(nameof(validator));
            }

            int k = Index(kind);
            RecordLoadResult result = _store.Load(kind, validator);
            _lastLoad[k] = result;
            _stored[k] = result.Payload;
            return result;
        }

        /// <summary>
        /// Saves a settings payload if <paramref name="validator"/> accepts it and it differs from the stored one.
        /// </summary>
        /// <param name="kind">The settings kind.</param>
        /// <param name="payload">Buffer holding the payload.</param>
        /// <param name="offset">Where the payload starts.</param>
        /// <param name="count">Payload length.</param>
        /// <param name="validator">The kind's payload validator.</param>
        /// <param name="rejectReason">The validator's reason when the result is <see cref="SettingsSaveResult.Rejected"/>, else 0.</param>
        /// <returns>The outcome.</returns>
        public SettingsSaveResult Save(RecordKind kind, byte[] payload, int offset, int count, PayloadValidator validator, out int rejectReason)
        {
            if (validator == null)
            {
                throw new ArgumentNullException(nameof(validator));
            }

            int k = Index(kind);
            if (validator(payload, offset, count, out rejectReason) != PayloadVerdict.Valid)
            {
                return SettingsSaveResult.Rejected;
            }

            rejectReason = 0;
            if (SameAsStored(k, payload, offset, count))
            {
                return SettingsSaveResult.Unchanged;
            }

            RecordSaveStatus status = _store.Save(kind, payload, offset, count);
            if (status == RecordSaveStatus.WriteFailed)
            {
                return SettingsSaveResult.WriteFailed;
            }

            if (status == RecordSaveStatus.VerifyFailed)
            {
                return SettingsSaveResult.VerifyFailed;
            }

            byte[] copy = new byte[count];
            Array.Copy(payload, offset, copy, 0, count);
            _stored[k] = copy;
            return SettingsSaveResult.Saved;
        }

        /// <summary>Loads the integration settings, or their defaults when none are usable (<paramref name="result"/> says why).</summary>
        /// <param name="result">What the load found.</param>
        /// <returns>The settings (a new object).</returns>
        public IntegrationSettings LoadIntegration(out RecordLoadResult result)
        {
            result = Load(RecordKind.SettingsIntegration, s_integrationValidator);
            byte[]? payload = result.Payload;
            if (payload != null && IntegrationSettings.TryReadFrom(payload, 0, payload.Length, out IntegrationSettings? settings, out IntegrationSettingsError _) && settings != null)
            {
                return settings;
            }

            return new IntegrationSettings();
        }

        /// <summary>Validates and saves the integration settings; invalid settings are rejected and the stored ones kept.</summary>
        /// <param name="settings">The settings.</param>
        /// <param name="error">Why they were rejected, else <see cref="IntegrationSettingsError.None"/>.</param>
        /// <returns>The outcome.</returns>
        public SettingsSaveResult SaveIntegration(IntegrationSettings settings, out IntegrationSettingsError error)
        {
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            error = settings.Validate();
            if (error != IntegrationSettingsError.None)
            {
                return SettingsSaveResult.Rejected;
            }

            int length = settings.WriteTo(_integrationBuffer, 0);
            SettingsSaveResult result = Save(RecordKind.SettingsIntegration, _integrationBuffer, 0, length, s_integrationValidator, out int reason);
            error = (IntegrationSettingsError)reason;
            return result;
        }

        private bool SameAsStored(int k, byte[] payload, int offset, int count)
        {
            byte[]? stored = _stored[k];
            if (stored == null || stored.Length != count)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (stored[i] != payload[offset + i])
                {
                    return false;
                }
            }

            return true;
        }

        private static int Index(RecordKind kind)
        {
            if ((int)kind < 1 || (int)kind > RecordStore.MaximumKind)
            {
                throw new ArgumentOutOfRangeException(nameof(kind));
            }

            return (int)kind;
        }

        private static PayloadVerdict ValidateIntegrationPayload(byte[] buffer, int offset, int count, out int reason)
        {
            IntegrationSettingsError error;
            IntegrationSettings.TryReadFrom(buffer, offset, count, out IntegrationSettings? _, out error);
            reason = (int)error;
            return PayloadVerdictRule.Decide(error == IntegrationSettingsError.None, error == IntegrationSettingsError.UnknownVersion);
        }
    }
}

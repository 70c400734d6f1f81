using System;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Touch
{
    /// <summary>
    /// Loads and saves the touch calibration as record kind <see cref="RecordKind.SettingsTouch"/> through the settings
    /// repository, so it is crash-safe like every other setting (two slots, CRC, read-back) and counts towards
    /// <see cref="SettingsRepository.AnySettingsReset"/>. A stored calibration is validated on load exactly like a new one;
    /// when none is usable the uncalibrated default is returned and the load result says why.
    /// </summary>
    public sealed class TouchCalibrationStore
    {
        private static readonly PayloadValidator s_validator = ValidatePayload;

        private readonly SettingsRepository _repository;
        private readonly byte[] _buffer = new byte[TouchCalibration.SerializedSize];

        /// <summary>Creates the store over the firmware's settings repository.</summary>
        /// <param name="repository">The settings repository.</param>
        public TouchCalibrationStore(SettingsRepository repository)
        {
            if (repository == null)
            {
                throw new ArgumentNullException(nameof(repository));
            }

            _repository = repository;
        }

        /// <summary>Validator for <see cref="RecordKind.SettingsTouch"/> payloads (reason: a <see cref="TouchCalibrationError"/>).</summary>
        public static PayloadValidator Validator
        {
            get { return s_validator; }
        }

        /// <summary>
        /// Loads the stored calibration, or the uncalibrated default when there is none or it is unusable: a first boot
        /// gives <see cref="RecordLoadStatus.NoData"/>, a damaged or invalid record one of the "UsedDefaults" statuses
        /// (with the <see cref="TouchCalibrationError"/> in <see cref="RecordLoadResult.RejectReason"/>).
        /// </summary>
        /// <param name="result">What the load found.</param>
        /// <returns>The calibration (a new object).</returns>
        public TouchCalibration Load(out RecordLoadResult result)
        {
            result = _repository.Load(RecordKind.SettingsTouch, s_validator);
            byte[]? payload = result.Payload;
            if (payload != null && TouchCalibration.TryReadFrom(payload, 0, payload.Length, out TouchCalibration? calibration, out TouchCalibrationError _) && calibration != null)
            {
                return calibration;
            }

            return TouchCalibration.CreateDefault();
        }

        /// <summary>Saves a calibration the user made; the uncalibrated default is refused.</summary>
        /// <param name="calibration">The calibration.</param>
        /// <param name="error">Why it was refused, else <see cref="TouchCalibrationError.None"/>.</param>
        /// <returns>The outcome (<see cref="SettingsSaveResult.Unchanged"/> writes nothing).</returns>
        public SettingsSaveResult Save(TouchCalibration calibration, out TouchCalibrationError error)
        {
            if (calibration == null)
            {
                throw new ArgumentNullException(nameof(calibration));
            }

            if (!calibration.IsCalibrated)
            {
                error = TouchCalibrationError.NotCalibrated;
                return SettingsSaveResult.Rejected;
            }

            int length = calibration.WriteTo(_buffer, 0);
            SettingsSaveResult result = _repository.Save(RecordKind.SettingsTouch, _buffer, 0, length, s_validator, out int reason);
            error = (TouchCalibrationError)reason;
            return result;
        }

        private static PayloadVerdict ValidatePayload(byte[] buffer, int offset, int count, out int reason)
        {
            TouchCalibrationError error;
            bool ok = TouchCalibration.TryReadFrom(buffer, offset, count, out TouchCalibration? _, out error);
            reason = (int)error;
            return PayloadVerdictRule.Decide(ok, error == TouchCalibrationError.UnknownVersion);
        }
    }
}

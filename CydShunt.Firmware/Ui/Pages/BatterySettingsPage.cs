using CydShunt.Firmware.Application;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// The battery's settings: capacity, type (nominal voltage and chemistry preset), charged voltage, tail current,
    /// charged detection time, Peukert exponent, charge efficiency and discharge floor. SAVE goes through
    /// <see cref="ShuntFirmware.ApplyBatterySettings"/>, the path the BLE control point uses. The -/+ buttons stop at
    /// wide bounds only; the firmware's validation has the last word and its refusal is shown in words.
    /// </summary>
    public sealed class BatterySettingsPage : SettingsListPage
    {
        private const int Capacity = 0;
        private const int Type = 1;
        private const int ChargedVoltage = 2;
        private const int TailCurrent = 3;
        private const int DetectionTime = 4;
        private const int Peukert = 5;
        private const int Efficiency = 6;
        private const int DischargeFloor = 7;

        private readonly ShuntFirmware _firmware;
        private readonly BatterySettings _draft = new BatterySettings();
        private readonly BatterySettings _applied = new BatterySettings();

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="firmware">The booted firmware.</param>
        public BatterySettingsPage(UiFonts fonts, ShuntFirmware firmware)
            : base(fonts, "Battery")
        {
            _firmware = firmware ?? throw new System.ArgumentNullException("firmware");
        }

        /// <summary>The settings being edited (for tests).</summary>
        public BatterySettings Draft
        {
            get { return _draft; }
        }

        /// <inheritdoc />
        protected override int ItemCount
        {
            get { return 8; }
        }

        /// <inheritdoc />
        protected override bool IsModified
        {
            get
            {
                return _draft.CapacityAmpHours != _applied.CapacityAmpHours
                    || _draft.NominalVoltageVolts != _applied.NominalVoltageVolts
                    || _draft.Chemistry != _applied.Chemistry
                    || _draft.ChargedVoltageMillivolts != _applied.ChargedVoltageMillivolts
                    || _draft.TailCurrentPermille != _applied.TailCurrentPermille
                    || _draft.ChargedDetectionMinutes != _applied.ChargedDetectionMinutes
                    || _draft.PeukertExponentHundredths != _applied.PeukertExponentHundredths
                    || _draft.ChargeEfficiencyPercent != _applied.ChargeEfficiencyPercent
                    || _draft.DischargeFloorPercent != _applied.DischargeFloorPercent;
            }
        }

        /// <inheritdoc />
        protected override string Caption(int item)
        {
            switch (item)
            {
                case Capacity: return "Battery capacity";
                case Type: return "Battery type (sets the defaults)";
                case ChargedVoltage: return "Charged voltage";
                case TailCurrent: return "Tail current (of capacity)";
                case DetectionTime: return "Charged detection time";
                case Peukert: return "Peukert exponent";
                case Efficiency: return "Charge efficiency factor";
                default: return "Discharge floor (time to go ends)";
            }
        }

        /// <inheritdoc />
        protected override void FormatValue(int item, TextBuffer text)
        {
            BatterySettings d = _draft;
            switch (item)
            {
                case Capacity:
                    if (d.CapacityAmpHours == 0)
                    {
                        text.Append("not set");
                    }
                    else
                    {
                        text.Append(d.CapacityAmpHours).Append(" Ah");
                    }

                    break;
                case Type:
                    text.Append(d.NominalVoltageVolts).Append(d.Chemistry == BatteryChemistry.Lithium ? " V lithium (LiFePO4)" : " V lead-acid");
                    break;
                case ChargedVoltage:
                    text.AppendScaled(d.ChargedVoltageMillivolts, 3, 2).Append(" V");
                    break;
                case TailCurrent:
                    text.AppendFixed(d.TailCurrentPermille, 1, 1).Append(" %");
                    break;
                case DetectionTime:
                    text.Append(d.ChargedDetectionMinutes).Append(" min");
                    break;
                case Peukert:
                    text.AppendFixed(d.PeukertExponentHundredths, 2, 1);
                    break;
                case Efficiency:
                    text.Append(d.ChargeEfficiencyPercent).Append(" %");
                    break;
                default:
                    text.Append(d.DischargeFloorPercent).Append(" %");
                    break;
            }
        }

        /// <inheritdoc />
        protected override void Step(int item, int direction)
        {
            BatterySettings d = _draft;
            switch (item)
            {
                case Capacity:
                    d.CapacityAmpHours = SettingSteps.Ladder(d.CapacityAmpHours, direction, 0, BatterySettings.MaximumCapacityAmpHours);
                    break;
                case Type:
                    StepType(direction);
                    break;
                case ChargedVoltage:
                    d.ChargedVoltageMillivolts = SettingSteps.Fixed(d.ChargedVoltageMillivolts, direction, 100, 0, 99900);
                    break;
                case TailCurrent:
                    d.TailCurrentPermille = SettingSteps.Fixed(d.TailCurrentPermille, direction, 5, 0, 1000);
                    break;
                case DetectionTime:
                    d.ChargedDetectionMinutes = SettingSteps.Fixed(d.ChargedDetectionMinutes, direction, 1, 0, 999);
                    break;
                case Peukert:
                    d.PeukertExponentHundredths = SettingSteps.Fixed(d.PeukertExponentHundredths, direction, 1, 0, 999);
                    break;
                case Efficiency:
                    d.ChargeEfficiencyPercent = SettingSteps.Fixed(d.ChargeEfficiencyPercent, direction, 1, 0, 100);
                    break;
                default:
                    d.DischargeFloorPercent = SettingSteps.Fixed(d.DischargeFloorPercent, direction, 5, 0, 100);
                    break;
            }
        }

        /// <inheritdoc />
        protected override void Revert()
        {
            _applied.CopyFrom(_firmware.BatterySettings);
            _draft.CopyFrom(_applied);
        }

        /// <inheritdoc />
        protected override bool Apply(TextBuffer message)
        {
            BatterySettingsError error;
            SettingsSaveResult result = _firmware.ApplyBatterySettings(_draft.Clone(), out error);
            if (result == SettingsSaveResult.Rejected)
            {
                message.Append("Not saved: ").Append(BatterySettingsErrorText.Describe(error)).Append('.');
                return false;
            }

            if (!IsStored(result))
            {
                message.Append(NotStoredText);
                return false;
            }

            _applied.CopyFrom(_firmware.BatterySettings);
            _draft.CopyFrom(_applied);
            message.Append("Saved and in use.");
            return true;
        }

        // Cycles 12 V lithium, 12 V lead-acid, 24 V ..., 48 V lead-acid; the preset's defaults replace the other
        // values, the capacity stays.
        private void StepType(int direction)
        {
            int index = (_draft.NominalVoltageVolts == 12 ? 0 : _draft.NominalVoltageVolts == 24 ? 2 : 4) + (_draft.Chemistry == BatteryChemistry.Lithium ? 0 : 1);
            index = (index + direction + 6) % 6;
            int volts = index < 2 ? 12 : index < 4 ? 24 : 48;
            BatteryChemistry chemistry = (index & 1) == 0 ? BatteryChemistry.Lithium : BatteryChemistry.LeadAcid;
            int capacity = _draft.CapacityAmpHours;
            _draft.CopyFrom(BatterySettings.CreatePreset(volts, chemistry));
            _draft.CapacityAmpHours = capacity;
        }
    }
}

using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// The Integration settings: VE.Direct and BLE on/off, the device name (typed on the on-screen keyboard), the
    /// advertising format, whether pairing is required for every characteristic, and clearing the bonds of paired
    /// phones (after a confirmation). The switches edit a draft that SAVE hands to
    /// <see cref="ShuntFirmware.ApplyIntegrationSettings"/>; clearing bonds acts at once through
    /// <see cref="ShuntFirmware.ClearBonds"/>.
    /// </summary>
    public sealed class IntegrationSettingsPage : SettingsListPage, ITextEntryClient
    {
        /// <summary>Item: VE.Direct output on/off.</summary>
        public const int VeDirectItem = 0;

        /// <summary>Item: BLE on/off.</summary>
        public const int BleItem = 1;

        /// <summary>Item: the device name (opens the keyboard).</summary>
        public const int DeviceNameItem = 2;

        /// <summary>Item: the advertising format.</summary>
        public const int AdvertisingFormatItem = 3;

        /// <summary>Item: pairing required for every characteristic.</summary>
        public const int PairingRequiredItem = 4;

        /// <summary>Item: clear bonds (tap twice: CLEAR, then CONFIRM).</summary>
        public const int ClearBondsItem = 5;

        private const int Items = 6;

        private readonly ShuntFirmware _firmware;
        private readonly TextEntryRequest? _editText;
        private readonly IntegrationSettings _nameCheck = new IntegrationSettings();
        private IntegrationSettings _applied = new IntegrationSettings();
        private IntegrationSettings _draft = new IntegrationSettings();
        private bool _confirmingClear;
        private bool _editingName;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="firmware">The booted firmware.</param>
        /// <param name="editText">Opens the keyboard for the device name; <c>null</c> leaves the name read-only.</param>
        public IntegrationSettingsPage(UiFonts fonts, ShuntFirmware firmware, TextEntryRequest? editText)
            : base(fonts, "Integration")
        {
            _firmware = firmware ?? throw new System.ArgumentNullException("firmware");
            _editText = editText;
        }

        /// <summary>The settings being edited (for tests).</summary>
        public IntegrationSettings Draft
        {
            get { return _draft; }
        }

        /// <summary>Whether CLEAR was tapped and CONFIRM is awaited.</summary>
        public bool IsConfirmingClearBonds
        {
            get { return _confirmingClear; }
        }

        /// <inheritdoc />
        protected override int ItemCount
        {
            get { return Items; }
        }

        /// <inheritdoc />
        protected override bool IsModified
        {
            get
            {
                return _draft.VeDirectEnabled != _applied.VeDirectEnabled
                    || _draft.BleEnabled != _applied.BleEnabled
                    || _draft.DeviceName != _applied.DeviceName
                    || _draft.AdvertisingFormat != _applied.AdvertisingFormat
                    || _draft.CompanyId != _applied.CompanyId
                    || _draft.PairingRequired != _applied.PairingRequired;
            }
        }

        /// <inheritdoc />
        public override void OnShown()
        {
            _confirmingClear = false;
            if (_editingName)
            {
                // Back from the keyboard: keep the draft, the list position and the message.
                _editingName = false;
                Refresh();
                return;
            }

            base.OnShown();
        }

        /// <inheritdoc />
        protected override string Caption(int item)
        {
            switch (item)
            {
                case VeDirectItem:
                    return "VE.Direct output (serial port)";
                case BleItem:
                    return "Bluetooth (BLE)";
                case DeviceNameItem:
                    return "Device name";
                case AdvertisingFormatItem:
                    return "Advertising format";
                case PairingRequiredItem:
                    return "Pairing required for all data";
                default:
                    return "Paired phones (bonds)";
            }
        }

        /// <inheritdoc />
        protected override void FormatValue(int item, TextBuffer text)
        {
            switch (item)
            {
                case VeDirectItem:
                    text.Append(_draft.VeDirectEnabled ? "On" : "Off");
                    break;
                case BleItem:
                    text.Append(_draft.BleEnabled ? "On" : "Off");
                    break;
                case DeviceNameItem:
                    text.Append(_draft.DeviceName);
                    break;
                case AdvertisingFormatItem:
                    text.Append(_draft.AdvertisingFormat == AdvertisingFormat.BTHome ? "BTHome v2 (Home Assistant)" : "CydShunt (UUID + glance)");
                    break;
                case PairingRequiredItem:
                    text.Append(_draft.PairingRequired ? "Yes, for every value" : "No, only to control");
                    break;
                default:
                    text.Append(_confirmingClear ? "Sure? Tap CONFIRM" : "Forget every paired phone");
                    break;
            }
        }

        /// <inheritdoc />
        protected override string? ActionText(int item)
        {
            switch (item)
            {
                case VeDirectItem:
                    return _draft.VeDirectEnabled ? "TURN OFF" : "TURN ON";
                case BleItem:
                    return _draft.BleEnabled ? "TURN OFF" : "TURN ON";
                case DeviceNameItem:
                    return "EDIT";
                case AdvertisingFormatItem:
                    return "CHANGE";
                case PairingRequiredItem:
                    return _draft.PairingRequired ? "TURN OFF" : "TURN ON";
                default:
                    return _confirmingClear ? "CONFIRM" : "CLEAR";
            }
        }

        /// <inheritdoc />
        protected override void Step(int item, int direction)
        {
            bool confirming = _confirmingClear;
            _confirmingClear = false;
            switch (item)
            {
                case VeDirectItem:
                    _draft.VeDirectEnabled = !_draft.VeDirectEnabled;
                    break;
                case BleItem:
                    _draft.BleEnabled = !_draft.BleEnabled;
                    break;
                case DeviceNameItem:
                    if (_editText != null)
                    {
                        _editingName = true;
                        _editText("Device name", _draft.DeviceName, DeviceName.MaximumLength, this);
                    }

                    break;
                case AdvertisingFormatItem:
                    _draft.AdvertisingFormat = _draft.AdvertisingFormat == AdvertisingFormat.CydShunt ? AdvertisingFormat.BTHome : AdvertisingFormat.CydShunt;
                    break;
                case PairingRequiredItem:
                    _draft.PairingRequired = !_draft.PairingRequired;
                    break;
                default:
                    ClearBonds(confirming);
                    break;
            }
        }

        /// <inheritdoc />
        protected override void Revert()
        {
            _applied = _firmware.IntegrationSettings;
            _draft = _applied.Clone();
            _confirmingClear = false;
        }

        /// <inheritdoc />
        protected override bool Apply(TextBuffer message)
        {
            IntegrationSettings before = _applied;
            IntegrationSettingsError error;
            SettingsSaveResult result = _firmware.ApplyIntegrationSettings(_draft, out error);
            switch (result)
            {
                case SettingsSaveResult.Saved:
                case SettingsSaveResult.Unchanged:
                    break;
                case SettingsSaveResult.Rejected:
                    message.Append("Not saved: ").Append(IntegrationSettingsErrorText.Describe(error)).Append('.');
                    return false;
                default:
                    message.Append("Not saved: the flash write failed. Nothing changed.");
                    return false;
            }

            message.Append("Saved.");
            BleTelemetryService ble = _firmware.Ble;
            bool pairingChanged = before.PairingRequired != _draft.PairingRequired;
            if (pairingChanged && _draft.BleEnabled && ble.GattTableBuildCount >= BleTelemetryPolicy.MaximumGattTableBuildsPerBoot)
            {
                // The BLE service sets RebootRequired on its next tick; the device's main loop then restarts.
                message.Append(" BLE needs a restart: the device reboots now.");
            }
            else if (ble.IsCentralConnected)
            {
                if (pairingChanged || !_draft.BleEnabled)
                {
                    message.Append(" The connected phone is disconnected.");
                }
                else if (before.DeviceName != _draft.DeviceName || before.AdvertisingFormat != _draft.AdvertisingFormat)
                {
                    message.Append(" Advertised once the phone disconnects.");
                }
            }

            Revert();
            return true;
        }

        private void ClearBonds(bool confirmed)
        {
            if (!confirmed)
            {
                _confirmingClear = true;
                ShowMessage("Every paired phone must pair again. Tap CONFIRM to clear the bonds.", false);
                return;
            }

            if (_firmware.ClearBonds())
            {
                ShowMessage("Bonds cleared: every phone must pair again.", true);
            }
            else
            {
                ShowMessage("Not cleared: Bluetooth is off or not running.", false);
            }
        }

        // The firmware's rule: the same validation SAVE runs (spec/advertising.md, "Device name").
        /// <inheritdoc />
        public string? ValidateText(string name)
        {
            _nameCheck.DeviceName = name;
            IntegrationSettingsError error = _nameCheck.Validate();
            return error == IntegrationSettingsError.None ? null : IntegrationSettingsErrorText.Describe(error) + ".";
        }

        /// <inheritdoc />
        public void AcceptText(string name)
        {
            if (name != _draft.DeviceName)
            {
                _draft.DeviceName = name;
                ShowMessage("Name changed. SAVE to keep it.", true);
            }

            Refresh();
        }
    }
}

using CydShunt.Protocol;
using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// Writes VE.Direct text-protocol blocks into a caller's buffer. Each field is <c>CR LF label TAB value</c>; the
    /// block ends with <c>CR LF "Checksum" TAB</c> and one byte that makes the sum of all the block's bytes 0 modulo 256
    /// (VE.Direct Protocol 3.28, "Message format" and "Data integrity"). Labels use Victron's exact case.
    /// </summary>
    /// <remarks>
    /// Nothing is allocated: numbers are formatted digit by digit and texts are copied character by character from
    /// the settings. A value outside its documented range is a mapping bug upstream and throws
    /// <see cref="ArgumentOutOfRangeException"/> rather than putting a wrong number on the wire. An instance keeps the
    /// block being written between its helpers: use one writer per thread.
    /// </remarks>
    public sealed class VeDirectTextWriter
    {
        /// <summary>Buffer space one block may need; pass at least this many bytes from the offset.</summary>
        public const int MaximumBlockLength = 512;

        /// <summary>Most fields a block may carry besides <c>Checksum</c> (VE.Direct Protocol 3.28: 22).</summary>
        public const int MaximumFieldsPerBlock = 22;

        private const string NotAvailableText = "---";

        private readonly VeDirectSettings _settings;
        private byte[] _buffer = new byte[0];
        private int _start;
        private int _position;
        private int _fields;

        /// <summary>Creates a writer that takes <c>PID</c>, <c>BMV</c>, <c>FW</c> and <c>MON</c> from <paramref name="settings"/>.</summary>
        public VeDirectTextWriter(VeDirectSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
        }

        /// <summary>
        /// Writes the main block: <c>PID V [VS|T] I P CE SOC TTG Alarm AR BMV FW MON Checksum</c>.
        /// </summary>
        /// <returns>The number of bytes written.</returns>
        public int WriteMainBlock(VeDirectMainValues values, byte[] buffer, int offset)
        {
            CheckMainValues(values);
            Begin(buffer, offset);

            StartField("PID");
            _position = WriteHexPrefixed(_settings.ProductId);
            WriteNumberField("V", values.VoltageMillivolts);
            if (values.AuxiliaryInput == VeDirectAuxiliaryInput.StarterVoltage)
            {
                WriteNumberField("VS", values.StarterVoltageMillivolts);
            }
            else if (values.AuxiliaryInput == VeDirectAuxiliaryInput.Temperature)
            {
                WriteNumberField("T", values.TemperatureCelsius);
            }

            WriteNumberField("I", values.CurrentMilliamps);
            WriteNumberField("P", values.PowerWatts);

            // Without synchronisation these statistics have no meaning: the protocol sends "---" (note 7).
            bool synchronised = values.Synchronised;
            WriteNumberField("CE", synchronised ? values.ConsumedMilliampHours : Measurement.NotAvailable);
            WriteNumberField("SOC", synchronised ? values.StateOfChargePermille : Measurement.NotAvailable);
            WriteNumberField("TTG", synchronised ? values.TimeToGoMinutes : Measurement.NotAvailable);

            StartField("Alarm");
            _position = VeDirectAscii.WriteText(values.AlarmActive ? "ON" : "OFF", _buffer, _position);
            WriteNumberField("AR", (int)values.AlarmReasons);
            StartField("BMV");
            _position = VeDirectAscii.WriteText(_settings.ModelDescription, _buffer, _position);
            StartField("FW");
            _position = VeDirectAscii.WriteHex(_settings.FirmwareVersion, 4, _buffer, _position);
            WriteNumberField("MON", _settings.MonitorMode);
            return End();
        }

        /// <summary>Writes the history block: <c>H1</c>–<c>H18</c> (statistics that are not available are left out) and <c>Checksum</c>.</summary>
        /// <returns>The number of bytes written.</returns>
        public int WriteHistoryBlock(VeDirectHistoryValues values, byte[] buffer, int offset)
        {
            CheckHistoryValues(values);
            Begin(buffer, offset);
            WriteOptionalField("H1", values.DeepestDischargeMilliampHours);
            WriteOptionalField("H2", values.LastDischargeMilliampHours);
            WriteOptionalField("H3", values.AverageDischargeMilliampHours);
            WriteOptionalField("H4", values.ChargeCycles);
            WriteOptionalField("H5", values.FullDischarges);
            WriteOptionalField("H6", values.CumulativeMilliampHoursDrawn);
            WriteOptionalField("H7", values.MinimumVoltageMillivolts);
            WriteOptionalField("H8", values.MaximumVoltageMillivolts);
            WriteOptionalField("H9", values.SecondsSinceLastFullCharge);
            WriteOptionalField("H10", values.AutomaticSynchronisations);
            WriteOptionalField("H11", values.LowVoltageAlarms);
            WriteOptionalField("H12", values.HighVoltageAlarms);
            WriteOptionalField("H13", values.LowAuxiliaryVoltageAlarms);
            WriteOptionalField("H14", values.HighAuxiliaryVoltageAlarms);
            WriteOptionalField("H15", values.MinimumAuxiliaryVoltageMillivolts);
            WriteOptionalField("H16", values.MaximumAuxiliaryVoltageMillivolts);
            WriteOptionalField("H17", values.DischargedEnergyHundredthsKilowattHour);
            WriteOptionalField("H18", values.ChargedEnergyHundredthsKilowattHour);
            return End();
        }

        private static void CheckMainValues(VeDirectMainValues values)
        {
            int soc = values.StateOfChargePermille;
            if (soc != Measurement.NotAvailable && (soc < 0 || soc > 1000))
            {
                throw new ArgumentOutOfRangeException("values", "StateOfChargePermille must be 0-1000 or NotAvailable.");
            }

            int ttg = values.TimeToGoMinutes;
            if (ttg != Measurement.NotAvailable && ttg < VeDirectMainValues.TimeToGoInfinite)
            {
                throw new ArgumentOutOfRangeException("values", "TimeToGoMinutes must be >= 0, TimeToGoInfinite or NotAvailable.");
            }

            if ((int)values.AlarmReasons < 0 || (int)values.AlarmReasons > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("values", "AlarmReasons must be a 16-bit set of alarm bits.");
            }

            if (values.AuxiliaryInput != VeDirectAuxiliaryInput.None && values.AuxiliaryInput != VeDirectAuxiliaryInput.StarterVoltage
                && values.AuxiliaryInput != VeDirectAuxiliaryInput.Temperature)
            {
                throw new ArgumentOutOfRangeException("values", "AuxiliaryInput is not a defined input.");
            }
        }

        private static void CheckHistoryValues(VeDirectHistoryValues values)
        {
            CheckCount(values.ChargeCycles, "ChargeCycles");
            CheckCount(values.FullDischarges, "FullDischarges");
            CheckCount(values.SecondsSinceLastFullCharge, "SecondsSinceLastFullCharge");
            CheckCount(values.AutomaticSynchronisations, "AutomaticSynchronisations");
            CheckCount(values.LowVoltageAlarms, "LowVoltageAlarms");
            CheckCount(values.HighVoltageAlarms, "HighVoltageAlarms");
            CheckCount(values.LowAuxiliaryVoltageAlarms, "LowAuxiliaryVoltageAlarms");
            CheckCount(values.HighAuxiliaryVoltageAlarms, "HighAuxiliaryVoltageAlarms");
            CheckCount(values.DischargedEnergyHundredthsKilowattHour, "DischargedEnergyHundredthsKilowattHour");
            CheckCount(values.ChargedEnergyHundredthsKilowattHour, "ChargedEnergyHundredthsKilowattHour");
        }

        private static void CheckCount(int value, string name)
        {
            if (value != Measurement.NotAvailable && value < 0)
            {
                throw new ArgumentOutOfRangeException("values", name + " must be >= 0 or NotAvailable.");
            }
        }

        private void Begin(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length - MaximumBlockLength)
            {
                throw new ArgumentOutOfRangeException("offset", "The buffer needs MaximumBlockLength bytes from offset.");
            }

            _buffer = buffer;
            _start = offset;
            _position = offset;
            _fields = 0;
        }

        private int End()
        {
            _buffer[_position++] = (byte)'\r';
            _buffer[_position++] = (byte)'\n';
            _position = VeDirectAscii.WriteText("Checksum\t", _buffer, _position);
            int sum = 0;
            for (int i = _start; i < _position; i++)
            {
                sum += _buffer[i];
            }

            _buffer[_position++] = (byte)((256 - (sum & 0xFF)) & 0xFF);
            int length = _position - _start;
            return length;
        }

        private void StartField(string label)
        {
            _fields++;
            _buffer[_position++] = (byte)'\r';
            _buffer[_position++] = (byte)'\n';
            _position = VeDirectAscii.WriteText(label, _buffer, _position);
            _buffer[_position++] = (byte)'\t';
        }

        private void WriteNumberField(string label, int value)
        {
            StartField(label);
            _position = value == Measurement.NotAvailable
                ? VeDirectAscii.WriteText(NotAvailableText, _buffer, _position)
                : VeDirectAscii.WriteDecimal(value, _buffer, _position);
        }

        private void WriteOptionalField(string label, int value)
        {
            if (value != Measurement.NotAvailable)
            {
                WriteNumberField(label, value);
            }
        }

        private int WriteHexPrefixed(int value)
        {
            _buffer[_position++] = (byte)'0';
            _buffer[_position++] = (byte)'x';
            return VeDirectAscii.WriteHex(value, 1, _buffer, _position);
        }

        /// <summary>Fields written into the last block, <c>Checksum</c> not counted (at most <see cref="MaximumFieldsPerBlock"/>).</summary>
        public int LastBlockFieldCount
        {
            get { return _fields; }
        }
    }
}

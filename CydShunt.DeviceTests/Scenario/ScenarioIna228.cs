using CydShunt.Firmware.Platform;

namespace CydShunt.DeviceTests.Scenario
{
    /// <summary>
    /// A TI INA228 at register level (datasheet SBOSA20): register pointer writes, 16-bit register writes, MSB-first reads
    /// of 2, 3 or 5 bytes, conversions from a shunt voltage and bus voltage the scenario sets, CURRENT and POWER from
    /// SHUNT_CAL, and the CHARGE/ENERGY accumulators. Integer arithmetic only, so .NET and nanoFramework compute the same
    /// bits. Register addresses and bit positions are written here from the datasheet, not taken from the driver.
    /// </summary>
    public sealed class ScenarioIna228 : II2cDevice
    {
        private const int Config = 0x00;
        private const int AdcConfig = 0x01;
        private const int ShuntCal = 0x02;
        private const int ShuntTempco = 0x03;
        private const int Vshunt = 0x04;
        private const int Vbus = 0x05;
        private const int DieTemp = 0x06;
        private const int Current = 0x07;
        private const int Power = 0x08;
        private const int Energy = 0x09;
        private const int Charge = 0x0A;
        private const int DiagAlrt = 0x0B;
        private const int ManufacturerId = 0x3E;
        private const int DeviceId = 0x3F;

        private const int ConfigReset = 0x8000;       // CONFIG bit 15, RST
        private const int ConfigResetAccumulators = 0x4000; // CONFIG bit 14, RSTACC
        private const int ConfigAdcRange = 0x0010;    // CONFIG bit 4, ADCRANGE
        private const int DiagMathOverflow = 0x0200;  // DIAG_ALRT bit 9, MATHOF
        private const int DiagConversionReady = 0x0002; // DIAG_ALRT bit 1, CNVRF
        private const int DiagMemoryOk = 0x0001;      // DIAG_ALRT bit 0, MEMSTAT

        private const long Max20 = (1L << 19) - 1;
        private const long Min20 = -(1L << 19);
        private const long Modulus40 = 1L << 40;

        private int _pointer;
        private int _config;
        private int _adcConfig;
        private int _shuntCal;
        private int _shuntTempco;
        private int _diagConfig;
        private int _diagFlags;
        private long _vshunt;
        private long _vbus;
        private long _dieTemp;
        private long _current;
        private long _power;
        private long _energy;
        private long _charge;
        private long _chargeMilliCounts;
        private long _energyMilliCounts;

        /// <summary>A chip in its power-on state.</summary>
        public ScenarioIna228()
        {
            PowerOn();
        }

        /// <summary>Voltage across the shunt in nanovolts (positive while charging).</summary>
        public long ShuntNanovolts { get; set; }

        /// <summary>Bus voltage in microvolts.</summary>
        public long BusMicrovolts { get; set; }

        /// <summary>I2C transfers so far.</summary>
        public int Transfers { get; private set; }

        /// <summary>Runs conversions and the accumulators for <paramref name="milliseconds"/>.</summary>
        /// <param name="milliseconds">Elapsed time.</param>
        public void Advance(long milliseconds)
        {
            Convert();
            if (((_adcConfig >> 12) & 0x7) == 0)
            {
                return;
            }

            _chargeMilliCounts += _current * milliseconds;
            long chargeStep = _chargeMilliCounts / 1000;
            _chargeMilliCounts -= chargeStep * 1000;
            _charge = Wrap40Signed(_charge + chargeStep);

            _energyMilliCounts += _power * milliseconds;
            long energyStep = _energyMilliCounts / 16000; // ENERGY LSB = 16 × POWER LSB × 1 s
            _energyMilliCounts -= energyStep * 16000;
            _energy = (_energy + energyStep) & (Modulus40 - 1);
        }

        /// <inheritdoc/>
        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            Transfers++;
            if (count == 1)
            {
                _pointer = buffer[offset];
                return I2cStatus.Ok;
            }

            if (count == 3)
            {
                _pointer = buffer[offset];
                WriteRegister(_pointer, (buffer[offset + 1] << 8) | buffer[offset + 2]);
                return I2cStatus.Ok;
            }

            return I2cStatus.PartialTransfer; // the chip NACKs what it does not understand
        }

        /// <inheritdoc/>
        public I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            Transfers++;
            if (writeCount != 1)
            {
                return I2cStatus.PartialTransfer;
            }

            _pointer = writeBuffer[writeOffset];
            long value = ReadRegister(_pointer);
            for (int i = 0; i < readCount; i++)
            {
                readBuffer[readOffset + i] = (byte)(value >> (8 * (readCount - 1 - i)));
            }

            return I2cStatus.Ok;
        }

        private void PowerOn()
        {
            _config = 0;
            _adcConfig = 0xFB68;
            _shuntCal = 0x1000;
            _shuntTempco = 0;
            _diagConfig = 0;
            _diagFlags = DiagMemoryOk;
            _vshunt = 0;
            _vbus = 0;
            _dieTemp = 0;
            _current = 0;
            _power = 0;
            ResetAccumulators();
        }

        private void Convert()
        {
            int mode = (_adcConfig >> 12) & 0xF;
            if ((mode & 0x7) == 0)
            {
                return;
            }

            long lsbPicovolts = (_config & ConfigAdcRange) != 0 ? 78125 : 312500;
            _vshunt = Clamp(DivRound(ShuntNanovolts * 1000, lsbPicovolts), Min20, Max20);
            _vbus = Clamp(DivRound(BusMicrovolts * 16, 3125), 0, Max20);
            _dieTemp = 25 * 128; // 25 °C at 7.8125 m°C per LSB
            long current = _shuntCal == 0 ? 0 : _vshunt * 4096 / _shuntCal;
            if (current > Max20 || current < Min20)
            {
                _diagFlags |= DiagMathOverflow;
                current = Clamp(current, Min20, Max20);
            }

            _current = current;
            long magnitude = _current < 0 ? -_current : _current;
            long power = magnitude * _vbus / 16384;
            if (power > 0xFFFFFF)
            {
                _diagFlags |= DiagMathOverflow;
                power = 0xFFFFFF;
            }

            _power = power;
            _diagFlags |= DiagConversionReady;
        }

        private long ReadRegister(int address)
        {
            switch (address)
            {
                case Config: return _config;
                case AdcConfig: return _adcConfig;
                case ShuntCal: return _shuntCal;
                case ShuntTempco: return _shuntTempco;
                case Vshunt: return (_vshunt & 0xFFFFF) << 4;
                case Vbus: return (_vbus & 0xFFFFF) << 4;
                case DieTemp: return _dieTemp & 0xFFFF;
                case Current: return (_current & 0xFFFFF) << 4;
                case Power: return _power;
                case Energy: return _energy;
                case Charge: return _charge & (Modulus40 - 1);
                case DiagAlrt:
                    int value = _diagConfig | _diagFlags;
                    _diagFlags &= ~DiagConversionReady;
                    return value;
                case ManufacturerId: return 0x5449; // "TI"
                case DeviceId: return 0x2281;       // DIEID 0x228, revision 1
                default: return 0;
            }
        }

        private void WriteRegister(int address, int value)
        {
            switch (address)
            {
                case Config:
                    if ((value & ConfigReset) != 0)
                    {
                        PowerOn();
                        return;
                    }

                    if ((value & ConfigResetAccumulators) != 0)
                    {
                        ResetAccumulators();
                        _diagFlags &= ~DiagMathOverflow;
                    }

                    _config = value & 0x3FF0;
                    break;
                case AdcConfig:
                    _adcConfig = value;
                    _diagFlags &= ~DiagMathOverflow;
                    break;
                case ShuntCal:
                    _shuntCal = value & 0x7FFF;
                    break;
                case ShuntTempco:
                    _shuntTempco = value & 0x3FFF;
                    break;
                case DiagAlrt:
                    _diagConfig = value & 0xF000;
                    break;
            }
        }

        private void ResetAccumulators()
        {
            _charge = 0;
            _energy = 0;
            _chargeMilliCounts = 0;
            _energyMilliCounts = 0;
        }

        private static long Wrap40Signed(long value)
        {
            long wrapped = value & (Modulus40 - 1);
            return wrapped >= (1L << 39) ? wrapped - Modulus40 : wrapped;
        }

        private static long DivRound(long numerator, long denominator)
        {
            return numerator >= 0 ? (numerator + (denominator / 2)) / denominator : -((-numerator + (denominator / 2)) / denominator);
        }

        private static long Clamp(long value, long minimum, long maximum)
        {
            return value < minimum ? minimum : value > maximum ? maximum : value;
        }
    }
}

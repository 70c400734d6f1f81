namespace CydShunt.Firmware.Host.Sensors
{
    /// <summary>
    /// A TI INA228 (SBOSA20/SLYS021) register by register, without the I2C framing: set the analog inputs, call
    /// <see cref="Convert"/> for one conversion or <see cref="Advance"/> to let time pass (conversion, then the
    /// accumulators integrate), and read or write registers as the bus would.
    /// <list type="bullet">
    /// <item>VSHUNT/VBUS/CURRENT: 20-bit two's complement in bits 23:4 of 24-bit registers, bits 3:0 read 0.</item>
    /// <item>VSHUNT LSB 312.5 nV (ADCRANGE=0, ±163.84 mV) or 78.125 nV (ADCRANGE=1, ±40.96 mV); VBUS 195.3125 µV;
    /// DIETEMP 16-bit two's complement, 7.8125 m°C.</item>
    /// <item>CURRENT from SHUNT_CAL: the datasheet's SHUNT_CAL = 13107.2·10^6 × CURRENT_LSB × R (×4 for ADCRANGE=1) and
    /// CURRENT = V_shunt / (R × CURRENT_LSB) give CURRENT = VSHUNT × 4096 / SHUNT_CAL for both ranges (the datasheet's
    /// INA229 example: VSHUNT 311040, SHUNT_CAL 4050 → CURRENT 314572). SHUNT_CAL = 0 gives CURRENT = 0.</item>
    /// <item>POWER = |CURRENT| × VBUS / 2^14 (POWER_LSB = 3.2 × CURRENT_LSB, VBUS_LSB × 2^14 = 3.2 V), 24-bit unsigned.</item>
    /// <item>CHARGE += CURRENT × t[s] (40-bit two's complement), ENERGY += POWER × t[s] / 16 (40-bit unsigned); both wrap
    /// modulo 2^40 and set CHARGEOF/ENERGYOF, which clear when CHARGE/ENERGY is read. CONFIG.RSTACC clears both (and
    /// MATHOF); CONFIG.RST restores every power-on value.</item>
    /// </list>
    /// Register addresses and bit positions are written here from the datasheet, not taken from the driver, so a wrong
    /// constant in the driver is not copied into its test double. Portable (integer arithmetic, nanoFramework subset):
    /// the host's <c>SimulatedIna228</c> and the device self-test's scenario both run this model, so .NET and
    /// nanoFramework compute the same bits.
    /// </summary>
    public sealed class Ina228Model
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
        private const int Sovl = 0x0C;
        private const int Suvl = 0x0D;
        private const int Bovl = 0x0E;
        private const int Buvl = 0x0F;
        private const int TempLimit = 0x10;
        private const int PwrLimit = 0x11;
        private const int ManufacturerIdRegister = 0x3E;
        private const int DeviceIdRegister = 0x3F;

        private const int ConfigRst = 1 << 15;
        private const int ConfigRstAcc = 1 << 14;
        private const int ConfigAdcRange = 1 << 4;
        private const int DiagEnergyOf = 1 << 11;
        private const int DiagChargeOf = 1 << 10;
        private const int DiagMathOf = 1 << 9;
        private const int DiagCnvrf = 1 << 1;
        private const int DiagMemStat = 1 << 0;

        private const long Max20 = (1L << 19) - 1;
        private const long Min20 = -(1L << 19);
        private const long Modulus40 = 1L << 40;

        private int _config;
        private int _adcConfig;
        private int _shuntCal;
        private int _shuntTempco;
        private int _diagConfig;
        private int _diagFlags;
        private int _sovl;
        private int _suvl;
        private int _bovl;
        private int _buvl;
        private int _tempLimit;
        private int _pwrLimit;
        private long _vshunt;
        private long _vbus;
        private long _dietemp;
        private long _current;
        private long _power;
        private long _energy;
        private long _charge;
        private long _chargeMilliCounts; // sub-LSB remainders of the integrators (count × ms)
        private long _energyMilliCounts;

        /// <summary>A chip in its power-on state.</summary>
        public Ina228Model()
        {
            DieMillidegrees = 25000;
            ManufacturerId = 0x5449;
            DeviceId = 0x2281;
            PowerCycle();
        }

        /// <summary>Differential input IN+ − IN− in nV.</summary>
        public long ShuntNanovolts { get; set; }

        /// <summary>VBUS pin voltage in µV.</summary>
        public long BusMicrovolts { get; set; }

        /// <summary>Die temperature in m°C.</summary>
        public long DieMillidegrees { get; set; }

        /// <summary>MANUFACTURER_ID value (0x5449; change it to model another vendor).</summary>
        public int ManufacturerId { get; set; }

        /// <summary>DEVICE_ID value (0x2281: DIEID 0x228, REV_ID 1).</summary>
        public int DeviceId { get; set; }

        /// <summary>CHARGE as the signed 40-bit value it holds; settable to model a long history.</summary>
        public long ChargeCount
        {
            get { return _charge; }
            set { _charge = Wrap40Signed(value); }
        }

        /// <summary>ENERGY as the unsigned 40-bit value it holds; settable to model a long history.</summary>
        public long EnergyCount
        {
            get { return _energy; }
            set { _energy = value & (Modulus40 - 1); }
        }

        /// <summary>CONFIG.</summary>
        public int ConfigValue
        {
            get { return _config; }
        }

        /// <summary>ADC_CONFIG.</summary>
        public int AdcConfigValue
        {
            get { return _adcConfig; }
        }

        /// <summary>SHUNT_CAL.</summary>
        public int ShuntCalValue
        {
            get { return _shuntCal; }
        }

        /// <summary>DIAG_ALRT: configuration bits and flags (reading it here clears nothing).</summary>
        public int DiagAlrtValue
        {
            get { return _diagConfig | _diagFlags; }
        }

        /// <summary>The last VSHUNT conversion (20-bit count).</summary>
        public long VshuntCount
        {
            get { return _vshunt; }
        }

        /// <summary>The last CURRENT result (20-bit count).</summary>
        public long CurrentCount
        {
            get { return _current; }
        }

        /// <summary>The last POWER result (24-bit count).</summary>
        public long PowerCount
        {
            get { return _power; }
        }

        /// <summary>Register width in bytes (unlisted addresses read as 2 bytes).</summary>
        /// <param name="address">Register address.</param>
        /// <returns>2, 3 or 5.</returns>
        public static int WidthOf(int address)
        {
            switch (address)
            {
                case Vshunt:
                case Vbus:
                case Current:
                case Power:
                    return 3;
                case Energy:
                case Charge:
                    return 5;
                default:
                    return 2;
            }
        }

        /// <summary>Whether the datasheet lists the register as writable.</summary>
        /// <param name="address">Register address.</param>
        /// <returns>Whether writes are accepted.</returns>
        public static bool IsWritable(int address)
        {
            return (address >= Config && address <= ShuntTempco) || (address >= DiagAlrt && address <= PwrLimit);
        }

        /// <summary>Whether the datasheet lists the address at all.</summary>
        /// <param name="address">Register address.</param>
        /// <returns>Whether it is a register.</returns>
        public static bool IsListed(int address)
        {
            return (address >= Config && address <= PwrLimit) || address == ManufacturerIdRegister || address == DeviceIdRegister;
        }

        /// <summary>Restores every power-on value (also what CONFIG.RST does).</summary>
        public void PowerCycle()
        {
            _config = 0x0000;
            _adcConfig = 0xFB68;
            _shuntCal = 0x1000;
            _shuntTempco = 0;
            _diagConfig = 0;
            _diagFlags = DiagMemStat;
            _sovl = 0x7FFF;
            _suvl = 0x8000;
            _bovl = 0x7FFF;
            _buvl = 0;
            _tempLimit = 0x7FFF;
            _pwrLimit = 0xFFFF;
            _vshunt = 0;
            _vbus = 0;
            _dietemp = 0;
            _current = 0;
            _power = 0;
            ResetAccumulators();
        }

        /// <summary>One conversion of the enabled channels (ADC_CONFIG.MODE), then CURRENT and POWER.</summary>
        public void Convert()
        {
            int mode = (_adcConfig >> 12) & 0xF;
            if ((mode & 0x7) == 0)
            {
                return; // shutdown (0x0 or 0x8)
            }

            bool adcRangeNarrow = (_config & ConfigAdcRange) != 0;
            if ((mode & 0x2) != 0)
            {
                long lsbPicovolts = adcRangeNarrow ? 78125 : 312500;
                _vshunt = Clamp(DivRound(ShuntNanovolts * 1000, lsbPicovolts), Min20, Max20);
            }

            if ((mode & 0x1) != 0)
            {
                _vbus = Clamp(DivRound(BusMicrovolts * 16, 3125), 0, Max20);
            }

            if ((mode & 0x4) != 0)
            {
                _dietemp = Clamp(DivRound(DieMillidegrees * 128, 1000), short.MinValue, short.MaxValue);
            }

            if (_shuntCal == 0)
            {
                _current = 0;
            }
            else
            {
                long current = _vshunt * 4096 / _shuntCal; // integer division truncates toward zero, like the chip's engine
                if (current > Max20 || current < Min20)
                {
                    _diagFlags |= DiagMathOf;
                    current = Clamp(current, Min20, Max20);
                }

                _current = current;
            }

            long power = (_current < 0 ? -_current : _current) * _vbus / 16384;
            if (power > 0xFFFFFF)
            {
                _diagFlags |= DiagMathOf;
                power = 0xFFFFFF;
            }

            _power = power;
            _diagFlags |= DiagCnvrf;
        }

        /// <summary>Converts, then integrates CHARGE and ENERGY over <paramref name="milliseconds"/>.</summary>
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
            long charge = _charge + chargeStep;
            if (charge > (1L << 39) - 1 || charge < -(1L << 39))
            {
                _diagFlags |= DiagChargeOf;
            }

            _charge = Wrap40Signed(charge);

            _energyMilliCounts += _power * milliseconds;
            long energyStep = _energyMilliCounts / 16000; // ENERGY LSB = 16 × POWER LSB × 1 s
            _energyMilliCounts -= energyStep * 16000;
            long energy = _energy + energyStep;
            if (energy >= Modulus40)
            {
                _diagFlags |= DiagEnergyOf;
            }

            _energy = energy & (Modulus40 - 1);
        }

        /// <summary>A register's bits (right-aligned), with the read's side effects (flags that clear on read).</summary>
        /// <param name="address">Register address.</param>
        /// <returns>The value; 0 for an unlisted address.</returns>
        public long ReadRegister(int address)
        {
            switch (address)
            {
                case Config: return _config;
                case AdcConfig: return _adcConfig;
                case ShuntCal: return _shuntCal;
                case ShuntTempco: return _shuntTempco;
                case Vshunt: return (_vshunt & 0xFFFFF) << 4;
                case Vbus: return (_vbus & 0xFFFFF) << 4;
                case DieTemp: return _dietemp & 0xFFFF;
                case Current: return (_current & 0xFFFFF) << 4;
                case Power: return _power;
                case Energy:
                    _diagFlags &= ~DiagEnergyOf;
                    return _energy;
                case Charge:
                    _diagFlags &= ~DiagChargeOf;
                    return _charge & (Modulus40 - 1);
                case DiagAlrt:
                    int value = _diagConfig | _diagFlags;
                    _diagFlags &= ~DiagCnvrf;
                    return value;
                case Sovl: return _sovl;
                case Suvl: return _suvl;
                case Bovl: return _bovl;
                case Buvl: return _buvl;
                case TempLimit: return _tempLimit;
                case PwrLimit: return _pwrLimit;
                case ManufacturerIdRegister: return ManufacturerId;
                case DeviceIdRegister: return DeviceId;
                default: return 0;
            }
        }

        /// <summary>Applies a 16-bit write to a writable register (others are ignored: see <see cref="IsWritable"/>).</summary>
        /// <param name="address">Register address.</param>
        /// <param name="value">The 16 bits.</param>
        public void WriteRegister(int address, int value)
        {
            switch (address)
            {
                case Config:
                    if ((value & ConfigRst) != 0)
                    {
                        PowerCycle();
                        return;
                    }

                    if ((value & ConfigRstAcc) != 0)
                    {
                        ResetAccumulators();
                        _diagFlags &= ~DiagMathOf;
                    }

                    _config = value & 0x3FF0; // RST and RSTACC self-clear; bits 3:0 reserved
                    break;
                case AdcConfig:
                    _adcConfig = value;
                    _diagFlags &= ~DiagMathOf; // writing ADC_CONFIG starts a new conversion
                    break;
                case ShuntCal: _shuntCal = value & 0x7FFF; break;
                case ShuntTempco: _shuntTempco = value & 0x3FFF; break;
                case DiagAlrt: _diagConfig = value & 0xF000; break; // flags are read-only
                case Sovl: _sovl = value; break;
                case Suvl: _suvl = value; break;
                case Bovl: _bovl = value; break;
                case Buvl: _buvl = value; break;
                case TempLimit: _tempLimit = value; break;
                case PwrLimit: _pwrLimit = value; break;
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

        // Rounds a / b half away from zero (b > 0), like an ideal ADC quantiser.
        private static long DivRound(long a, long b)
        {
            return a >= 0 ? (a + (b / 2)) / b : -((-a + (b / 2)) / b);
        }

        private static long Clamp(long value, long minimum, long maximum)
        {
            return value < minimum ? minimum : value > maximum ? maximum : value;
        }
    }
}

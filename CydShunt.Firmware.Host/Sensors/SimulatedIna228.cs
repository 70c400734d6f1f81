using System;
using CydShunt.Firmware.Sensors;

namespace CydShunt.Firmware.Host.Sensors;

/// <summary>
/// Register model of a TI INA228 (SBOSA20/SLYS021). Set the analog inputs, call <see cref="Convert"/> for one
/// conversion or <see cref="Advance"/> to let time pass (conversion, then the accumulators integrate), and read it
/// through the I2C port like the real chip:
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
/// </summary>
public sealed class SimulatedIna228 : SimulatedRegisterChip
{
    private const long Max20 = (1L << 19) - 1;
    private const long Min20 = -(1L << 19);
    private const long Modulus40 = 1L << 40;

    private int _config, _adcConfig, _shuntCal, _shuntTempco, _diagConfig, _diagFlags;
    private int _sovl, _suvl, _bovl, _buvl, _tempLimit, _pwrLimit;
    private long _vshunt, _vbus, _dietemp, _current, _power, _energy, _charge;
    private long _chargeMilliCounts, _energyMilliCounts; // sub-LSB remainders of the integrators (count × ms)

    public SimulatedIna228() => PowerCycle();

    /// <summary>Differential input IN+ − IN− in nV.</summary>
    public long ShuntNanovolts { get; set; }

    /// <summary>VBUS pin voltage in µV.</summary>
    public long BusMicrovolts { get; set; }

    /// <summary>Die temperature in m°C.</summary>
    public long DieMillidegrees { get; set; } = 25000;

    /// <summary>MANUFACTURER_ID value (0x5449; change it to model another vendor).</summary>
    public int ManufacturerId { get; set; } = 0x5449;

    /// <summary>DEVICE_ID value (0x2281: DIEID 0x228, REV_ID 1).</summary>
    public int DeviceId { get; set; } = 0x2281;

    /// <summary>CHARGE as the signed 40-bit value it holds; settable to model a long history.</summary>
    public long Charge
    {
        get => _charge;
        set => _charge = Wrap40Signed(value);
    }

    /// <summary>ENERGY as the unsigned 40-bit value it holds; settable to model a long history.</summary>
    public long Energy
    {
        get => _energy;
        set => _energy = value & (Modulus40 - 1);
    }

    /// <summary>Raw register views for assertions.</summary>
    public int Config => _config;
    public int AdcConfig => _adcConfig;
    public int ShuntCal => _shuntCal;
    public int DiagAlrt => _diagConfig | _diagFlags;
    public long VshuntCount => _vshunt;
    public long CurrentCount => _current;
    public long PowerCount => _power;

    /// <summary>A power-on reset: every register returns to its datasheet reset value.</summary>
    public void PowerCycle()
    {
        _config = 0x0000;
        _adcConfig = 0xFB68;
        _shuntCal = 0x1000;
        _shuntTempco = 0;
        _diagConfig = 0;
        _diagFlags = Ina228Bits.DiagMemStat;
        _sovl = 0x7FFF;
        _suvl = 0x8000;
        _bovl = 0x7FFF;
        _buvl = 0;
        _tempLimit = 0x7FFF;
        _pwrLimit = 0xFFFF;
        _vshunt = _vbus = _dietemp = _current = _power = 0;
        ResetAccumulators();
    }

    /// <summary>One conversion of the channels ADC_CONFIG.MODE enables (nothing in shutdown).</summary>
    public void Convert()
    {
        int mode = (_adcConfig >> 12) & 0xF;
        if ((mode & 0x7) == 0)
        {
            return; // shutdown (0x0 or 0x8)
        }

        bool adcRangeNarrow = (_config & Ina228Bits.ConfigAdcRange) != 0;
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
            long current = _vshunt * 4096 / _shuntCal; // C# division truncates toward zero, like the chip's integer engine
            if (current > Max20 || current < Min20)
            {
                _diagFlags |= Ina228Bits.DiagMathOf;
                current = Clamp(current, Min20, Max20);
            }

            _current = current;
        }

        long power = Math.Abs(_current) * _vbus / 16384;
        if (power > 0xFFFFFF)
        {
            _diagFlags |= Ina228Bits.DiagMathOf;
            power = 0xFFFFFF;
        }

        _power = power;
        _diagFlags |= Ina228Bits.DiagCnvrf;
    }

    /// <summary>Converts, then integrates CURRENT into CHARGE and POWER into ENERGY over <paramref name="milliseconds"/>.</summary>
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
            _diagFlags |= Ina228Bits.DiagChargeOf;
        }

        _charge = Wrap40Signed(charge);

        _energyMilliCounts += _power * milliseconds;
        long energyStep = _energyMilliCounts / 16000; // ENERGY LSB = 16 × POWER_LSB × 1 s
        _energyMilliCounts -= energyStep * 16000;
        long energy = _energy + energyStep;
        if (energy >= Modulus40)
        {
            _diagFlags |= Ina228Bits.DiagEnergyOf;
        }

        _energy = energy & (Modulus40 - 1);
    }

    protected override int WidthOf(int address) => address switch
    {
        0x04 or 0x05 or 0x07 or 0x08 => 3,
        0x09 or 0x0A => 5,
        _ => 2,
    };

    protected override bool IsWritable(int address) => address is (>= 0x00 and <= 0x03) or (>= 0x0B and <= 0x11);

    protected override long ReadRegister(int address)
    {
        switch (address)
        {
            case 0x00: return _config;
            case 0x01: return _adcConfig;
            case 0x02: return _shuntCal;
            case 0x03: return _shuntTempco;
            case 0x04: return (_vshunt & 0xFFFFF) << 4;
            case 0x05: return (_vbus & 0xFFFFF) << 4;
            case 0x06: return _dietemp & 0xFFFF;
            case 0x07: return (_current & 0xFFFFF) << 4;
            case 0x08: return _power;
            case 0x09:
                _diagFlags &= ~Ina228Bits.DiagEnergyOf;
                return _energy;
            case 0x0A:
                _diagFlags &= ~Ina228Bits.DiagChargeOf;
                return _charge & (Modulus40 - 1);
            case 0x0B:
                int value = _diagConfig | _diagFlags;
                _diagFlags &= ~Ina228Bits.DiagCnvrf;
                return value;
            case 0x0C: return _sovl;
            case 0x0D: return _suvl;
            case 0x0E: return _bovl;
            case 0x0F: return _buvl;
            case 0x10: return _tempLimit;
            case 0x11: return _pwrLimit;
            case 0x3E: return ManufacturerId;
            case 0x3F: return DeviceId;
            default: return UnlistedRegisterValue & 0xFFFF;
        }
    }

    protected override void WriteRegister(int address, int value)
    {
        switch (address)
        {
            case 0x00:
                if ((value & Ina228Bits.ConfigRst) != 0)
                {
                    PowerCycle();
                    return;
                }

                if ((value & Ina228Bits.ConfigRstAcc) != 0)
                {
                    ResetAccumulators();
                    _diagFlags &= ~Ina228Bits.DiagMathOf;
                }

                _config = value & 0x3FF0; // RST and RSTACC self-clear; bits 3:0 reserved
                break;
            case 0x01:
                _adcConfig = value;
                _diagFlags &= ~Ina228Bits.DiagMathOf; // writing ADC_CONFIG starts a new conversion
                break;
            case 0x02: _shuntCal = value & 0x7FFF; break;
            case 0x03: _shuntTempco = value & 0x3FFF; break;
            case 0x0B: _diagConfig = value & 0xF000; break; // flags are read-only
            case 0x0C: _sovl = value; break;
            case 0x0D: _suvl = value; break;
            case 0x0E: _bovl = value; break;
            case 0x0F: _buvl = value; break;
            case 0x10: _tempLimit = value; break;
            case 0x11: _pwrLimit = value; break;
        }
    }

    private void ResetAccumulators()
    {
        _charge = _energy = 0;
        _chargeMilliCounts = _energyMilliCounts = 0;
    }

    private static long Wrap40Signed(long value)
    {
        long wrapped = value & (Modulus40 - 1);
        return wrapped >= (1L << 39) ? wrapped - Modulus40 : wrapped;
    }
}

using System;
using CydShunt.Firmware.Sensors;

namespace CydShunt.Firmware.Host.Sensors;

/// <summary>
/// Register model of a TI INA226 (SBOS547): 16-bit registers, SHUNT_VOLTAGE two's complement at 2.5 µV/LSB
/// (±81.92 mV), BUS_VOLTAGE 1.25 mV/LSB (bit 15 always 0), CURRENT = SHUNT_VOLTAGE × CALIBRATION / 2048,
/// POWER = |CURRENT| × BUS_VOLTAGE / 20000 (POWER_LSB = 25 × Current_LSB). CALIBRATION resets to 0, so current and
/// power read 0 until it is programmed. MASK_ENABLE.OVF flags an arithmetic overflow, CVRF a finished conversion
/// (cleared by reading MASK_ENABLE). MANUFACTURER_ID (0xFE) = 0x5449, DIE_ID (0xFF) = 0x2260.
/// </summary>
public sealed class SimulatedIna226 : SimulatedRegisterChip
{
    private int _configuration, _calibration, _maskConfig, _maskFlags, _alertLimit;
    private long _shunt, _bus, _current, _power;

    public SimulatedIna226() => PowerCycle();

    /// <summary>Differential input IN+ − IN− in nV.</summary>
    public long ShuntNanovolts { get; set; }

    /// <summary>VBUS pin voltage in µV.</summary>
    public long BusMicrovolts { get; set; }

    public int ManufacturerId { get; set; } = 0x5449;

    public int DieIdValue { get; set; } = 0x2260;

    public int Configuration => _configuration;
    public int Calibration => _calibration;
    public long ShuntCount => _shunt;
    public long CurrentCount => _current;
    public long PowerCount => _power;

    public void PowerCycle()
    {
        _configuration = 0x4127;
        _calibration = 0;
        _maskConfig = 0;
        _maskFlags = 0;
        _alertLimit = 0;
        _shunt = _bus = _current = _power = 0;
    }

    /// <summary>One conversion of the channels CONFIGURATION.MODE enables (nothing in power-down).</summary>
    public void Convert()
    {
        int mode = _configuration & 0x7;
        if ((mode & 0x3) == 0)
        {
            return; // power-down (000 or 100)
        }

        if ((mode & 0x1) != 0)
        {
            _shunt = Clamp(DivRound(ShuntNanovolts, 2500), short.MinValue, short.MaxValue);
        }

        if ((mode & 0x2) != 0)
        {
            _bus = Clamp(DivRound(BusMicrovolts, 1250), 0, 0x7FFF);
        }

        _maskFlags &= ~Ina226Bits.MaskMathOverflow;
        long current = _shunt * _calibration / 2048;
        if (current > short.MaxValue || current < short.MinValue)
        {
            _maskFlags |= Ina226Bits.MaskMathOverflow;
            current = Clamp(current, short.MinValue, short.MaxValue);
        }

        _current = current;
        long power = Math.Abs(_current) * _bus / 20000;
        if (power > 0xFFFF)
        {
            _maskFlags |= Ina226Bits.MaskMathOverflow;
            power = 0xFFFF;
        }

        _power = power;
        _maskFlags |= Ina226Bits.MaskConversionReady;
    }

    protected override int WidthOf(int address) => 2;

    protected override bool IsWritable(int address) => address is 0x00 or 0x05 or 0x06 or 0x07;

    protected override long ReadRegister(int address)
    {
        switch (address)
        {
            case 0x00: return _configuration;
            case 0x01: return _shunt & 0xFFFF;
            case 0x02: return _bus;
            case 0x03: return _power;
            case 0x04: return _current & 0xFFFF;
            case 0x05: return _calibration;
            case 0x06:
                int value = _maskConfig | _maskFlags;
                _maskFlags &= ~Ina226Bits.MaskConversionReady;
                return value;
            case 0x07: return _alertLimit;
            case 0xFE: return ManufacturerId;
            case 0xFF: return DieIdValue;
            default: return UnlistedRegisterValue & 0xFFFF;
        }
    }

    protected override void WriteRegister(int address, int value)
    {
        switch (address)
        {
            case 0x00:
                if ((value & Ina226Bits.ConfigurationRst) != 0)
                {
                    PowerCycle();
                    return;
                }

                _configuration = 0x4000 | (value & 0x0FFF); // bits 14:12 are fixed
                break;
            case 0x05: _calibration = value & 0x7FFF; break;
            case 0x06: _maskConfig = value & 0xFC03; break; // SOL..CNVR and APOL/LEN; flags are read-only
            case 0x07: _alertLimit = value; break;
        }
    }
}

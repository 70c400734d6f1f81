using System;

namespace CydShunt.Firmware.Host.Sensors;

/// <summary>
/// Register model of a TI INA226 (SBOS547): 16-bit registers, SHUNT_VOLTAGE two's complement at 2.5 µV/LSB
/// (±81.92 mV), BUS_VOLTAGE 1.25 mV/LSB (bit 15 always 0), CURRENT = SHUNT_VOLTAGE × CALIBRATION / 2048,
/// POWER = |CURRENT| × BUS_VOLTAGE / 20000 (POWER_LSB = 25 × Current_LSB). CALIBRATION resets to 0, so current and
/// power read 0 until it is programmed. MASK_ENABLE.OVF flags an arithmetic overflow, CVRF a finished conversion
/// (cleared by reading MASK_ENABLE). MANUFACTURER_ID (0xFE) = 0x5449, DIE_ID (0xFF) = 0x2260.
/// Register addresses and bit positions are written here from the datasheet (SBOS547 §7.6 Register Maps; the same
/// map in the INA226-Q1's SBOS743), not taken from the binding's <c>Ina226</c> constants, so a wrong constant in the driver
/// is not copied into its test double (as <see cref="Ina228Model"/> does for the INA228).
/// </summary>
public sealed class SimulatedIna226 : SimulatedRegisterChip
{
    // Register addresses (SBOS547 Table "Summary of Register Set").
    private const int ConfigurationRegister = 0x00;
    private const int ShuntVoltageRegister = 0x01;
    private const int BusVoltageRegister = 0x02;
    private const int PowerRegister = 0x03;
    private const int CurrentRegister = 0x04;
    private const int CalibrationRegister = 0x05;
    private const int MaskEnableRegister = 0x06;
    private const int AlertLimitRegister = 0x07;
    private const int ManufacturerIdRegister = 0xFE;
    private const int DieIdRegister = 0xFF;

    // Configuration Register (00h): RST bit 15, bits 14:12 fixed (read 100b), AVG 11:9, VBUSCT 8:6, VSHCT 5:3, MODE 2:0;
    // power-on value 4127h.
    private const int ConfigurationRst = 1 << 15;
    private const int ConfigurationFixedBits = 0x4000;
    private const int ConfigurationWritableBits = 0x0FFF;
    private const int ConfigurationPowerOn = 0x4127;
    private const int ModeShuntBit = 1 << 0;
    private const int ModeBusBit = 1 << 1;

    // Calibration Register (05h): bit 15 is unused and reads 0.
    private const int CalibrationBits = 0x7FFF;

    // Mask/Enable Register (06h): SOL 15, SUL 14, BOL 13, BUL 12, POL 11, CNVR 10 (bits 9:5 unused), AFF 4, CVRF 3
    // ("Conversion Ready Flag", cleared by reading Mask/Enable), OVF 2 ("Math Overflow Flag"), APOL 1, LEN 0.
    private const int MaskConversionReadyFlag = 1 << 3;
    private const int MaskMathOverflowFlag = 1 << 2;
    private const int MaskWritableBits = 0xFC03; // SOL..CNVR, APOL, LEN; AFF, CVRF and OVF are read-only flags

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
        _configuration = ConfigurationPowerOn;
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
        if ((mode & (ModeShuntBit | ModeBusBit)) == 0)
        {
            return; // power-down (000 or 100)
        }

        if ((mode & ModeShuntBit) != 0)
        {
            _shunt = Clamp(DivRound(ShuntNanovolts, 2500), short.MinValue, short.MaxValue);
        }

        if ((mode & ModeBusBit) != 0)
        {
            _bus = Clamp(DivRound(BusMicrovolts, 1250), 0, 0x7FFF);
        }

        _maskFlags &= ~MaskMathOverflowFlag;
        long current = _shunt * _calibration / 2048;
        if (current > short.MaxValue || current < short.MinValue)
        {
            _maskFlags |= MaskMathOverflowFlag;
            current = Clamp(current, short.MinValue, short.MaxValue);
        }

        _current = current;
        long power = Math.Abs(_current) * _bus / 20000;
        if (power > 0xFFFF)
        {
            _maskFlags |= MaskMathOverflowFlag;
            power = 0xFFFF;
        }

        _power = power;
        _maskFlags |= MaskConversionReadyFlag;
    }

    protected override int WidthOf(int address) => 2;

    protected override bool IsWritable(int address) => address is ConfigurationRegister or CalibrationRegister or MaskEnableRegister or AlertLimitRegister;

    protected override long ReadRegister(int address)
    {
        switch (address)
        {
            case ConfigurationRegister: return _configuration;
            case ShuntVoltageRegister: return _shunt & 0xFFFF;
            case BusVoltageRegister: return _bus;
            case PowerRegister: return _power;
            case CurrentRegister: return _current & 0xFFFF;
            case CalibrationRegister: return _calibration;
            case MaskEnableRegister:
                int value = _maskConfig | _maskFlags;
                _maskFlags &= ~MaskConversionReadyFlag;
                return value;
            case AlertLimitRegister: return _alertLimit;
            case ManufacturerIdRegister: return ManufacturerId;
            case DieIdRegister: return DieIdValue;
            default: return UnlistedRegisterValue & 0xFFFF;
        }
    }

    protected override void WriteRegister(int address, int value)
    {
        switch (address)
        {
            case ConfigurationRegister:
                if ((value & ConfigurationRst) != 0)
                {
                    PowerCycle();
                    return;
                }

                _configuration = ConfigurationFixedBits | (value & ConfigurationWritableBits);
                break;
            case CalibrationRegister: _calibration = value & CalibrationBits; break;
            case MaskEnableRegister: _maskConfig = value & MaskWritableBits; break;
            case AlertLimitRegister: _alertLimit = value; break;
        }
    }
}

namespace CydShunt.Firmware.Host.Sensors;

/// <summary>
/// A TI INA228 on the I2C bus: the register model <see cref="Ina228Model"/> (portable, shared with the device
/// self-test) behind <see cref="SimulatedRegisterChip"/>'s byte-level framing, protocol-violation log and injectable
/// failures. See <see cref="Ina228Model"/> for the datasheet behaviour.
/// </summary>
public sealed class SimulatedIna228 : SimulatedRegisterChip
{
    private readonly Ina228Model _model = new();

    /// <summary>Differential input IN+ − IN− in nV.</summary>
    public long ShuntNanovolts
    {
        get => _model.ShuntNanovolts;
        set => _model.ShuntNanovolts = value;
    }

    /// <summary>VBUS pin voltage in µV.</summary>
    public long BusMicrovolts
    {
        get => _model.BusMicrovolts;
        set => _model.BusMicrovolts = value;
    }

    /// <summary>Die temperature in m°C.</summary>
    public long DieMillidegrees
    {
        get => _model.DieMillidegrees;
        set => _model.DieMillidegrees = value;
    }

    /// <summary>MANUFACTURER_ID value (0x5449; change it to model another vendor).</summary>
    public int ManufacturerId
    {
        get => _model.ManufacturerId;
        set => _model.ManufacturerId = value;
    }

    /// <summary>DEVICE_ID value (0x2281: DIEID 0x228, REV_ID 1).</summary>
    public int DeviceId
    {
        get => _model.DeviceId;
        set => _model.DeviceId = value;
    }

    /// <summary>CHARGE as the signed 40-bit value it holds; settable to model a long history.</summary>
    public long Charge
    {
        get => _model.ChargeCount;
        set => _model.ChargeCount = value;
    }

    /// <summary>ENERGY as the unsigned 40-bit value it holds; settable to model a long history.</summary>
    public long Energy
    {
        get => _model.EnergyCount;
        set => _model.EnergyCount = value;
    }

    public int Config => _model.ConfigValue;
    public int AdcConfig => _model.AdcConfigValue;
    public int ShuntCal => _model.ShuntCalValue;
    public int DiagAlrt => _model.DiagAlrtValue;
    public long VshuntCount => _model.VshuntCount;
    public long CurrentCount => _model.CurrentCount;
    public long PowerCount => _model.PowerCount;

    /// <summary>Restores every power-on value, as a supply cycle or CONFIG.RST does.</summary>
    public void PowerCycle() => _model.PowerCycle();

    /// <summary>One conversion of the enabled channels, then CURRENT and POWER.</summary>
    public void Convert() => _model.Convert();

    /// <summary>Converts, then integrates CHARGE and ENERGY over <paramref name="milliseconds"/>.</summary>
    public void Advance(long milliseconds) => _model.Advance(milliseconds);

    protected override int WidthOf(int address) => Ina228Model.WidthOf(address);

    protected override bool IsWritable(int address) => Ina228Model.IsWritable(address);

    protected override long ReadRegister(int address) =>
        Ina228Model.IsListed(address) ? _model.ReadRegister(address) : UnlistedRegisterValue & 0xFFFF;

    protected override void WriteRegister(int address, int value) => _model.WriteRegister(address, value);
}

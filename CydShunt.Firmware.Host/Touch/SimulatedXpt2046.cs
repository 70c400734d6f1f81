using System;
using System.Collections.Generic;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Touch.Xpt2046;

namespace CydShunt.Firmware.Host.Touch;

/// <summary>
/// Bit-level model of an XPT2046 (TSC2046-compatible) touch controller on its SPI bus and PENIRQ pin, with a 4-wire
/// resistive panel and a simulated finger. It is the independent oracle for the driver: it decodes whatever bits it is
/// sent by the data sheet's rules, not by the driver's.
/// <list type="bullet">
/// <item>DIN is ignored until a 1 (the start bit, S); the next 7 bits complete the control byte <c>S A2 A1 A0 MODE
/// SER/DFR PD1 PD0</c>. A new start bit is accepted 15 clocks after the previous one at the earliest ("a new control byte
/// can start every 15th clock cycle in 12-bit mode").</item>
/// <item>After the control byte's 8th clock DOUT gives one BUSY clock (0), then the result MSB first (12 bits, or 8 with
/// MODE = 1), then zeros, independently of DIN, so overlapped (16-clock) and 24-clock conversions both work.</item>
/// <item>Each call is one chip-select frame: a control byte cut short by the end of the frame is dropped.</item>
/// <item>PENIRQ (<see cref="Read"/>) is low while the panel is touched and the last PD1..PD0 enabled it (00 or 10).</item>
/// <item>Conversions: X-Position (A = 101) and Y-Position (001) return the finger's codes; Z1 (011) and Z2 (100) follow
/// the panel's resistor network: with the Y+ driver at the reference and X− at ground, the current flows through the Y
/// plate from Y+ to the touch point, the contact resistance, and the X plate to X−; Z1 is the touch point's voltage on
/// the X plate (seen at X+), Z2 the one on the Y plate (seen at Y−). That gives the data sheet's
/// R_touch = R_X-plate · X/4096 · (Z2/Z1 − 1) exactly. Untouched, positions and Z1 read 0 and Z2 reads 4095.</item>
/// </list>
/// Screen coordinates map to raw codes linearly (the CYD's typical landscape ranges by default: screen x follows the
/// Y-Position code from <see cref="RawYAtLeft"/> to <see cref="RawYAtRight"/>, screen y the X-Position code from
/// <see cref="RawXAtTop"/> to <see cref="RawXAtBottom"/>), plus optional seeded noise.
/// </summary>
public sealed class SimulatedXpt2046 : ISpiDevice, IGpioInput
{
    private const int ScreenWidth = 320;
    private const int ScreenHeight = 240;
    private const int MinimumClocksBetweenStarts = 15;

    private readonly Random _random;
    private readonly List<byte> _controlBytes = new();
    private byte[] _scratch = new byte[16];

    /// <summary>Creates the chip, untouched, with the given PD1..PD0 state at power-up.</summary>
    /// <param name="seed">Seed of the noise generator.</param>
    /// <param name="powerUpMode">The power-down mode before the first control byte.</param>
    public SimulatedXpt2046(int seed = 1, Xpt2046PowerDownMode powerUpMode = Xpt2046PowerDownMode.PowerDownBetweenConversions)
    {
        _random = new Random(seed);
        PowerDownMode = powerUpMode;
    }

    /// <summary>Y-Position code at screen x = 0.</summary>
    public double RawYAtLeft { get; set; } = 200;

    /// <summary>Y-Position code at screen x = 320.</summary>
    public double RawYAtRight { get; set; } = 3700;

    /// <summary>X-Position code at screen y = 0.</summary>
    public double RawXAtTop { get; set; } = 240;

    /// <summary>X-Position code at screen y = 240.</summary>
    public double RawXAtBottom { get; set; } = 3800;

    /// <summary>End-to-end resistance of the X plate, ohms.</summary>
    public double XPlateOhms { get; set; } = 400;

    /// <summary>End-to-end resistance of the Y plate, ohms.</summary>
    public double YPlateOhms { get; set; } = 600;

    /// <summary>Contact resistance of the finger, ohms: smaller is a firmer press.</summary>
    public double TouchOhms { get; set; } = 400;

    /// <summary>Amplitude of uniform noise added to every conversion while touched, in codes (0 = none).</summary>
    public double NoiseCodes { get; set; }

    /// <summary>
    /// Optional hook to replace a conversion's result: given the channel and the running conversion number (from 0), it
    /// returns a 12-bit code, or null to keep the modelled one. For spikes and glitches.
    /// </summary>
    public Func<Xpt2046Channel, int, int?>? ConversionOverride { get; set; }

    /// <summary>Whether the finger is on the panel.</summary>
    public bool IsTouched { get; private set; }

    /// <summary>The finger's X-Position in codes (exact, before noise).</summary>
    public double FingerRawX { get; private set; }

    /// <summary>The finger's Y-Position in codes (exact, before noise).</summary>
    public double FingerRawY { get; private set; }

    /// <summary>PD1..PD0 of the last control byte (or the power-up mode).</summary>
    public Xpt2046PowerDownMode PowerDownMode { get; private set; }

    /// <summary>Whether PENIRQ can signal a touch in the current power-down mode.</summary>
    public bool PenInterruptEnabled =>
        PowerDownMode is Xpt2046PowerDownMode.PowerDownBetweenConversions or Xpt2046PowerDownMode.ReferenceOnAdcOff;

    /// <summary>Every complete control byte received, in order.</summary>
    public IReadOnlyList<byte> ControlBytes => _controlBytes;

    /// <summary>Whether <see cref="ControlBytes"/> records (switch off for long runs).</summary>
    public bool RecordControlBytes { get; set; } = true;

    /// <summary>SPI calls (chip-select frames) so far.</summary>
    public int Frames { get; private set; }

    /// <summary>Bytes exchanged so far.</summary>
    public long BytesExchanged { get; private set; }

    /// <summary>Conversions performed so far.</summary>
    public int Conversions { get; private set; }

    /// <summary>Puts the finger at a screen position (pixels, may be fractional) through the linear mapping.</summary>
    /// <param name="screenX">x, 0..320.</param>
    /// <param name="screenY">y, 0..240.</param>
    public void PressAt(double screenX, double screenY)
    {
        PressRaw(
            RawXAtTop + (screenY * (RawXAtBottom - RawXAtTop) / ScreenHeight),
            RawYAtLeft + (screenX * (RawYAtRight - RawYAtLeft) / ScreenWidth));
    }

    /// <summary>Puts the finger where the panel reads the given codes.</summary>
    /// <param name="rawX">X-Position code.</param>
    /// <param name="rawY">Y-Position code.</param>
    public void PressRaw(double rawX, double rawY)
    {
        IsTouched = true;
        FingerRawX = rawX;
        FingerRawY = rawY;
    }

    /// <summary>Lifts the finger.</summary>
    public void Release() => IsTouched = false;

    /// <summary>Forgets the recorded control bytes.</summary>
    public void ClearRecord() => _controlBytes.Clear();

    /// <inheritdoc/>
    public bool Read() => !(IsTouched && PenInterruptEnabled);

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        if (_scratch.Length < count)
        {
            _scratch = new byte[count];
        }

        TransferFullDuplex(buffer, offset, _scratch, 0, count);
    }

    /// <inheritdoc/>
    public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
    {
        ArgumentNullException.ThrowIfNull(writeBuffer);
        ArgumentNullException.ThrowIfNull(readBuffer);
        if (count < 1 || writeOffset < 0 || readOffset < 0 || writeBuffer.Length - writeOffset < count || readBuffer.Length - readOffset < count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        Frames++;
        BytesExchanged += count;

        // State of one chip-select frame.
        int clock = 0;
        int lastStart = int.MinValue / 2;
        bool receiving = false;
        int received = 0;
        int control = 0;
        int outputStart = int.MaxValue;
        int outputBits = 0;
        int outputValue = 0;

        for (int i = 0; i < count; i++)
        {
            int din = writeBuffer[writeOffset + i];
            int dout = 0;
            for (int bit = 7; bit >= 0; bit--)
            {
                clock++;
                int o = 0;
                if (clock >= outputStart && clock < outputStart + outputBits)
                {
                    o = (outputValue >> (outputBits - 1 - (clock - outputStart))) & 1;
                }

                dout = (dout << 1) | o;

                int inBit = (din >> bit) & 1;
                if (!receiving)
                {
                    if (inBit == 1 && clock - lastStart >= MinimumClocksBetweenStarts)
                    {
                        receiving = true;
                        received = 1;
                        control = 1;
                        lastStart = clock;
                    }
                }
                else
                {
                    control = (control << 1) | inBit;
                    received++;
                    if (received == 8)
                    {
                        receiving = false;
                        bool eightBit = (control & Xpt2046ControlByte.Mode8Bit) != 0;
                        int code = Convert(Xpt2046ControlByte.ChannelOf(control));
                        outputBits = eightBit ? 8 : 12;
                        outputValue = eightBit ? code >> 4 : code;
                        outputStart = clock + 2; // one BUSY clock, then the MSB
                        PowerDownMode = Xpt2046ControlByte.PowerDownOf(control);
                        if (RecordControlBytes)
                        {
                            _controlBytes.Add((byte)control);
                        }
                    }
                }
            }

            readBuffer[readOffset + i] = (byte)dout;
        }
    }

    private int Convert(Xpt2046Channel channel)
    {
        int number = Conversions++;
        int? replaced = ConversionOverride?.Invoke(channel, number);
        if (replaced.HasValue)
        {
            return Math.Clamp(replaced.Value, 0, 4095);
        }

        double code;
        switch (channel)
        {
            case Xpt2046Channel.XPosition:
                code = IsTouched ? FingerRawX + Noise() : 0;
                break;
            case Xpt2046Channel.YPosition:
                code = IsTouched ? FingerRawY + Noise() : 0;
                break;
            case Xpt2046Channel.Z1Position:
            case Xpt2046Channel.Z2Position:
                if (!IsTouched)
                {
                    code = channel == Xpt2046Channel.Z1Position ? 0 : 4095;
                    break;
                }

                double xFraction = Math.Clamp(FingerRawX, 0, 4095) / 4096.0; // from X−
                double yFraction = Math.Clamp(FingerRawY, 0, 4095) / 4096.0; // from Y−
                double xSection = XPlateOhms * xFraction;                   // touch point to X−
                double ySection = YPlateOhms * (1 - yFraction);             // Y+ to touch point
                double total = ySection + TouchOhms + xSection;
                code = channel == Xpt2046Channel.Z1Position
                    ? 4096 * xSection / total
                    : 4096 * (xSection + TouchOhms) / total;
                code += Noise();
                break;
            default:
                code = 0;
                break;
        }

        return (int)Math.Clamp(Math.Round(code), 0, 4095);
    }

    private double Noise() => NoiseCodes <= 0 ? 0 : ((_random.NextDouble() * 2) - 1) * NoiseCodes;
}

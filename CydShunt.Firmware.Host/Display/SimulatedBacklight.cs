using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// The CYD's backlight (GPIO21, high = lit), driven either as a PWM channel or as a plain output; it remembers the
/// last brightness in per mille so tests can check on, off and dimmed.
/// </summary>
public sealed class SimulatedBacklight : IPwmOutput, IGpioOutput
{
    /// <summary>Brightness in per mille: 0 (dark) to 1000 (full); dark at power-on.</summary>
    public int PerMille { get; private set; }

    /// <summary>True when any light is on.</summary>
    public bool IsLit => PerMille > 0;

    /// <summary>How many times the brightness was set.</summary>
    public int Changes { get; private set; }

    /// <inheritdoc/>
    public void SetDutyCycle(int perMille)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(perMille);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perMille, 1000);
        PerMille = perMille;
        Changes++;
    }

    /// <inheritdoc/>
    public void Write(bool high)
    {
        PerMille = high ? 1000 : 0;
        Changes++;
    }
}

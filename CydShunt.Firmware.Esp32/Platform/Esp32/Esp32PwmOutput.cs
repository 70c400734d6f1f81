using System.Device.Pwm;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="IPwmOutput"/> over nanoFramework's <c>PwmChannel</c> (duty cycle as a double 0.0..1.0). The pin must
    /// be assigned a PWM function (<c>Configuration.SetPinFunction(pin, DeviceFunction.PWMn)</c>) first.
    /// </summary>
    public sealed class Esp32PwmOutput : IPwmOutput
    {
        private readonly PwmChannel _channel;

        /// <summary>Creates and starts the channel, fully on.</summary>
        /// <param name="pin">The GPIO number.</param>
        /// <param name="frequencyHertz">PWM frequency (above what the eye sees flicker).</param>
        public Esp32PwmOutput(int pin, int frequencyHertz)
        {
            _channel = PwmChannel.CreateFromPin(pin, frequencyHertz, 1.0);
            _channel.Start();
        }

        /// <inheritdoc/>
        public void SetDutyCycle(int perMille)
        {
            _channel.DutyCycle = perMille / 1000.0;
        }
    }
}

using System.Device.Gpio;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary><see cref="IGpioOutput"/> over a nanoFramework <c>GpioPin</c> opened as an output.</summary>
    public sealed class Esp32GpioOutput : IGpioOutput
    {
        private readonly GpioPin _pin;
        private bool _high;

        /// <summary>Opens the pin as an output, driven low.</summary>
        /// <param name="controller">The GPIO controller.</param>
        /// <param name="pin">The GPIO number.</param>
        public Esp32GpioOutput(GpioController controller, int pin)
        {
            _pin = controller.OpenPin(pin, PinMode.Output);
            _pin.Write(PinValue.Low);
        }

        /// <inheritdoc/>
        public void Write(bool high)
        {
            // The D/C pin is written for every command: skip the native call when the level does not change.
            if (high != _high)
            {
                _pin.Write(high ? PinValue.High : PinValue.Low);
                _high = high;
            }
        }
    }
}

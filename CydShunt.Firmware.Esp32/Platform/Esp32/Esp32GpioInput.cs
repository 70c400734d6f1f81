using System.Device.Gpio;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary><see cref="IGpioInput"/> over a nanoFramework <c>GpioPin</c> opened as an input.</summary>
    public sealed class Esp32GpioInput : IGpioInput
    {
        private readonly GpioPin _pin;

        /// <summary>Opens the pin as an input (GPIO34..39 have no pull resistors: the board provides one).</summary>
        /// <param name="controller">The GPIO controller.</param>
        /// <param name="pin">The GPIO number.</param>
        public Esp32GpioInput(GpioController controller, int pin)
        {
            _pin = controller.OpenPin(pin, PinMode.Input);
        }

        /// <inheritdoc/>
        public bool Read()
        {
            return _pin.Read() == PinValue.High;
        }
    }
}

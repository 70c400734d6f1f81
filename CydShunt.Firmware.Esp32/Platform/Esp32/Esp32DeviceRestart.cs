using System.Threading;
using nanoFramework.Runtime.Native;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="IDeviceRestart"/> over <c>nanoFramework.Runtime.Native.Power.RebootDevice()</c> (package
    /// nanoFramework.Runtime.Native 1.7.11, the version the CoreLibrary 1.17.11 set uses). Says why on the debug output,
    /// waits so that the screen's last message ("the device reboots now") can be read, then reboots; never returns.
    /// </summary>
    public sealed class Esp32DeviceRestart : IDeviceRestart
    {
        // Long enough to read the screen's message and the Output window before the reset clears them.
        private const int RestartDelayMilliseconds = 2000;

        /// <inheritdoc/>
        public void Restart(RestartReason reason)
        {
            DebugOutput.WriteLine("Restart: " + (reason == RestartReason.BleRecovery
                ? "the BLE service used up its GATT table builds for this boot; the battery state is saved"
                : "requested by the firmware (reason " + ((int)reason).ToString() + ")"));
            Thread.Sleep(RestartDelayMilliseconds);
            Power.RebootDevice();

            // RebootDevice does not return; should it ever, do not fall back into the main loop.
            while (true)
            {
                Thread.Sleep(1000);
            }
        }
    }
}

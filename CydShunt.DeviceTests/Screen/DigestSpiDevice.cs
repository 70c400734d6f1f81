using CydShunt.DeviceTests.Scenario;
using CydShunt.Firmware.Platform;

namespace CydShunt.DeviceTests.Screen
{
    /// <summary>
    /// The display's SPI bus and D/C pin as the self-test sees them: every byte goes into a digest tagged with the D/C
    /// level, and command and data bytes are counted. The same drawing must give the same digest on .NET and on
    /// nanoFramework.
    /// </summary>
    public sealed class DigestSpiDevice : ISpiDevice, IGpioOutput, IPwmOutput, IDelay
    {
        private readonly ScenarioDigest _digest = new ScenarioDigest();
        private bool _data;

        /// <summary>The digest so far.</summary>
        public ScenarioDigest Digest
        {
            get { return _digest; }
        }

        /// <summary>Bytes sent with D/C low.</summary>
        public long CommandBytes { get; private set; }

        /// <summary>Bytes sent with D/C high (parameters and pixels).</summary>
        public long DataBytes { get; private set; }

        /// <summary>The backlight level last set.</summary>
        public int BacklightPerMille { get; private set; }

        /// <summary>Forgets the counts (the digest goes on).</summary>
        public void ResetCounts()
        {
            CommandBytes = 0;
            DataBytes = 0;
        }

        /// <inheritdoc />
        public void Write(byte[] buffer, int offset, int count)
        {
            _digest.Add(_data ? 'D' : 'C', 0, buffer, offset, count);
            if (_data)
            {
                DataBytes += count;
            }
            else
            {
                CommandBytes += count;
            }
        }

        /// <inheritdoc />
        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
        {
            Write(writeBuffer, writeOffset, count);
            for (int i = 0; i < count; i++)
            {
                readBuffer[readOffset + i] = 0;
            }
        }

        /// <inheritdoc />
        void IGpioOutput.Write(bool high)
        {
            _data = high;
        }

        /// <inheritdoc />
        public void SetDutyCycle(int perMille)
        {
            BacklightPerMille = perMille;
        }

        /// <inheritdoc />
        public void Sleep(int milliseconds)
        {
        }
    }
}

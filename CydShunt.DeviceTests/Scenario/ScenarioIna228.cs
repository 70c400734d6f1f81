using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Platform;

namespace CydShunt.DeviceTests.Scenario
{
    /// <summary>
    /// The scenario's INA228 on the I2C bus: the host's portable register model (<see cref="Ina228Model"/>, also behind
    /// the tests' and the simulator's <c>SimulatedIna228</c>) with plain framing: a write of [pointer] sets the register
    /// pointer, [pointer, MSB, LSB] writes a register, a read returns the register at the pointer MSB first.
    /// Anything else is not acknowledged.
    /// </summary>
    public sealed class ScenarioIna228 : II2cDevice
    {
        private readonly Ina228Model _model = new Ina228Model();
        private int _pointer;

        /// <summary>Voltage across the shunt in nanovolts (positive while charging).</summary>
        public long ShuntNanovolts
        {
            get { return _model.ShuntNanovolts; }
            set { _model.ShuntNanovolts = value; }
        }

        /// <summary>Bus voltage in microvolts.</summary>
        public long BusMicrovolts
        {
            get { return _model.BusMicrovolts; }
            set { _model.BusMicrovolts = value; }
        }

        /// <summary>I2C transfers so far.</summary>
        public int Transfers { get; private set; }

        /// <summary>Runs conversions and the accumulators for <paramref name="milliseconds"/>.</summary>
        /// <param name="milliseconds">Elapsed time.</param>
        public void Advance(long milliseconds)
        {
            _model.Advance(milliseconds);
        }

        /// <inheritdoc/>
        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            Transfers++;
            if (count == 1)
            {
                _pointer = buffer[offset];
                return I2cStatus.Ok;
            }

            if (count == 3 && Ina228Model.IsWritable(buffer[offset]))
            {
                _pointer = buffer[offset];
                _model.WriteRegister(_pointer, (buffer[offset + 1] << 8) | buffer[offset + 2]);
                return I2cStatus.Ok;
            }

            return I2cStatus.PartialTransfer;
        }

        /// <inheritdoc/>
        public I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            Transfers++;
            if (writeCount != 1)
            {
                return I2cStatus.PartialTransfer;
            }

            _pointer = writeBuffer[writeOffset];
            long value = _model.ReadRegister(_pointer);
            for (int i = 0; i < readCount; i++)
            {
                readBuffer[readOffset + i] = (byte)(value >> (8 * (readCount - 1 - i)));
            }

            return I2cStatus.Ok;
        }
    }
}

using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors.Samples
{
    /// <summary>
    /// The INA228 binding in use (README.md next to this folder): detect the chip, calibrate it for a 500 A / 50 mV shunt,
    /// read what the firmware samples every second, then the quantities the firmware leaves on the chip. It is not part of
    /// the firmware: CydShunt.Firmware.Tests compiles it and runs it against the simulated chip.
    /// </summary>
    internal static class Ina228Sample
    {
        /// <summary>Takes one line of the sample's output (a non-generic delegate: nanoCLR has no generic delegates).</summary>
        /// <param name=\"line\">The line.</param>
        public delegate void LineWriter(string line);

        /// <summary>Runs the sample once.</summary>
        /// <param name="device">The I2C device at the chip's address (0x40 with A1 = A0 = GND).</param>
        /// <param name="write">Where the lines go (the debug console on the device).</param>
        /// <param name="waitForConversion">Waits for one averaged conversion (about 50 ms; Thread.Sleep on the device).</param>
        /// <returns>Whether every step worked; a failed step writes why.</returns>
        public static bool Run(II2cDevice device, LineWriter write, Action waitForConversion)
        {
            ShuntSensorType type;
            int deviceId;
            SensorError error;
            if (!ShuntSensorDetector.TryDetect(device, out type, out deviceId, out error) || type != ShuntSensorType.Ina228)
            {
                write("no INA228 here: sensor error " + ((int)error).ToString());
                return false;
            }

            write("INA228 found, revision " + (deviceId & 0xF).ToString());

            // 500 A / 50 mV: R = 0.1 mΩ, CURRENT_LSB = 312.5 nV / 0.1 mΩ = 3.125 mA, SHUNT_CAL = 4096.
            ShuntCalibration? calibration;
            CalibrationError calibrationError;
            if (!ShuntCalibration.TryCreate(ShuntSensorType.Ina228, 500, 50, ShuntCalibration.UnityCorrectionPpm, out calibration, out calibrationError))
            {
                write("calibration error " + ((int)calibrationError).ToString());
                return false;
            }

            Ina228 sensor = new Ina228(device);
            if (!sensor.TryConfigure(calibration!, false, out error))
            {
                write("configure: sensor error " + ((int)error).ToString());
                return false;
            }

            write("SHUNT_CAL " + calibration!.CalibrationRegister.ToString() + ", CURRENT_LSB " + calibration.CurrentLsbNanoamps.ToString() + " nA");

            // The chip computes current (and power) at each conversion from the SHUNT_CAL then in force: wait for one.
            waitForConversion();

            // Every second: DIAG_ALRT, VBUS, CURRENT.
            ShuntMeasurement sample;
            if (!sensor.TryRead(out sample, out error))
            {
                write("read: sensor error " + ((int)error).ToString());
                return false;
            }

            write("bus " + (sample.VoltageMicrovolts / 1000).ToString() + " mV, current " + (sample.CurrentMicroamps / 1000).ToString() + " mA");

            // On demand: each costs DIAG_ALRT plus its own register(s).
            int shuntNanovolts, dieCentidegrees, powerMilliwatts;
            Ina228Accumulators accumulators;
            if (!sensor.TryReadShuntVoltage(out shuntNanovolts, out error)
                || !sensor.TryReadDieTemperature(out dieCentidegrees, out error)
                || !sensor.TryReadPower(out powerMilliwatts, out error)
                || !sensor.TryReadAccumulators(out accumulators, out error))
            {
                write("on-demand read: sensor error " + ((int)error).ToString());
                return false;
            }

            write("shunt " + (shuntNanovolts / 1000).ToString() + " uV, die " + dieCentidegrees.ToString() + " x 0.01 C, power " + powerMilliwatts.ToString() + " mW");
            write("charge " + (accumulators.ChargeMicroampHours / 1000).ToString() + " mAh, energy " + (accumulators.EnergyMilliwattHours / 1000).ToString()
                + " Wh" + (accumulators.Overflow ? ", accumulator overflow" : string.Empty));
            return true;
        }
    }
}

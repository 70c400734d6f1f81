using System;
using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// spec/vectors/advertising.json: <see cref="AdvertisingBuilder.TryBuild(AdvertisingFormat, ushort, LiveSnapshot, DeviceName, byte[], int, out int, byte[], int, out int)"/>
    /// builds both packets from the input, which must equal the expected advertising data and scan response. The name
    /// is created from its UTF-8 bytes, as on the device.
    /// </summary>
    public sealed class AdvertisingChecks : VectorChecks
    {
        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public AdvertisingChecks(TestLog log)
            : base(log, "advertising.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            AdvertisingVectors.Run(this);
        }

        /// <summary>A build case. Snapshot fields as in live-snapshot.json; NA is <see cref="Measurement.NotAvailable"/>.</summary>
        public void Build(
            string name,
            CaseKind kind,
            AdvertisingFormat format,
            int companyId,
            string deviceName,
            string deviceNameUtf8Hex,
            int sequence,
            int status,
            int voltageMillivolts,
            int currentMilliamps,
            int powerMilliwatts,
            int stateOfChargeCentipercent,
            int temperatureCentidegrees,
            int timeToGoMinutes,
            int consumedMilliampHours,
            BTHomeFrameKind bthomeFrame,
            int energyChargedWattHours,
            int energyDischargedWattHours,
            string advertisingHex,
            string scanResponseHex)
        {
            string? failure;
            try
            {
                if (kind != CaseKind.Build)
                {
                    failure = UnexpectedKind(kind);
                }
                else
                {
                    LiveSnapshot snapshot = LiveSnapshotChecks.Snapshot(sequence, status, voltageMillivolts, currentMilliamps, powerMilliwatts, stateOfChargeCentipercent, temperatureCentidegrees, timeToGoMinutes, consumedMilliampHours);
                    failure = Check(format, companyId, deviceName, deviceNameUtf8Hex, snapshot, bthomeFrame, energyChargedWattHours, energyDischargedWattHours, advertisingHex, scanResponseHex);
                }
            }
            catch (Exception exception)
            {
                failure = Describe(exception);
            }

            Finish(name, failure);
        }

        private static string? Check(AdvertisingFormat format, int companyId, string deviceName, string deviceNameUtf8Hex, LiveSnapshot snapshot, BTHomeFrameKind bthomeFrame, int energyChargedWattHours, int energyDischargedWattHours, string advertisingHex, string scanResponseHex)
        {
            if (!DeviceNameChecks.TryCreate(deviceNameUtf8Hex, out DeviceName? name, out ProtocolError error) || name == null)
            {
                return Verify.Error("device name " + deviceNameUtf8Hex + " rejected", "error", ProtocolError.None, error);
            }

            string? failures = Verify.Text(null, "device name", deviceName, name.Text);
            byte[] advertising = new byte[AdvertisingBuilder.LegacyMaximumLength];
            byte[] scanResponse = new byte[AdvertisingBuilder.LegacyMaximumLength];
            bool built = AdvertisingBuilder.TryBuild(format, (ushort)companyId, snapshot, bthomeFrame, energyChargedWattHours, energyDischargedWattHours, name, advertising, 0, out int advertisingLength, scanResponse, 0, out int scanResponseLength);
            failures = Verify.Result(failures, "TryBuild", true, built);
            if (!built)
            {
                return failures;
            }

            failures = Verify.Bytes(failures, "advertising data", advertisingHex, advertising, 0, advertisingLength);
            return Verify.Bytes(failures, "scan response", scanResponseHex, scanResponse, 0, scanResponseLength);
        }
    }
}

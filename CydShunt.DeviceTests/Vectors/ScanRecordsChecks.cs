using System;
using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// spec/vectors/scan-records.json: <see cref="ScanRecordParser.TryParse(byte[], int, int, out ScanRecord, out ProtocolError)"/>.
    /// A parse case must find exactly the expected glance and BTHome frames (a frame that is absent or failed is
    /// <see langword="false"/> with fields unused), the local name (as text, and its bytes in the record) with its
    /// completeness, and whether the service UUID is listed; an invalid case the named error.
    /// </summary>
    public sealed class ScanRecordsChecks : VectorChecks
    {
        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public ScanRecordsChecks(TestLog log)
            : base(log, "scan-records.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            ScanRecordsVectors.Run(this);
        }

        /// <summary>A parse case. NA is <see cref="Measurement.NotAvailable"/>; <paramref name="localName"/> is <see langword="null"/> when there is no name, <paramref name="localNameUtf8Hex"/> (the name's bytes in the record) also when the sender's bytes were ill-formed UTF-8.</summary>
        public void Scan(
            string name,
            CaseKind kind,
            string hex,
            ProtocolError error,
            bool hasGlance,
            int glanceCompanyId,
            int glanceSequence,
            int glanceStatus,
            int glanceVoltageMillivolts,
            int glanceCurrentMilliamps,
            int glanceStateOfChargeCentipercent,
            int glanceTimeToGoMinutes,
            bool hasBTHome,
            int bthomePacketId,
            int bthomeStateOfChargeCentipercent,
            int bthomeTemperatureCentidegrees,
            int bthomeVoltageMillivolts,
            int bthomePowerMilliwatts,
            int bthomeCurrentMilliamps,
            int bthomeEnergyChargedWattHours,
            int bthomeEnergyDischargedWattHours,
            string? localName,
            string? localNameUtf8Hex,
            bool localNameComplete,
            bool hasServiceUuid)
        {
            string? failure;
            try
            {
                if (kind != CaseKind.Parse)
                {
                    failure = UnexpectedKind(kind);
                }
                else
                {
                    byte[] bytes = Hex.Parse(hex);
                    bool ok = ScanRecordParser.TryParse(bytes, 0, bytes.Length, out ScanRecord record, out ProtocolError actual);
                    failure = Verify.Error(null, "parse error", error, actual);
                    failure = Verify.Result(failure, "TryParse", true, ok);

                    failure = Verify.Bool(failure, "has glance", hasGlance, record.HasGlance);
                    if (hasGlance && record.HasGlance)
                    {
                        GlanceFrame glance = GlanceFrameChecks.Frame(glanceCompanyId, glanceSequence, glanceStatus, glanceVoltageMillivolts, glanceCurrentMilliamps, glanceStateOfChargeCentipercent, glanceTimeToGoMinutes);
                        failure = GlanceFrameChecks.Compare(failure, "glance.", glance, record.Glance);
                    }

                    failure = Verify.Bool(failure, "has BTHome", hasBTHome, record.HasBTHome);
                    if (hasBTHome && record.HasBTHome)
                    {
                        BTHomeFrame bthome = BTHomeChecks.Frame(bthomePacketId, bthomeStateOfChargeCentipercent, bthomeTemperatureCentidegrees, bthomeVoltageMillivolts, bthomePowerMilliwatts, bthomeCurrentMilliamps, bthomeEnergyChargedWattHours, bthomeEnergyDischargedWattHours);
                        failure = BTHomeChecks.Compare(failure, "bthome.", bthome, record.BTHome);
                    }

                    failure = Verify.Text(failure, "localName", localName, record.GetLocalName());
                    failure = Verify.Bool(failure, "has local name", localName != null, record.HasLocalName);
                    if (record.HasLocalName)
                    {
                        if (localNameUtf8Hex != null)
                        {
                            failure = Verify.Bytes(failure, "local name bytes", localNameUtf8Hex, bytes, record.LocalNameOffset, record.LocalNameLength);
                        }

                        failure = Verify.Bool(failure, "localNameComplete", localNameComplete, record.LocalNameComplete);
                    }

                    failure = Verify.Bool(failure, "hasServiceUuid", hasServiceUuid, record.HasServiceUuid);
                }
            }
            catch (Exception exception)
            {
                failure = Describe(exception);
            }

            Finish(name, failure);
        }

        /// <summary>An invalid case: parsing <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void Scan(string name, CaseKind kind, string hex, ProtocolError error)
        {
            string? failure;
            try
            {
                if (kind != CaseKind.Invalid)
                {
                    failure = UnexpectedKind(kind);
                }
                else
                {
                    byte[] bytes = Hex.Parse(hex);
                    bool ok = ScanRecordParser.TryParse(bytes, 0, bytes.Length, out _, out ProtocolError actual);
                    failure = Verify.Result(null, "TryParse", false, ok);
                    failure = Verify.Error(failure, "parse error", error, actual);
                }
            }
            catch (Exception exception)
            {
                failure = Describe(exception);
            }

            Finish(name, failure);
        }
    }
}

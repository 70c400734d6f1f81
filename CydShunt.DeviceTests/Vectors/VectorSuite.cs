using System;
using CydShunt.DeviceTests.SelfTest;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// Runs every case of every file in spec/vectors (compiled into Generated/*.g.cs, one call per case), in the order of
    /// the table in spec/vectors/README.md, then records one more case per file: the number of cases run equals the
    /// file's count in <see cref="VectorCounts"/>, and writes one line per file: "file: N passed, N failed". Each file's
    /// checks object is garbage once its file is done.
    /// </summary>
    public static class VectorSuite
    {
        /// <summary>Runs all vector files.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public static void Run(TestLog log)
        {
            RunFile(log, new LiveSnapshotChecks(log), VectorCounts.LiveSnapshot);
            RunFile(log, new ScalarsChecks(log), VectorCounts.Scalars);
            RunFile(log, new AlarmsChecks(log), VectorCounts.Alarms);
            RunFile(log, new DeviceInfoChecks(log), VectorCounts.DeviceInfo);
            RunFile(log, new ControlPointRequestChecks(log), VectorCounts.ControlPointRequest);
            RunFile(log, new ControlPointResponseChecks(log), VectorCounts.ControlPointResponse);
            RunFile(log, new GlanceFrameChecks(log), VectorCounts.GlanceFrame);
            RunFile(log, new BTHomeChecks(log), VectorCounts.BTHome);
            RunFile(log, new DeviceNameChecks(log), VectorCounts.DeviceName);
            RunFile(log, new AdvertisingChecks(log), VectorCounts.Advertising);
            RunFile(log, new ScanRecordsChecks(log), VectorCounts.ScanRecords);
        }

        private static void RunFile(TestLog log, VectorChecks checks, int expectedCount)
        {
            int passed = log.Passed;
            int failed = log.Failed;
            try
            {
                checks.RunCases();
            }
            catch (Exception exception)
            {
                // Each case catches its own exceptions; this is one thrown between cases (e.g. by the generated code).
                checks.RecordAbort(exception);
            }

            checks.RecordCount(expectedCount);
            log.Write(checks.File + ": " + (log.Passed - passed).ToString() + " passed, " + (log.Failed - failed).ToString() + " failed");
        }
    }
}

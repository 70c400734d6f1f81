using CydShunt.DeviceTests.Scenario;
using CydShunt.DeviceTests.Vectors;

namespace CydShunt.DeviceTests.SelfTest
{
    /// <summary>Runs everything the self-test checks, in a fixed order, and writes the summary line last.</summary>
    public static class SelfTestRunner
    {
        /// <summary>Runs the vectors and the firmware scenario.</summary>
        /// <param name="writer">Receives the output lines.</param>
        /// <returns>The log with the counts.</returns>
        public static TestLog Run(LineWriter writer)
        {
            TestLog log = new TestLog(writer);
            log.Write("CydShunt device self-test");
            VectorSuite.Run(log);
            log.Write("vectors: " + log.Summary());
            FirmwareScenario.Run(log);
            Screen.ScreenScenario.Run(log);
            log.Write(log.Summary());
            return log;
        }
    }
}

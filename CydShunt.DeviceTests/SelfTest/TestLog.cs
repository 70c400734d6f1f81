namespace CydShunt.DeviceTests.SelfTest
{
    /// <summary>Where the self-test writes its lines: the debug console on the device, a test's log on .NET.</summary>
    /// <param name="line">One line of output.</param>
    public delegate void LineWriter(string line);

    /// <summary>
    /// Counts passed and failed checks and reports each failure with what was expected and what came. No test framework:
    /// nanoFramework's needs its own tooling, and the same code must run on .NET and on the device.
    /// </summary>
    public sealed class TestLog
    {
        private readonly LineWriter _writer;

        /// <summary>Creates a log writing to <paramref name="writer"/>.</summary>
        /// <param name="writer">Receives every line.</param>
        public TestLog(LineWriter writer)
        {
            _writer = writer;
        }

        /// <summary>Number of cases that passed.</summary>
        public int Passed { get; private set; }

        /// <summary>Number of cases that failed.</summary>
        public int Failed { get; private set; }

        /// <summary>Writes one line.</summary>
        /// <param name="line">The text.</param>
        public void Write(string line)
        {
            _writer(line);
        }

        /// <summary>Records a case's verdict; a failure is written with its reason.</summary>
        /// <param name="group">Where the case comes from, e.g. the vector file.</param>
        /// <param name="name">The case's name.</param>
        /// <param name="failure">Why it failed, or <see langword="null"/> when it passed.</param>
        public void Record(string group, string name, string? failure)
        {
            if (failure == null)
            {
                Passed++;
                return;
            }

            Failed++;
            _writer("FAIL " + group + ": " + name + ": " + failure);
        }

        /// <summary>The closing line, "N passed, N failed".</summary>
        /// <returns>The summary.</returns>
        public string Summary()
        {
            return Passed.ToString() + " passed, " + Failed.ToString() + " failed";
        }
    }
}

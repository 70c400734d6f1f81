using System;
using CydShunt.DeviceTests.SelfTest;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// What every vector file's checks share: the log, the file's name as the case group and the count of cases run.
    /// A subclass has one public method per case shape, called once per case by the generated XxxVectors class; each
    /// case is recorded exactly once, and an exception thrown while checking it is that case's failure.
    /// </summary>
    public abstract class VectorChecks
    {
        private readonly TestLog _log;

        /// <summary>Creates the checks of one vector file.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        /// <param name="file">The vector file's name, e.g. "live-snapshot.json": the group of its cases.</param>
        protected VectorChecks(TestLog log, string file)
        {
            _log = log;
            File = file;
        }

        /// <summary>The vector file's name.</summary>
        public string File { get; }

        /// <summary>How many cases were recorded.</summary>
        public int Count { get; private set; }

        /// <summary>Runs every case of the file (the generated XxxVectors.Run with these checks).</summary>
        public abstract void RunCases();

        /// <summary>Records one extra case: the number of cases run equals the number the file has.</summary>
        /// <param name="expected">The file's case count (VectorCounts).</param>
        public void RecordCount(int expected)
        {
            _log.Record(File, "every case ran", Verify.Int(null, "cases run", expected, Count));
        }

        /// <summary>Records the file's cases as aborted by an exception outside any case.</summary>
        /// <param name="exception">What was thrown.</param>
        public void RecordAbort(Exception exception)
        {
            _log.Record(File, "running the cases", "aborted after " + Count.ToString() + " cases: " + Describe(exception));
        }

        /// <summary>Records a case's verdict and counts it.</summary>
        /// <param name="name">The case's name.</param>
        /// <param name="failure">Why it failed, or <see langword="null"/>.</param>
        protected void Finish(string name, string? failure)
        {
            Count++;
            _log.Record(File, name, failure);
        }

        /// <summary>Describes an exception as a failure: its type and message.</summary>
        /// <param name="exception">What was thrown.</param>
        /// <returns>"exception Type: message".</returns>
        protected static string Describe(Exception exception)
        {
            return "exception " + exception.GetType().FullName + ": " + exception.Message;
        }

        /// <summary>Whether <paramref name="kind"/> encodes the value (roundtrip or encode).</summary>
        /// <param name="kind">The case kind.</param>
        /// <returns>Whether to encode.</returns>
        protected static bool Encodes(CaseKind kind)
        {
            return kind == CaseKind.Roundtrip || kind == CaseKind.Encode;
        }

        /// <summary>Whether <paramref name="kind"/> decodes the hex into the value (roundtrip or decode).</summary>
        /// <param name="kind">The case kind.</param>
        /// <returns>Whether to decode.</returns>
        protected static bool Decodes(CaseKind kind)
        {
            return kind == CaseKind.Roundtrip || kind == CaseKind.Decode;
        }

        /// <summary>The failure for a case whose kind this shape does not take.</summary>
        /// <param name="kind">The case kind.</param>
        /// <returns>The failure text.</returns>
        protected static string UnexpectedKind(CaseKind kind)
        {
            return "unexpected case kind " + ((int)kind).ToString();
        }
    }
}

using System;
using CydShunt.DeviceTests.SelfTest;

namespace CydShunt.DeviceTests
{
    /// <summary>
    /// The on-device self-test: every case of spec/vectors and the scripted firmware scenario, then one closing line
    /// "N passed, N failed". Deploy it to the board (or run it on nanoFramework's interpreter) and read the debug output.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs the self-test; the result is the last line written.</summary>
        public static void Main()
        {
            SelfTestRunner.Run(WriteLine);
        }

        private static void WriteLine(string line)
        {
            // Console is in nanoFramework's mscorlib and writes to the debug output (Visual Studio's Output window, or
            // stdout on the interpreter's host build); Debug.WriteLine would vanish from Release builds.
            Console.WriteLine(line);
        }
    }
}

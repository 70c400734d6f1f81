using System;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// The firmware's one line-oriented diagnostic output: nanoFramework's debug channel (its wire protocol on COM1,
    /// shown in Visual Studio's Output window while the debugger is attached).
    /// </summary>
    /// <remarks>
    /// nanoFramework's <c>Debug.WriteLine</c> is <c>[Conditional("DEBUG")]</c> (CoreLibrary <c>System/Diagnostics/Debug.cs</c>),
    /// so a Release build would drop every boot report and crash report. <c>Console.WriteLine</c> (CoreLibrary
    /// <c>System/Console.cs</c>) writes to the same native channel in every configuration. Callers build strings only
    /// on rare events (boot, faults, pairing), never per tick.
    /// </remarks>
    public static class DebugOutput
    {
        /// <summary>Writes one line.</summary>
        /// <param name="text">The text.</param>
        public static void WriteLine(string text)
        {
            Console.WriteLine(text);
        }

        /// <summary>Describes an exception as "Type: message" (nanoFramework's native exceptions often have no message).</summary>
        /// <param name="exception">The exception.</param>
        /// <returns>The description.</returns>
        public static string Describe(Exception exception)
        {
            string message = exception.Message;
            string text = exception.GetType().FullName + ": " + (message == null || message.Length == 0 ? "(no message)" : message);
            Exception? inner = exception.InnerException;
            if (inner != null)
            {
                text = text + " <- " + inner.GetType().FullName + ": " + inner.Message;
            }

            return text;
        }
    }
}

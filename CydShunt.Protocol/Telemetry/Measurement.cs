using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// The model's "not available" marker. Every measured quantity in this library is an <see cref="int"/> in a
    /// unit named by its property; a quantity the device cannot provide holds <see cref="NotAvailable"/>.
    /// </summary>
    /// <remarks>nanoFramework has no <c>Nullable&lt;T&gt;</c>, so a sentinel is the portable way to say "no value".</remarks>
    public static class Measurement
    {
        /// <summary>The value of a quantity that is not available (<see cref="int.MinValue"/>).</summary>
        public const int NotAvailable = int.MinValue;

        /// <summary>Returns <see langword="true"/> when <paramref name="value"/> is a value, not <see cref="NotAvailable"/>.</summary>
        /// <param name="value">A model value.</param>
        /// <returns>Whether the value is available.</returns>
        [MethodImpl(Inlining.Aggressive)]
        public static bool IsAvailable(int value)
        {
            return value != NotAvailable;
        }
    }
}

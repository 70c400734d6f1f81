using System.Runtime.CompilerServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// The ECMA-335 <c>AggressiveInlining</c> method-implementation flag (0x0100) for portable code, used on the small
    /// helpers of the hot paths: <c>[MethodImpl(Inlining.Aggressive)]</c>.
    /// </summary>
    /// <remarks>
    /// nanoFramework's <see cref="MethodImplOptions"/> has no member for the flag, but the value is only a bit in the
    /// method's metadata. .NET's JIT honours it (without it, the JIT does not inline even a 4-byte read into a caller);
    /// nanoFramework's MetadataProcessor copies only the <c>Synchronized</c> implementation flag into its image, so
    /// the bit changes nothing on the device. <c>MethodImplOptions.AggressiveInlining</c> itself is banned in
    /// portable code (eng/BannedSymbols.Portable.txt) because it does not compile there.
    /// </remarks>
    internal static class Inlining
    {
        /// <summary><c>MethodImplOptions.AggressiveInlining</c> by value.</summary>
        public const MethodImplOptions Aggressive = (MethodImplOptions)0x0100;
    }
}

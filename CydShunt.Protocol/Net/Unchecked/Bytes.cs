using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// The net8.0 build of <c>Primitives/Bytes.cs</c>: the same contract (no overlap; callers check the room first)
    /// as one block move. <see cref="System.Array.Copy(System.Array, int, System.Array, int, int)"/> expands to type,
    /// rank and overlap dispatch at every call site; a block move of a constant size is unrolled by the JIT.
    /// </summary>
    internal static class Bytes
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Copy(byte[] source, int sourceOffset, byte[] destination, int destinationOffset, int count)
        {
            Debug.Assert((uint)sourceOffset <= (uint)source.Length && (uint)count <= (uint)(source.Length - sourceOffset), "the caller checks the source");
            Debug.Assert((uint)destinationOffset <= (uint)destination.Length && (uint)count <= (uint)(destination.Length - destinationOffset), "the caller checks the room");
            Unsafe.CopyBlockUnaligned(
                ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(destination), (nint)(uint)destinationOffset),
                ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(source), (nint)(uint)sourceOffset),
                (uint)count);
        }
    }
}

using System;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Block copies between byte arrays that never overlap (prebuilt structures into packets, names into buffers).
    /// Callers check the room first. On nanoFramework <see cref="Array.Copy(Array, int, Array, int, int)"/> is the one
    /// block copy there is; the net8.0 build compiles <c>Net/Unchecked/Bytes.cs</c> instead.
    /// </summary>
    internal static class Bytes
    {
        public static void Copy(byte[] source, int sourceOffset, byte[] destination, int destinationOffset, int count)
        {
            Array.Copy(source, sourceOffset, destination, destinationOffset, count);
        }
    }
}

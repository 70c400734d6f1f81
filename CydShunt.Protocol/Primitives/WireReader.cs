using System.Runtime.CompilerServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// A window of bytes being decoded: the one type every decoder's core reads through, so that each layout is written
    /// once. This portable form is an array and a start (nanoFramework has no spans); the .NET build compiles
    /// <c>Net/WireReader.cs</c> instead, the same members over a <c>ReadOnlySpan&lt;byte&gt;</c>, so the byte[] and the
    /// Span overloads run the same core in place.
    /// </summary>
    /// <remarks>Indexes are relative to the window's start. Callers check <see cref="Length"/> first; reads do not.</remarks>
    internal sealed class WireReader
    {
        private readonly byte[] _buffer;
        private readonly int _start;
        private readonly int _length;

        /// <summary>The window <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of <paramref name="buffer"/> (already checked by the caller).</summary>
        public WireReader(byte[] buffer, int start, int length)
        {
            _buffer = buffer;
            _start = start;
            _length = length;
        }

        /// <summary>Bytes in the window.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The byte at <paramref name="index"/>.</summary>
        public byte this[int index]
        {
            [MethodImpl(Inlining.Aggressive)]
            get { return _buffer[_start + index]; }
        }

        /// <summary>The window <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of this window.</summary>
        [MethodImpl(Inlining.Aggressive)]
        public WireReader Slice(int start, int length)
        {
            return new WireReader(_buffer, _start + start, length);
        }

        [MethodImpl(Inlining.Aggressive)]
        public int ReadUInt16(int index)
        {
            return LittleEndian.ReadUInt16(_buffer, _start + index);
        }

        [MethodImpl(Inlining.Aggressive)]
        public int ReadInt16(int index)
        {
            return LittleEndian.ReadInt16(_buffer, _start + index);
        }

        [MethodImpl(Inlining.Aggressive)]
        public int ReadUInt24(int index)
        {
            return LittleEndian.ReadUInt24(_buffer, _start + index);
        }

        [MethodImpl(Inlining.Aggressive)]
        public int ReadInt24(int index)
        {
            return LittleEndian.ReadInt24(_buffer, _start + index);
        }

        [MethodImpl(Inlining.Aggressive)]
        public uint ReadUInt32(int index)
        {
            return LittleEndian.ReadUInt32(_buffer, _start + index);
        }

        [MethodImpl(Inlining.Aggressive)]
        public int ReadInt32(int index)
        {
            return LittleEndian.ReadInt32(_buffer, _start + index);
        }

    }
}

using System.Runtime.CompilerServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// A window of bytes being encoded: the one type every encoder's core writes through, so that each layout is written
    /// once. This portable form is an array and a start (nanoFramework has no spans); the .NET build compiles
    /// <c>Net/WireWriter.cs</c> instead, the same members over a <c>Span&lt;byte&gt;</c>.
    /// </summary>
    /// <remarks>Indexes are relative to the window's start. Callers check <see cref="Length"/> first; writes do not.</remarks>
    internal sealed class WireWriter
    {
        private readonly byte[] _buffer;
        private readonly int _start;
        private readonly int _length;

        /// <summary>The window <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of <paramref name="buffer"/> (already checked by the caller).</summary>
        public WireWriter(byte[] buffer, int start, int length)
        {
            _buffer = buffer;
            _start = start;
            _length = length;
        }

        /// <summary>Room in the window.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The byte at <paramref name="index"/>.</summary>
        public byte this[int index]
        {
            [MethodImpl(Inlining.Aggressive)]
            set { _buffer[_start + index] = value; }
        }

        /// <summary>The window from <paramref name="start"/> to the end of this window.</summary>
        [MethodImpl(Inlining.Aggressive)]
        public WireWriter Slice(int start)
        {
            return new WireWriter(_buffer, _start + start, _length - start);
        }

        [MethodImpl(Inlining.Aggressive)]
        public void WriteUInt16(int index, int value)
        {
            LittleEndian.WriteUInt16(_buffer, _start + index, value);
        }

        [MethodImpl(Inlining.Aggressive)]
        public void WriteUInt24(int index, int value)
        {
            LittleEndian.WriteUInt24(_buffer, _start + index, value);
        }

        [MethodImpl(Inlining.Aggressive)]
        public void WriteInt32(int index, int value)
        {
            LittleEndian.WriteInt32(_buffer, _start + index, value);
        }

        /// <summary>Copies <paramref name="count"/> bytes of <paramref name="source"/> from <paramref name="sourceOffset"/> to <paramref name="index"/>.</summary>
        [MethodImpl(Inlining.Aggressive)]
        public void CopyFrom(byte[] source, int sourceOffset, int count, int index)
        {
            Bytes.Copy(source, sourceOffset, _buffer, _start + index, count);
        }
    }
}

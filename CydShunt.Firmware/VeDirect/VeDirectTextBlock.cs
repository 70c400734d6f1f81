using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// One checked text block as received: up to 22 label/value fields (the <c>Checksum</c> field not included). The
    /// instance is reused by its parser: read it inside the callback.
    /// </summary>
    /// <remarks>The look-ups by label and <see cref="TryGetInt32"/> allocate nothing; <see cref="GetLabel"/> and <see cref="GetValue"/> build strings.</remarks>
    public sealed class VeDirectTextBlock
    {
        /// <summary>Longest label (the protocol's label buffer is 9 bytes with its terminator).</summary>
        public const int MaximumLabelLength = 8;

        /// <summary>Longest value (the protocol's value buffer is 33 bytes with its terminator).</summary>
        public const int MaximumValueLength = 32;

        private readonly byte[][] _labels = new byte[VeDirectTextWriter.MaximumFieldsPerBlock][];
        private readonly byte[][] _values = new byte[VeDirectTextWriter.MaximumFieldsPerBlock][];
        private readonly int[] _labelLengths = new int[VeDirectTextWriter.MaximumFieldsPerBlock];
        private readonly int[] _valueLengths = new int[VeDirectTextWriter.MaximumFieldsPerBlock];

        internal VeDirectTextBlock()
        {
            for (int i = 0; i < _labels.Length; i++)
            {
                _labels[i] = new byte[MaximumLabelLength];
                _values[i] = new byte[MaximumValueLength];
            }
        }

        /// <summary>Number of fields, <c>Checksum</c> not counted.</summary>
        public int FieldCount { get; private set; }

        /// <summary>Bytes of the block on the wire, from its first CR to its checksum byte.</summary>
        public int Length { get; internal set; }

        /// <summary>The checksum byte that closed the block.</summary>
        public byte ChecksumByte { get; internal set; }

        /// <summary>The label of field <paramref name="index"/>.</summary>
        public string GetLabel(int index)
        {
            CheckIndex(index);
            return ToText(_labels[index], _labelLengths[index]);
        }

        /// <summary>The value of field <paramref name="index"/> as sent.</summary>
        public string GetValue(int index)
        {
            CheckIndex(index);
            return ToText(_values[index], _valueLengths[index]);
        }

        /// <summary>Returns the index of the field labelled <paramref name="label"/> (exact case), or −1.</summary>
        public int IndexOf(string label)
        {
            for (int i = 0; i < FieldCount; i++)
            {
                if (SameText(_labels[i], _labelLengths[i], label))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Whether the field labelled <paramref name="label"/> holds <paramref name="text"/> exactly.</summary>
        public bool ValueEquals(string label, string text)
        {
            int i = IndexOf(label);
            return i >= 0 && SameText(_values[i], _valueLengths[i], text);
        }

        /// <summary>
        /// Reads the field labelled <paramref name="label"/> as a decimal (or "0x" hexadecimal) number; false when the
        /// field is missing, "---" or not a number.
        /// </summary>
        public bool TryGetInt32(string label, out int value)
        {
            int i = IndexOf(label);
            if (i < 0)
            {
                value = 0;
                return false;
            }

            return VeDirectAscii.TryParseInt32(_values[i], 0, _valueLengths[i], out value);
        }

        internal void Clear()
        {
            FieldCount = 0;
        }

        internal byte[] LabelBuffer(int index)
        {
            return _labels[index];
        }

        internal byte[] ValueBuffer(int index)
        {
            return _values[index];
        }

        internal void SetField(int index, int labelLength, int valueLength)
        {
            _labelLengths[index] = labelLength;
            _valueLengths[index] = valueLength;
            FieldCount = index + 1;
        }

        private static bool SameText(byte[] bytes, int length, string text)
        {
            if (text == null || text.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (bytes[i] != text[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string ToText(byte[] bytes, int length)
        {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }

        private void CheckIndex(int index)
        {
            if (index < 0 || index >= FieldCount)
            {
                throw new ArgumentOutOfRangeException("index");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace CydShunt.Firmware.Host.Ble;

/// <summary>
/// What one central received by notification or indication, kept in preallocated arrays so that recording allocates
/// nothing (the service's notify path is measured for allocations with this log attached).
/// </summary>
public sealed class NotificationLog
{
    private const int MaximumValueLength = 512;

    private readonly long[] _times;
    private readonly int[] _indices;
    private readonly int[] _lengths;
    private readonly byte[][] _values;
    private readonly int[] _perCharacteristic;
    private int _next;

    public NotificationLog(int characteristicCount, int capacity)
    {
        _times = new long[capacity];
        _indices = new int[capacity];
        _lengths = new int[capacity];
        _values = new byte[capacity][];
        for (int i = 0; i < capacity; i++)
        {
            _values[i] = new byte[MaximumValueLength];
        }

        _perCharacteristic = new int[characteristicCount];
    }

    /// <summary>Entries received since the start (also those the ring no longer holds).</summary>
    public int TotalCount { get; private set; }

    public int Capacity => _times.Length;

    public int CountFor(int characteristicIndex) => _perCharacteristic[characteristicIndex];

    public void Record(long time, int characteristicIndex, byte[] value, int length)
    {
        int slot = _next;
        _times[slot] = time;
        _indices[slot] = characteristicIndex;
        _lengths[slot] = length;
        Array.Copy(value, 0, _values[slot], 0, length);
        _next = (_next + 1) % _times.Length;
        _perCharacteristic[characteristicIndex]++;
        TotalCount++;
    }

    public void Clear()
    {
        _next = 0;
        TotalCount = 0;
        Array.Clear(_perCharacteristic);
    }

    /// <summary>The entries still held, oldest first.</summary>
    public IReadOnlyList<ReceivedValue> Entries
    {
        get
        {
            int held = Math.Min(TotalCount, Capacity);
            int start = TotalCount > Capacity ? _next : 0;
            var list = new List<ReceivedValue>(held);
            for (int k = 0; k < held; k++)
            {
                int slot = (start + k) % Capacity;
                list.Add(new ReceivedValue(_times[slot], _indices[slot], _values[slot].AsSpan(0, _lengths[slot]).ToArray()));
            }

            return list;
        }
    }

    public IReadOnlyList<ReceivedValue> For(int characteristicIndex) => Entries.Where(e => e.CharacteristicIndex == characteristicIndex).ToList();

    /// <summary>The newest value of a characteristic, or null.</summary>
    public byte[]? Last(int characteristicIndex) => For(characteristicIndex).LastOrDefault()?.Value;
}

/// <summary>One received notification or indication.</summary>
public sealed record ReceivedValue(long Time, int CharacteristicIndex, byte[] Value);

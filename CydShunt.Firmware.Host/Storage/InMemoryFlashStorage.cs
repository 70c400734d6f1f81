using System;
using System.Collections.Generic;
using System.IO;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Storage;

/// <summary>What a write that is cut by a power loss leaves after the bytes that made it to flash.</summary>
public enum CutTail
{
    /// <summary>The file ends after the written bytes (file system truncated it at open, like FileMode.Create).</summary>
    Truncated,

    /// <summary>The file has its full intended length; the unwritten bytes read as erased flash (0xFF).</summary>
    Erased,

    /// <summary>The file has its full intended length; the unwritten bytes are random garbage.</summary>
    Garbage,

    /// <summary>The write went over the old file in place: the bytes after the cut are the old content (if any).</summary>
    PreviousContent,
}

/// <summary>
/// Thrown by <see cref="InMemoryFlashStorage"/> when the simulated power goes off; the device is "dead" until
/// <see cref="InMemoryFlashStorage.PowerOn"/>. An <see cref="IOException"/>, the failure the storage port documents:
/// on a board the call would never return, here it returns as a failed write and every later call fails too.
/// </summary>
public sealed class PowerLostException : IOException
{
    public PowerLostException()
        : base("simulated power loss")
    {
    }
}

/// <summary>
/// An in-memory model of the ESP32 flash file system behind <see cref="IPersistentStorage"/>, with the ways real
/// flash fails: a power cut after N bytes of a write (leaving a truncated, erased, garbage or old-content tail), a write
/// that throws, a write that silently stores wrong bytes, reads that throw, and bytes damaged at rest.
/// </summary>
public sealed class InMemoryFlashStorage : IPersistentStorage
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);
    private readonly Random _garbage = new(1234);

    /// <summary>When ≥ 0, the next write stores only this many bytes, then the power goes off.</summary>
    public int CutAfterBytes { get; set; } = -1;

    /// <summary>What the cut write leaves after the stored bytes.</summary>
    public CutTail Tail { get; set; } = CutTail.Truncated;

    /// <summary>When set, the next write throws <see cref="IOException"/> after storing this many bytes (−1: none).</summary>
    public int FailWriteAfterBytes { get; set; } = -1;

    /// <summary>Blobs whose every write fails with <see cref="IOException"/> and changes nothing (a broken spot, or a directory in the blob's place).</summary>
    public HashSet<string> UnwritableBlobs { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, the next write "succeeds" but one bit of the stored data is flipped (a silent flash fault).</summary>
    public bool FlipBitOnNextWrite { get; set; }

    /// <summary>Whether the simulated power is off (every call throws until <see cref="PowerOn"/>).</summary>
    public bool PoweredOff { get; private set; }

    /// <summary>Writes that reached the storage (including cut and failed ones).</summary>
    public int WriteCount { get; private set; }

    /// <summary>Bytes written in total.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>Name of the last blob written (or attempted).</summary>
    public string? LastWriteName { get; private set; }

    /// <summary>The complete bytes the last write meant to store (even if it was cut).</summary>
    public byte[]? LastIntendedWrite { get; private set; }

    /// <summary>Names of existing blobs.</summary>
    public IReadOnlyCollection<string> Names => _files.Keys;

    public bool Exists(string name)
    {
        ThrowIfOff();
        return _files.ContainsKey(name);
    }

    public byte[] ReadAll(string name)
    {
        ThrowIfOff();
        if (_unreadable.Contains(name))
        {
            throw new IOException("simulated read error: " + name);
        }

        if (!_files.TryGetValue(name, out byte[]? data))
        {
            throw new FileNotFoundException("no such blob", name);
        }

        return (byte[])data.Clone();
    }

    public void Write(string name, byte[] data, int offset, int count)
    {
        ThrowIfOff();
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, data.Length - offset);
        WriteCount++;
        LastWriteName = name;
        if (UnwritableBlobs.Contains(name))
        {
            throw new IOException("simulated unwritable blob: " + name);
        }
        LastIntendedWrite = data.AsSpan(offset, count).ToArray();
        _files.TryGetValue(name, out byte[]? previous);

        if (CutAfterBytes >= 0)
        {
            int written = Math.Min(CutAfterBytes, count);
            CutAfterBytes = -1;
            _files[name] = Partial(data, offset, count, written, Tail, previous);
            BytesWritten += written;
            PoweredOff = true;
            throw new PowerLostException();
        }

        if (FailWriteAfterBytes >= 0)
        {
            int written = Math.Min(FailWriteAfterBytes, count);
            FailWriteAfterBytes = -1;
            _files[name] = Partial(data, offset, count, written, CutTail.Truncated, previous);
            BytesWritten += written;
            throw new IOException("simulated write error: " + name);
        }

        byte[] stored = new byte[count];
        Array.Copy(data, offset, stored, 0, count);
        if (FlipBitOnNextWrite && count > 0)
        {
            FlipBitOnNextWrite = false;
            stored[count / 2] ^= 0x10;
        }

        _files[name] = stored;
        BytesWritten += count;
    }

    public void Delete(string name)
    {
        ThrowIfOff();
        _files.Remove(name);
    }

    /// <summary>Restores power ("reboot"): the stored bytes are what they were at the cut.</summary>
    public void PowerOn() => PoweredOff = false;

    /// <summary>The stored bytes of a blob (a copy), or null.</summary>
    public byte[]? Peek(string name) => _files.TryGetValue(name, out byte[]? data) ? (byte[])data.Clone() : null;

    /// <summary>Replaces a blob's bytes directly, as damage at rest or a record planted by a test.</summary>
    public void Poke(string name, byte[] data) => _files[name] = (byte[])data.Clone();

    /// <summary>Flips one bit of a stored blob (bit 0 = LSB of byte 0).</summary>
    public void FlipBit(string name, int bitIndex) => _files[name][bitIndex / 8] ^= (byte)(1 << (bitIndex % 8));

    /// <summary>Makes reads of a blob throw (a failing sector), or heals it.</summary>
    public void SetUnreadable(string name, bool unreadable)
    {
        if (unreadable)
        {
            _unreadable.Add(name);
        }
        else
        {
            _unreadable.Remove(name);
        }
    }

    private byte[] Partial(byte[] data, int offset, int count, int written, CutTail tail, byte[]? previous)
    {
        int length = tail switch
        {
            CutTail.Truncated => written,
            CutTail.PreviousContent => Math.Max(written, previous?.Length ?? 0),
            _ => count,
        };
        byte[] stored = new byte[length];
        for (int i = written; i < length; i++)
        {
            stored[i] = tail switch
            {
                CutTail.Erased => 0xFF,
                CutTail.Garbage => (byte)_garbage.Next(256),
                _ => previous![i],
            };
        }

        Array.Copy(data, offset, stored, 0, written);
        return stored;
    }

    private void ThrowIfOff()
    {
        if (PoweredOff)
        {
            throw new PowerLostException();
        }
    }
}

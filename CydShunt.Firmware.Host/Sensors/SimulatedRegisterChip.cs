using System;
using System.Collections.Generic;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Sensors;

/// <summary>
/// I2C behaviour shared by TI's INA2xx chips, modelled byte for byte: a write of [pointer] sets the register
/// pointer, a write of [pointer, MSB, LSB] writes a 16-bit register, and a read returns the register at the
/// pointer MSB first (2, 3 or 5 bytes). Anything else a real chip would not expect is recorded in
/// <see cref="ProtocolViolations"/> so tests can assert the driver never does it. Failures can be injected.
/// </summary>
public abstract class SimulatedRegisterChip : II2cDevice
{
    private readonly List<(int AfterTransfers, I2cStatus Status)> _scheduled = [];
    private int _pointer;

    /// <summary>False models an empty address: every transfer is not acknowledged.</summary>
    public bool Present { get; set; } = true;

    /// <summary>Successful and failed transfers so far.</summary>
    public int TransferCount { get; private set; }

    /// <summary>Every 16-bit register write that reached the chip, in order.</summary>
    public List<(int Register, int Value)> Writes { get; } = [];

    /// <summary>Every register read that reached the chip, in order.</summary>
    public List<int> Reads { get; } = [];

    /// <summary>Transfers a real chip would not expect (wrong length, write to a read-only register, ...).</summary>
    public List<string> ProtocolViolations { get; } = [];

    /// <summary>False stops filling <see cref="Writes"/>/<see cref="Reads"/> (their growth allocates; allocation tests turn it off).</summary>
    public bool RecordTraffic { get; set; } = true;

    /// <summary>A register whose writes are acknowledged but do not stick (models a faulty or impostor chip); -1 for none.</summary>
    public int StuckRegister { get; set; } = -1;

    /// <summary>Value returned for addresses the datasheet does not list (reads as 16 bits). Undefined on silicon; 0 by default.</summary>
    public int UnlistedRegisterValue { get; set; }

    /// <summary>
    /// Makes the transfer that comes after <paramref name="successfulTransfersFirst"/> more transfers fail with
    /// <paramref name="status"/>; a failed write is not applied, a failed read leaves garbage in the buffer.
    /// </summary>
    public void FailTransfer(int successfulTransfersFirst, I2cStatus status) =>
        _scheduled.Add((TransferCount + successfulTransfersFirst, status));

    /// <summary>Makes the next <paramref name="count"/> transfers fail with <paramref name="status"/>.</summary>
    public void FailNext(I2cStatus status, int count = 1)
    {
        for (int i = 0; i < count; i++)
        {
            FailTransfer(i, status);
        }
    }

    public I2cStatus Write(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        I2cStatus status = NextStatus();
        if (status != I2cStatus.Ok)
        {
            return status;
        }

        _pointer = buffer[offset];
        if (count == 1)
        {
            return I2cStatus.Ok;
        }

        if (count != 3)
        {
            ProtocolViolations.Add("write of " + count + " bytes to register 0x" + _pointer.ToString("X2"));
            return I2cStatus.Ok;
        }

        int value = (buffer[offset + 1] << 8) | buffer[offset + 2];
        if (!IsWritable(_pointer))
        {
            ProtocolViolations.Add("write to read-only or unlisted register 0x" + _pointer.ToString("X2"));
            return I2cStatus.Ok;
        }

        if (RecordTraffic)
        {
            Writes.Add((_pointer, value));
        }

        if (_pointer != StuckRegister)
        {
            WriteRegister(_pointer, value);
        }

        return I2cStatus.Ok;
    }

    public I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
    {
        ArgumentNullException.ThrowIfNull(writeBuffer);
        ArgumentNullException.ThrowIfNull(readBuffer);
        I2cStatus status = NextStatus();
        if (status != I2cStatus.Ok)
        {
            // Whatever was on the wire is not a register value: make any use of it visible.
            for (int i = 0; i < readCount; i++)
            {
                readBuffer[readOffset + i] = 0xA5;
            }

            return status;
        }

        if (writeCount != 1)
        {
            ProtocolViolations.Add("write-read with " + writeCount + " pointer bytes");
        }

        _pointer = writeBuffer[writeOffset];
        int width = WidthOf(_pointer);
        if (readCount != width)
        {
            ProtocolViolations.Add("read of " + readCount + " bytes from " + width + "-byte register 0x" + _pointer.ToString("X2"));
        }

        if (RecordTraffic)
        {
            Reads.Add(_pointer);
        }

        long value = ReadRegister(_pointer);
        for (int i = 0; i < readCount; i++)
        {
            int shift = 8 * (width - 1 - i);
            readBuffer[readOffset + i] = shift >= 0 ? (byte)(value >> shift) : (byte)0xFF;
        }

        return I2cStatus.Ok;
    }

    /// <summary>Register width in bytes; unlisted addresses read as 2 bytes.</summary>
    protected abstract int WidthOf(int address);

    /// <summary>Whether the datasheet lists the register as writable.</summary>
    protected abstract bool IsWritable(int address);

    /// <summary>Returns the register's bits (right-aligned) and applies read side effects (flag clearing).</summary>
    protected abstract long ReadRegister(int address);

    /// <summary>Applies a 16-bit write.</summary>
    protected abstract void WriteRegister(int address, int value);

    private I2cStatus NextStatus()
    {
        int index = TransferCount++;
        if (!Present)
        {
            return I2cStatus.AddressNotAcknowledged;
        }

        for (int i = 0; i < _scheduled.Count; i++)
        {
            if (_scheduled[i].AfterTransfers == index)
            {
                I2cStatus status = _scheduled[i].Status;
                _scheduled.RemoveAt(i);
                return status;
            }
        }

        return I2cStatus.Ok;
    }

    /// <summary>Rounds a / b half away from zero (b &gt; 0), like an ideal ADC quantiser.</summary>
    protected static long DivRound(long a, long b) => a >= 0 ? (a + (b / 2)) / b : -((-a + (b / 2)) / b);

    protected static long Clamp(long value, long min, long max) => Math.Min(Math.Max(value, min), max);
}

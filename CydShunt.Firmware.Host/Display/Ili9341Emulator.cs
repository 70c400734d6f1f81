using System;
using System.Collections.Generic;
using System.Globalization;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// An ILI9341 as the CYD wires it (4-line serial interface: SCL, SDA, CSX inside the SPI port, D/CX on a GPIO), written
/// from the ILITEK datasheet (V1.11) as the oracle for the firmware's driver: it decodes the byte stream the driver
/// sends through <see cref="Spi"/>, with <see cref="DataCommand"/> low for a command byte and high for parameters and
/// pixels, keeps the 240×320 frame memory, and shows it as the user sees the landscape screen.
/// <para>
/// Memory writes (8.2.22, 9.3): RAMWR sets the pointer to (SC, SP); each 16-bit pixel (PIXSET DBI = 101, high byte
/// first) is stored and the column advances; past EC it returns to SC on the next page; past EP it returns to SP.
/// Addresses beyond the panel are ignored. MADCTL maps the (column, page) pointer to physical memory:
/// MV = 0: physical column = MX ? 239 − c : c, physical row = MY ? 319 − p : p;
/// MV = 1: physical row = MY ? 319 − c : c, physical column = MX ? 239 − p : p.
/// </para>
/// <para>
/// Physical orientation chosen for the CYD (ESP32-2432S028R) held in landscape with its USB connector on the right:
/// physical row 0 (the first gate line) is the left edge and physical column 0 (the first source triplet) the top
/// edge, so screen x = physical row and screen y = physical column. With it MADCTL = MV | BGR (28h,
/// <see cref="Ili9341Madctl.CydLandscape"/>) draws CASET as x left to right and PASET as y top to bottom, as on the
/// board; MX | MY | MV | BGR (E8h) draws the same image turned 180°. The panel's colour filter is BGR
/// (<see cref="PanelIsBgr"/>), so BGR = 1 shows colours as sent and BGR = 0 swaps red and blue; DINVON inverts every
/// pixel. Both are applied when the frame is read, as the chip applies them on the way to the source drivers.
/// </para>
/// <para>
/// Stricter than silicon: anything a correct driver would not send is recorded in <see cref="ProtocolViolations"/>
/// with its byte position in the stream: a command outside the datasheet, a read command (reads are not modelled),
/// too few or too many parameters, data before any command, RAMWR before CASET/PASET since reset, a window with start
/// after end or outside the panel for the current MV, pixels while in sleep mode or with a pixel format other than
/// 16 bits, more pixels than the window holds, and a memory write that ends in half a pixel. Power-on frame memory
/// is random on silicon; here it starts black and <see cref="UnwrittenPixels"/> counts what was never written.
/// Timing (5 ms after SWRESET/SLPOUT, 120 ms before SLPIN) is not checked: the emulator has no clock.
/// </para>
/// </summary>
public sealed class Ili9341Emulator
{
    /// <summary>Landscape screen width in pixels.</summary>
    public const int ScreenWidth = 320;

    /// <summary>Landscape screen height in pixels.</summary>
    public const int ScreenHeight = 240;

    /// <summary>Physical columns (source triplets S1..S720).</summary>
    public const int PhysicalColumns = 240;

    /// <summary>Physical rows (gate lines G1..G320), the datasheet's pages when MV = 0.</summary>
    public const int PhysicalRows = 320;

    private const int NoCommand = -1;
    private const int ResetPixelFormat = 0x66; // 18 bits per pixel after power-on and SWRESET (8.2.33)

    private readonly ushort[] _memory = new ushort[PhysicalColumns * PhysicalRows]; // [row * 240 + column]
    private readonly bool[] _written = new bool[PhysicalColumns * PhysicalRows];
    private readonly List<string> _violations = [];
    private readonly byte[] _parameters = new byte[128];
    private readonly byte[]?[] _lastParameters = new byte[256][];
    private readonly int[] _commandCounts = new int[256];
    private bool _dataCommandHigh;

    private int _command = NoCommand;
    private long _commandPosition;
    private int _expectedParameters;
    private int _receivedParameters;
    private bool _reportedThisCommand;

    private bool _columnsSet, _pagesSet;
    private int _column, _page;
    private int _pendingHighByte = -1;
    private bool _pixelsDiscarded;
    private bool _pointerWrapped;
    private bool _overflowReported;
    private bool _pointerValid;

    /// <summary>Powers the panel on: registers at their reset values, sleep in, display off.</summary>
    /// <param name="panelIsBgr">The panel's colour filter order; the CYD's is BGR.</param>
    public Ili9341Emulator(bool panelIsBgr = true)
    {
        PanelIsBgr = panelIsBgr;
        Spi = new SpiPort(this);
        DataCommand = new DataCommandPin(this);
        UnwrittenPixels = _memory.Length;
        ResetRegisters();
    }

    /// <summary>The SPI device the driver writes to (chip select asserted for each call).</summary>
    public ISpiDevice Spi { get; }

    /// <summary>The D/CX pin (GPIO2 on the CYD): low for a command byte, high for parameters and pixels.</summary>
    public IGpioOutput DataCommand { get; }

    /// <summary>The colour filter order of the glass (true: BGR, as on the CYD).</summary>
    public bool PanelIsBgr { get; }

    /// <summary>DISPON received since the last DISPOFF or reset.</summary>
    public bool DisplayOn { get; private set; }

    /// <summary>In sleep mode (after power-on, SWRESET or SLPIN, until SLPOUT).</summary>
    public bool Sleeping { get; private set; }

    /// <summary>Display inversion on (DINVON).</summary>
    public bool Inverted { get; private set; }

    /// <summary>True when the panel shows the frame memory: display on and not sleeping.</summary>
    public bool ShowsImage => DisplayOn && !Sleeping;

    /// <summary>The MADCTL parameter (00h after reset).</summary>
    public int Madctl { get; private set; }

    /// <summary>The PIXSET parameter (66h after reset; 55h for 16 bits per pixel).</summary>
    public int PixelFormat { get; private set; }

    /// <summary>CASET start column SC.</summary>
    public int ColumnStart { get; private set; }

    /// <summary>CASET end column EC.</summary>
    public int ColumnEnd { get; private set; }

    /// <summary>PASET start page SP.</summary>
    public int PageStart { get; private set; }

    /// <summary>PASET end page EP.</summary>
    public int PageEnd { get; private set; }

    /// <summary>Screen pixels never written since power-on.</summary>
    public int UnwrittenPixels { get; private set; }

    /// <summary>Position of the next byte in the stream since power-on (never reset; violations quote it).</summary>
    public long StreamPosition { get; private set; }

    /// <summary>Bytes received since the counters were reset.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>Command bytes (D/CX low) since the counters were reset.</summary>
    public long CommandBytes { get; private set; }

    /// <summary>Parameter and pixel bytes (D/CX high) since the counters were reset.</summary>
    public long DataBytes { get; private set; }

    /// <summary>Data bytes that followed RAMWR or Write_Memory_Continue since the counters were reset.</summary>
    public long PixelBytes { get; private set; }

    /// <summary>Complete pixels received since the counters were reset.</summary>
    public long PixelsWritten { get; private set; }

    /// <summary>SPI calls (Write and TransferFullDuplex) since the counters were reset.</summary>
    public long Transfers { get; private set; }

    /// <summary>
    /// What a correct driver would not send, each with the byte position where it was seen. A command still waiting
    /// for parameters (or a memory write ending in half a pixel) at the end of the stream is listed too.
    /// </summary>
    public IReadOnlyList<string> ProtocolViolations
    {
        get
        {
            string? pending = PendingCommandProblem();
            return pending == null ? _violations : [.. _violations, pending];
        }
    }

    /// <summary>How often a command byte was received since the counters were reset.</summary>
    /// <param name="command">The command code.</param>
    /// <returns>The count.</returns>
    public int CommandCount(byte command) => _commandCounts[command];

    /// <summary>The parameters of the last complete instance of a command, or null if it never completed.</summary>
    /// <param name="command">The command code.</param>
    /// <returns>A copy of the parameter bytes.</returns>
    public byte[]? LastParameters(byte command) => (byte[]?)_lastParameters[command]?.Clone();

    /// <summary>Zeroes the traffic counters (bytes, pixels, transfers, per-command counts) to start a measurement.</summary>
    public void ResetCounters()
    {
        TotalBytes = CommandBytes = DataBytes = PixelBytes = PixelsWritten = Transfers = 0;
        Array.Clear(_commandCounts);
    }

    /// <summary>The colour the user sees at a landscape screen position (as if the display were on).</summary>
    /// <param name="x">0..319, left to right.</param>
    /// <param name="y">0..239, top to bottom.</param>
    /// <returns>RGB565 after the colour filter order and inversion.</returns>
    public ushort PixelAt(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, ScreenWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, ScreenHeight);
        return Visible(_memory[(x * PhysicalColumns) + y]);
    }

    /// <summary>The landscape screen as the user sees it (as if the display were on), row by row.</summary>
    /// <returns>320 × 240 RGB565 pixels, index y * 320 + x.</returns>
    public ushort[] GetFrame()
    {
        ushort[] frame = new ushort[ScreenWidth * ScreenHeight];
        for (int y = 0; y < ScreenHeight; y++)
        {
            for (int x = 0; x < ScreenWidth; x++)
            {
                frame[(y * ScreenWidth) + x] = Visible(_memory[(x * PhysicalColumns) + y]);
            }
        }

        return frame;
    }

    private ushort Visible(ushort stored)
    {
        int color = stored;
        if (((Madctl & Ili9341Madctl.BGR) != 0) != PanelIsBgr)
        {
            color = ((color & 0x1F) << 11) | (color & 0x07E0) | ((color >> 11) & 0x1F);
        }

        if (Inverted)
        {
            color ^= 0xFFFF;
        }

        return (ushort)color;
    }

    private void Receive(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - offset);
        Transfers++;
        if (count == 0)
        {
            Violation(StreamPosition, "an SPI transfer of 0 bytes (the port requires at least 1)");
            return;
        }

        for (int i = 0; i < count; i++)
        {
            byte value = buffer[offset + i];
            TotalBytes++;
            if (_dataCommandHigh)
            {
                DataBytes++;
                ReceiveData(value);
            }
            else
            {
                CommandBytes++;
                ReceiveCommand(value);
            }

            StreamPosition++;
        }
    }

    private void ReceiveCommand(byte command)
    {
        FinishCommand();
        _commandCounts[command]++;
        _command = command;
        _commandPosition = StreamPosition;
        _expectedParameters = Ili9341Command.ParameterCount(command);
        _receivedParameters = 0;
        _reportedThisCommand = false;

        switch (_expectedParameters)
        {
            case Ili9341Command.Unknown:
                Violation(StreamPosition, "command " + Ili9341Command.Describe(command) + " is not in the datasheet");
                return;
            case Ili9341Command.ReadCommand:
                Violation(StreamPosition, "read command " + Ili9341Command.Describe(command) + " (reads are not modelled)");
                return;
        }

        switch (command)
        {
            case Ili9341Command.SWRESET:
                ResetRegisters();
                break;
            case Ili9341Command.SLPIN:
                Sleeping = true;
                break;
            case Ili9341Command.SLPOUT:
                Sleeping = false;
                break;
            case Ili9341Command.DISPON:
                DisplayOn = true;
                break;
            case Ili9341Command.DISPOFF:
                DisplayOn = false;
                break;
            case Ili9341Command.DINVON:
                Inverted = true;
                break;
            case Ili9341Command.DINVOFF:
                Inverted = false;
                break;
            case Ili9341Command.RAMWR:
                StartMemoryWrite(continuing: false);
                break;
            case Ili9341Command.WriteMemoryContinue:
                StartMemoryWrite(continuing: true);
                break;
        }
    }

    private void ReceiveData(byte value)
    {
        if (_command == NoCommand)
        {
            if (!_reportedThisCommand)
            {
                Violation(StreamPosition, "data byte 0x" + Hex(value) + " before any command");
                _reportedThisCommand = true;
            }

            return;
        }

        if (_expectedParameters == Ili9341Command.Unbounded)
        {
            PixelBytes++;
            ReceivePixelByte(value);
            return;
        }

        if (_expectedParameters < 0)
        {
            return; // unknown or read command, already reported
        }

        if (_receivedParameters >= _expectedParameters)
        {
            if (!_reportedThisCommand)
            {
                Violation(StreamPosition, Ili9341Command.Describe((byte)_command) + " sent at byte " + _commandPosition
                    + " takes " + _expectedParameters + " parameter(s); more data follows");
                _reportedThisCommand = true;
            }

            return;
        }

        _parameters[_receivedParameters++] = value;
        if (_receivedParameters == _expectedParameters)
        {
            ApplyParameters();
        }
    }

    private void ApplyParameters()
    {
        byte command = (byte)_command;
        byte[] stored = _lastParameters[command] ??= new byte[_expectedParameters];
        Array.Copy(_parameters, stored, _expectedParameters);
        switch (command)
        {
            case Ili9341Command.CASET:
                ColumnStart = (_parameters[0] << 8) | _parameters[1];
                ColumnEnd = (_parameters[2] << 8) | _parameters[3];
                _columnsSet = true;
                break;
            case Ili9341Command.PASET:
                PageStart = (_parameters[0] << 8) | _parameters[1];
                PageEnd = (_parameters[2] << 8) | _parameters[3];
                _pagesSet = true;
                break;
            case Ili9341Command.MADCTL:
                Madctl = _parameters[0];
                break;
            case Ili9341Command.PIXSET:
                PixelFormat = _parameters[0];
                break;
        }
    }

    private void FinishCommand()
    {
        string? problem = PendingCommandProblem();
        if (problem != null)
        {
            _violations.Add(problem);
        }
    }

    private string? PendingCommandProblem()
    {
        if (_command == NoCommand)
        {
            return null;
        }

        if (_expectedParameters > 0 && _receivedParameters < _expectedParameters)
        {
            return "byte " + _commandPosition + ": " + Ili9341Command.Describe((byte)_command) + " got "
                + _receivedParameters + " of its " + _expectedParameters + " parameter(s)";
        }

        if (_expectedParameters == Ili9341Command.Unbounded && _pendingHighByte >= 0)
        {
            return "byte " + (StreamPosition - 1) + ": memory write ended in the middle of a pixel (odd byte count)";
        }

        return null;
    }

    private void StartMemoryWrite(bool continuing)
    {
        _pendingHighByte = -1;
        _pixelsDiscarded = false;
        _pointerWrapped = false;
        _overflowReported = false;
        string name = Ili9341Command.Describe((byte)_command);
        if (!_columnsSet)
        {
            Violation(StreamPosition, name + " before CASET since reset");
        }

        if (!_pagesSet)
        {
            Violation(StreamPosition, name + " before PASET since reset");
        }

        bool exchanged = (Madctl & Ili9341Madctl.MV) != 0;
        int lastColumn = (exchanged ? PhysicalRows : PhysicalColumns) - 1;
        int lastPage = (exchanged ? PhysicalColumns : PhysicalRows) - 1;
        if (ColumnStart > ColumnEnd || PageStart > PageEnd)
        {
            Violation(StreamPosition, name + " with window start after end: columns " + ColumnStart + ".." + ColumnEnd
                + ", pages " + PageStart + ".." + PageEnd + " (pixels discarded)");
            _pixelsDiscarded = true;
        }
        else if (ColumnEnd > lastColumn || PageEnd > lastPage)
        {
            Violation(StreamPosition, name + " with window outside the panel: columns " + ColumnStart + ".." + ColumnEnd
                + " (last " + lastColumn + "), pages " + PageStart + ".." + PageEnd + " (last " + lastPage + ", MV="
                + (exchanged ? 1 : 0) + ")");
        }

        if ((PixelFormat & 0x07) != 0x05)
        {
            Violation(StreamPosition, name + " while PIXSET is " + Hex(PixelFormat)
                + "h: the MCU interface is not at 16 bits per pixel (pixels discarded)");
            _pixelsDiscarded = true;
        }

        if (Sleeping)
        {
            Violation(StreamPosition, name + " while in sleep mode (no SLPOUT since reset or SLPIN)");
        }

        if (continuing && _pointerValid)
        {
            return;
        }

        _column = ColumnStart;
        _page = PageStart;
        _pointerValid = true;
    }

    private void ReceivePixelByte(byte value)
    {
        if (_pendingHighByte < 0)
        {
            _pendingHighByte = value;
            return;
        }

        ushort color = (ushort)((_pendingHighByte << 8) | value);
        _pendingHighByte = -1;
        PixelsWritten++;
        if (_pixelsDiscarded)
        {
            return;
        }

        if (_pointerWrapped && !_overflowReported)
        {
            Violation(StreamPosition - 1, "more pixels than the window (columns " + ColumnStart + ".." + ColumnEnd
                + ", pages " + PageStart + ".." + PageEnd + ") holds; the pointer wrapped to its start");
            _overflowReported = true;
        }

        Store(_column, _page, color);
        _column++;
        if (_column > ColumnEnd)
        {
            _column = ColumnStart;
            _page++;
            if (_page > PageEnd)
            {
                _page = PageStart;
                _pointerWrapped = true;
            }
        }
    }

    private void Store(int column, int page, ushort color)
    {
        int madctl = Madctl;
        bool mirrorColumns = (madctl & Ili9341Madctl.MX) != 0;
        bool mirrorRows = (madctl & Ili9341Madctl.MY) != 0;
        int physicalColumn, physicalRow;
        if ((madctl & Ili9341Madctl.MV) == 0)
        {
            physicalColumn = column;
            physicalRow = page;
        }
        else
        {
            physicalRow = column;
            physicalColumn = page;
        }

        if (physicalColumn >= PhysicalColumns || physicalRow >= PhysicalRows)
        {
            return; // out of range data is ignored (CASET/PASET notes)
        }

        if (mirrorColumns)
        {
            physicalColumn = PhysicalColumns - 1 - physicalColumn;
        }

        if (mirrorRows)
        {
            physicalRow = PhysicalRows - 1 - physicalRow;
        }

        int index = (physicalRow * PhysicalColumns) + physicalColumn;
        _memory[index] = color;
        if (!_written[index])
        {
            _written[index] = true;
            UnwrittenPixels--;
        }
    }

    private void ResetRegisters()
    {
        Sleeping = true;
        DisplayOn = false;
        Inverted = false;
        Madctl = 0x00;
        PixelFormat = ResetPixelFormat;
        ColumnStart = 0;
        ColumnEnd = PhysicalColumns - 1;
        PageStart = 0;
        PageEnd = PhysicalRows - 1;
        _columnsSet = _pagesSet = false;
        _pointerValid = false;
    }

    private void Violation(long position, string text) => _violations.Add("byte " + position + ": " + text);

    private static string Hex(int value) => value.ToString("X2", CultureInfo.InvariantCulture);

    /// <summary>The SPI device the driver writes to: hands every byte to the emulated panel.</summary>
    private sealed class SpiPort(Ili9341Emulator panel) : ISpiDevice
    {
        public void Write(byte[] buffer, int offset, int count) => panel.Receive(buffer, offset, count);

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
        {
            ArgumentNullException.ThrowIfNull(readBuffer);
            panel.Violation(panel.StreamPosition, "full-duplex transfer of " + count + " bytes (reads are not modelled; 0s returned)");
            panel.Receive(writeBuffer, writeOffset, count);
            Array.Clear(readBuffer, readOffset, count);
        }
    }

    /// <summary>The D/C pin the driver drives: tells the emulated panel whether the next bytes are a command or data.</summary>
    private sealed class DataCommandPin(Ili9341Emulator panel) : IGpioOutput
    {
        public void Write(bool high) => panel._dataCommandHigh = high;
    }
}

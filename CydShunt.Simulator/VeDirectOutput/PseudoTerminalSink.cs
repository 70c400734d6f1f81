using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Threading;

namespace CydShunt.Simulator;

/// <summary>
/// VE.Direct on a Linux pseudo-terminal: the simulator holds the master side, and any program that reads a serial
/// port (a VE.Direct library, Venus OS's vedirect-interface tools in a container, <c>picocom</c>) opens the slave device
/// as if a VE.Direct cable were plugged in. The slave is put in raw mode at 19200 baud, so no CR/LF translation or echo
/// changes the bytes (VE.Direct checksums cover every byte), and kept open by the simulator so that readers may come
/// and go. Writes never block: while nobody reads, the terminal's buffer fills and further bytes are dropped.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class PseudoTerminalSink : IVeDirectSink
{
    private const int ORdWr = 0x2;
    private const int ONoCtty = 0x100;
    private const int ONonBlock = 0x800;
    private const int TcsaNow = 0;
    private const uint B19200 = 14;

    private readonly int _master;
    private readonly int _slave;
    private readonly string? _link;
    private long _dropped;
    private int _disposed;

    /// <summary>Creates the pseudo-terminal; <paramref name="link"/>, when given, becomes a symbolic link to its device.</summary>
    public PseudoTerminalSink(string? link)
    {
        _master = posix_openpt(ORdWr | ONoCtty | ONonBlock);
        if (_master < 0)
        {
            throw Failure("posix_openpt");
        }

        try
        {
            if (grantpt(_master) != 0)
            {
                throw Failure("grantpt");
            }

            if (unlockpt(_master) != 0)
            {
                throw Failure("unlockpt");
            }

            DevicePath = SlaveName(_master);
            _slave = open(DevicePath, ORdWr | ONoCtty);
            if (_slave < 0)
            {
                throw Failure("open " + DevicePath);
            }

            MakeRaw(_slave);
            if (link != null)
            {
                CreateLink(link, DevicePath);
                _link = link;
            }
        }
        catch
        {
            close(_master);
            if (_slave > 0)
            {
                close(_slave);
            }

            throw;
        }
    }

    /// <summary>The slave device readers open, e.g. /dev/pts/5.</summary>
    public string DevicePath { get; }

    /// <inheritdoc/>
    public string Description => _link == null ? DevicePath : _link + " -> " + DevicePath;

    /// <inheritdoc/>
    public long DroppedBytes => Interlocked.Read(ref _dropped);

    /// <inheritdoc/>
    public unsafe void Send(byte[] buffer, int offset, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - offset);
        fixed (byte* p = buffer)
        {
            long written = (long)write(_master, p + offset, (nuint)count);
            if (written < 0)
            {
                written = 0; // EAGAIN: the terminal's buffer is full, nobody reads
            }

            Interlocked.Add(ref _dropped, count - written);
        }
    }

    /// <inheritdoc/>
    public unsafe int Receive(byte[] buffer, int offset, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - offset);
        fixed (byte* p = buffer)
        {
            long n = (long)read(_master, p + offset, (nuint)count);
            return n > 0 ? (int)n : 0; // EAGAIN (nothing sent) and EIO (no reader) both mean "nothing"
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_link != null)
        {
            try
            {
                File.Delete(_link);
            }
            catch (IOException)
            {
                // The link is only a convenience; a stale one is replaced at the next start.
            }
        }

        close(_slave);
        close(_master);
    }

    private static unsafe string SlaveName(int master)
    {
        byte* name = stackalloc byte[256];
        if (ptsname_r(master, name, 256) != 0)
        {
            throw Failure("ptsname_r");
        }

        return Marshal.PtrToStringUTF8((IntPtr)name) ?? throw new IOException("ptsname_r returned no name.");
    }

    private static unsafe void MakeRaw(int fd)
    {
        // struct termios is 60 bytes on Linux (glibc and musl); a larger buffer keeps any libc variant in bounds.
        byte* termios = stackalloc byte[256];
        if (tcgetattr(fd, termios) != 0)
        {
            throw Failure("tcgetattr");
        }

        cfmakeraw(termios);
        cfsetispeed(termios, B19200);
        cfsetospeed(termios, B19200);
        if (tcsetattr(fd, TcsaNow, termios) != 0)
        {
            throw Failure("tcsetattr");
        }
    }

    private static void CreateLink(string link, string target)
    {
        var info = new FileInfo(link);
        if (info.LinkTarget != null)
        {
            File.Delete(link); // a link left by an earlier run
        }
        else if (info.Exists)
        {
            throw new IOException("--vedirect pty:" + link + ": a file of that name exists and is not a symbolic link.");
        }

        File.CreateSymbolicLink(link, target);
    }

    private static IOException Failure(string call)
    {
        int errno = Marshal.GetLastPInvokeError();
        return new IOException(call + " failed: " + Marshal.GetPInvokeErrorMessage(errno) + " (errno " + errno + ").");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int posix_openpt(int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int grantpt(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int unlockpt(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe int ptsname_r(int fd, byte* buffer, nuint length);

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe nint read(int fd, byte* buffer, nuint count);

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe nint write(int fd, byte* buffer, nuint count);

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe int tcgetattr(int fd, byte* termios);

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe int tcsetattr(int fd, int optionalActions, byte* termios);

    [DllImport("libc")]
    private static extern unsafe void cfmakeraw(byte* termios);

    [DllImport("libc")]
    private static extern unsafe int cfsetispeed(byte* termios, uint speed);

    [DllImport("libc")]
    private static extern unsafe int cfsetospeed(byte* termios, uint speed);
}

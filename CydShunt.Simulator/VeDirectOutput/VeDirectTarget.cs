using System;
using System.Globalization;
using System.Net;

namespace CydShunt.Simulator;

/// <summary>Kinds of VE.Direct outputs.</summary>
internal enum VeDirectTargetKind
{
    /// <summary>A TCP server on the loopback interface; every client gets the stream and may send HEX commands.</summary>
    Tcp,

    /// <summary>A Linux pseudo-terminal whose device path is printed (optionally linked from a fixed path).</summary>
    PseudoTerminal,

    /// <summary>A serial device at 19200 8N1 (a USB-serial adapter wired to a GX device, a null-modem pair).</summary>
    Serial,
}

/// <summary>Where the simulator sends the firmware's VE.Direct stream: the value of <c>--vedirect</c>.</summary>
internal sealed class VeDirectTarget
{
    private VeDirectTarget(VeDirectTargetKind kind, IPAddress? address, int port, string? path)
    {
        Kind = kind;
        Address = address;
        Port = port;
        Path = path;
    }

    /// <summary>The kind of output.</summary>
    public VeDirectTargetKind Kind { get; }

    /// <summary>TCP: the loopback address to listen on.</summary>
    public IPAddress? Address { get; }

    /// <summary>TCP: the port (0 = any free port; the chosen one is printed).</summary>
    public int Port { get; }

    /// <summary>Serial: the device; pseudo-terminal: the symbolic link to create (or null).</summary>
    public string? Path { get; }

    /// <summary>
    /// Parses "tcp:127.0.0.1:PORT", "tcp:[::1]:PORT", "tcp:PORT", "pty", "pty:/path/of/link" or "serial:/dev/ttyUSB0".
    /// </summary>
    /// <param name="text">The option's value.</param>
    /// <param name="target">The target, or null.</param>
    /// <param name="error">What is wrong, or null.</param>
    public static bool TryParse(string text, out VeDirectTarget? target, out string? error)
    {
        target = null;
        error = null;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        string scheme = (colon < 0 ? text : text[..colon]).ToLowerInvariant();
        string rest = colon < 0 ? string.Empty : text[(colon + 1)..];
        switch (scheme)
        {
            case "tcp":
                return TryParseTcp(rest, out target, out error);
            case "pty":
                if (!OperatingSystem.IsLinux())
                {
                    error = "--vedirect pty needs Linux (posix_openpt); use tcp:127.0.0.1:PORT or serial:DEVICE here.";
                    return false;
                }

                target = new VeDirectTarget(VeDirectTargetKind.PseudoTerminal, null, 0, rest.Length == 0 ? null : rest);
                return true;
            case "serial":
                if (rest.Length == 0)
                {
                    error = "--vedirect serial needs a device, e.g. serial:/dev/ttyUSB0.";
                    return false;
                }

                target = new VeDirectTarget(VeDirectTargetKind.Serial, null, 0, rest);
                return true;
            default:
                error = "--vedirect '" + text + "' is not understood: use tcp:127.0.0.1:PORT, pty, pty:/path/to/link or serial:/dev/ttyUSB0.";
                return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        VeDirectTargetKind.Tcp => "tcp:" + new IPEndPoint(Address!, Port),
        VeDirectTargetKind.PseudoTerminal => Path == null ? "pty" : "pty:" + Path,
        _ => "serial:" + Path,
    };

    private static bool TryParseTcp(string rest, out VeDirectTarget? target, out string? error)
    {
        target = null;
        string host = "127.0.0.1";
        string portText = rest;
        int lastColon = rest.LastIndexOf(':');
        if (lastColon >= 0)
        {
            host = rest[..lastColon].Trim('[', ']');
            portText = rest[(lastColon + 1)..];
        }

        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            error = "--vedirect tcp needs a port 0..65535, e.g. tcp:127.0.0.1:7700 (got '" + portText + "').";
            return false;
        }

        IPAddress? address;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
        }
        else if (!IPAddress.TryParse(host, out address))
        {
            error = "--vedirect tcp: '" + host + "' is not an IP address; use 127.0.0.1 or [::1].";
            return false;
        }

        if (!IPAddress.IsLoopback(address))
        {
            // The stream carries live battery data and accepts HEX commands that change settings: never expose it to a network.
            error = "--vedirect tcp: " + address + " is not a loopback address; the simulator only listens on 127.0.0.1 or [::1].";
            return false;
        }

        error = null;
        target = new VeDirectTarget(VeDirectTargetKind.Tcp, address, port, null);
        return true;
    }
}

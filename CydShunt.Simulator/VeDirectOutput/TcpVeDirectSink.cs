using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace CydShunt.Simulator;

/// <summary>
/// VE.Direct as a TCP stream on a loopback address, the way ser2net or a serial-over-IP bridge offers a real one.
/// Any number of clients may connect; each gets every byte from its connection on, and what any client sends
/// (HEX commands) reaches the firmware. A client that stops reading loses data instead of stalling the simulation.
/// </summary>
internal sealed class TcpVeDirectSink : IVeDirectSink
{
    private readonly TcpListener _listener;
    private readonly List<Socket> _clients = [];
    private readonly ReceiveQueue _received = new();
    private readonly Thread _acceptThread;
    private readonly object _sync = new();
    private long _dropped;
    private volatile bool _disposed;

    /// <summary>Starts listening; throws when the address is not loopback or the port is taken.</summary>
    public TcpVeDirectSink(IPAddress address, int port)
    {
        if (!IPAddress.IsLoopback(address))
        {
            throw new ArgumentException("The VE.Direct TCP output listens on loopback addresses only, not " + address + ".", nameof(address));
        }

        _listener = new TcpListener(address, port);
        _listener.Start();
        EndPoint = (IPEndPoint)_listener.LocalEndpoint;
        _acceptThread = new Thread(AcceptLoop) { IsBackground = true, Name = "VE.Direct TCP accept" };
        _acceptThread.Start();
    }

    /// <summary>The address and port listened on (the port is the chosen one when 0 was asked for).</summary>
    public IPEndPoint EndPoint { get; }

    /// <inheritdoc/>
    public string Description => "tcp:" + EndPoint;

    /// <inheritdoc/>
    public long DroppedBytes => Interlocked.Read(ref _dropped);

    /// <summary>Clients connected now.</summary>
    public int ClientCount
    {
        get
        {
            lock (_sync)
            {
                return _clients.Count;
            }
        }
    }

    /// <inheritdoc/>
    public void Send(byte[] buffer, int offset, int count)
    {
        lock (_sync)
        {
            for (int i = _clients.Count - 1; i >= 0; i--)
            {
                Socket client = _clients[i];
                try
                {
                    int sent = client.Send(buffer, offset, count, SocketFlags.None, out SocketError error);
                    if (error == SocketError.WouldBlock)
                    {
                        Interlocked.Add(ref _dropped, count - Math.Max(sent, 0));
                    }
                    else if (error != SocketError.Success)
                    {
                        Drop(i);
                    }
                }
                catch (ObjectDisposedException)
                {
                    Drop(i);
                }
            }
        }
    }

    /// <inheritdoc/>
    public int Receive(byte[] buffer, int offset, int count) => _received.Take(buffer, offset, count);

    /// <inheritdoc/>
    public void Dispose()
    {
        _disposed = true;
        _listener.Stop();
        lock (_sync)
        {
            for (int i = _clients.Count - 1; i >= 0; i--)
            {
                Drop(i);
            }
        }
    }

    private void AcceptLoop()
    {
        while (!_disposed)
        {
            Socket client;
            try
            {
                client = _listener.AcceptSocket();
            }
            catch (SocketException)
            {
                return; // listener stopped
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            // Non-blocking sends: a slow reader loses bytes, the simulation never waits for it.
            client.Blocking = false;
            client.NoDelay = true;
            lock (_sync)
            {
                _clients.Add(client);
            }

            var reader = new Thread(() => ReadLoop(client)) { IsBackground = true, Name = "VE.Direct TCP client" };
            reader.Start();
        }
    }

    private void ReadLoop(Socket client)
    {
        byte[] buffer = new byte[1024];
        while (!_disposed)
        {
            try
            {
                if (!client.Poll(200_000, SelectMode.SelectRead))
                {
                    continue;
                }

                int n = client.Receive(buffer, 0, buffer.Length, SocketFlags.None, out SocketError error);
                if (error == SocketError.WouldBlock)
                {
                    continue;
                }

                if (n <= 0 || error != SocketError.Success)
                {
                    break; // closed by the client
                }

                _received.Add(buffer, 0, n);
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                break;
            }
        }

        lock (_sync)
        {
            int index = _clients.IndexOf(client);
            if (index >= 0)
            {
                Drop(index);
            }
        }
    }

    private void Drop(int index)
    {
        Socket client = _clients[index];
        _clients.RemoveAt(index);
        client.Dispose();
    }
}

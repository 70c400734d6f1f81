using System;
using System.Diagnostics;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>Real VE.Direct readers attach to the simulator's outputs and read blocks that parse and checksum.</summary>
public sealed class VeDirectOutputTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    // VE.Direct HEX "Ping" (command 1); the firmware answers with its version (reply 5).
    private static readonly byte[] Ping = Encoding.ASCII.GetBytes(":154\n");

    [Test]
    public void ATcpClientOnLoopbackReadsBlocksAndGetsAnswersToHexCommands()
    {
        using SimulatorProcess p = SimulatorProcess.Start("--vedirect", "tcp:127.0.0.1:0", "--json", "--acceleration", "4", "--duration", "10m");
        Match m = p.WaitForStandardError(@"VE\.Direct output: tcp:127\.0\.0\.1:(\d+)", Timeout);
        int port = int.Parse(m.Groups[1].Value);

        using var client = new TcpClient();
        client.Connect("127.0.0.1", port);
        NetworkStream stream = client.GetStream();
        stream.ReadTimeout = 5000;
        var collector = new VeDirectCollector();
        byte[] buffer = new byte[4096];
        bool pinged = false;
        var wait = Stopwatch.StartNew();
        while ((collector.Blocks.Count < 4 || collector.HexReplies.Count == 0) && wait.Elapsed < Timeout)
        {
            int n = stream.Read(buffer, 0, buffer.Length);
            Assert.That(n, Is.GreaterThan(0), "the simulator closed the connection");
            collector.Parser.Parse(buffer, 0, n);
            if (!pinged && collector.Blocks.Count > 0)
            {
                stream.Write(Ping);
                pinged = true;
            }
        }

        Assert.That(collector.Errors, Is.Zero);
        Assert.That(collector.Blocks, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(collector.Blocks.Exists(b => b.ContainsKey("V") && b.ContainsKey("I") && b.ContainsKey("SOC")), Is.True, "main block");
        Assert.That(collector.Blocks.Exists(b => b.ContainsKey("H1")), Is.True, "history block");
        Assert.That(collector.HexReplies, Does.Contain(5), "ping answered with the firmware version");
    }

    [Test]
    [Platform("Linux")]
    public void AReaderOpensThePseudoTerminalThroughItsLinkAndReadsBlocks()
    {
        string link = Path.Combine(Path.GetTempPath(), "cydshunt-vedirect-" + Guid.NewGuid().ToString("N"));
        try
        {
            using SimulatorProcess p = SimulatorProcess.Start("--vedirect", "pty:" + link, "--json", "--acceleration", "4", "--duration", "10m");
            Match m = p.WaitForStandardError(@"VE\.Direct output: (\S+) -> (/dev/pts/\d+)", Timeout);
            Assert.That(m.Groups[1].Value, Is.EqualTo(link));
            Assert.That(new FileInfo(link).LinkTarget, Is.EqualTo(m.Groups[2].Value));

            var collector = new VeDirectCollector();
            using var device = new FileStream(link, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
            var reader = new Thread(() =>
            {
                byte[] buffer = new byte[1024];
                try
                {
                    while (true)
                    {
                        int n = device.Read(buffer, 0, buffer.Length);
                        if (n <= 0)
                        {
                            return;
                        }

                        lock (collector)
                        {
                            collector.Parser.Parse(buffer, 0, n);
                        }
                    }
                }
                catch (IOException)
                {
                    // the simulator closed the terminal
                }
            }) { IsBackground = true };
            reader.Start();

            var wait = Stopwatch.StartNew();
            bool pinged = false;
            while (wait.Elapsed < Timeout)
            {
                lock (collector)
                {
                    if (collector.Blocks.Count >= 4 && collector.HexReplies.Count > 0)
                    {
                        break;
                    }

                    if (!pinged && collector.Blocks.Count > 0)
                    {
                        device.Write(Ping);
                        device.Flush();
                        pinged = true;
                    }
                }

                Thread.Sleep(50);
            }

            lock (collector)
            {
                Assert.That(collector.Errors, Is.Zero, "raw mode: no CR/LF translation breaks a checksum");
                Assert.That(collector.Blocks, Has.Count.GreaterThanOrEqualTo(4));
                Assert.That(collector.HexReplies, Does.Contain(5), "a HEX command written to the terminal reaches the firmware");
            }

            p.Signal(2);
            Assert.That(p.WaitForExit(Timeout), Is.EqualTo(130));
            Assert.That(File.Exists(link) || new FileInfo(link).LinkTarget != null, Is.False, "the link is removed at exit");
        }
        finally
        {
            File.Delete(link);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using CydShunt.Firmware.Platform;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Platform;

public class TransmitQueueTests
{
    [Test]
    public void BytesComeOutInOrderAcrossTheRingsEnd()
    {
        var queue = new TransmitQueue(8);
        Assert.That(queue.TryEnqueue([1, 2, 3, 4, 5, 6], 0, 6), Is.True);
        byte[] out1 = new byte[4];
        Assert.That(queue.Dequeue(out1, 0, 4), Is.EqualTo(4));
        Assert.That(out1, Is.EqualTo(new byte[] { 1, 2, 3, 4 }));

        // 2 left at ring positions 4-5; 6 more wrap around the end (positions 6, 7, 0, 1, 2, 3).
        Assert.That(queue.TryEnqueue([9, 7, 10, 11, 12, 13, 14, 15], 1, 6), Is.True);
        Assert.That(queue.Count, Is.EqualTo(8));
        byte[] out2 = new byte[10];
        Assert.That(queue.Dequeue(out2, 1, 9), Is.EqualTo(8));
        Assert.That(out2, Is.EqualTo(new byte[] { 0, 5, 6, 7, 10, 11, 12, 13, 14, 0 }));
        Assert.That(queue.Dequeue(out2, 0, 10), Is.Zero);
    }

    [Test]
    public void AWriteThatDoesNotFitIsRefusedWholeAndCounted()
    {
        var queue = new TransmitQueue(5);
        Assert.That(queue.TryEnqueue([1, 2, 3], 0, 3), Is.True);
        Assert.That(queue.TryEnqueue([4, 5, 6], 0, 3), Is.False, "3 bytes into 2 free: nothing is queued");
        Assert.That(queue.Refused, Is.EqualTo(1));
        Assert.That(queue.Count, Is.EqualTo(3));
        Assert.That(queue.TryEnqueue([4, 5], 0, 2), Is.True);
        byte[] all = new byte[5];
        Assert.That(queue.Dequeue(all, 0, 5), Is.EqualTo(5));
        Assert.That(all, Is.EqualTo(new byte[] { 1, 2, 3, 4, 5 }));
    }

    [Test]
    public void BadArgumentsThrowAndChangeNothing()
    {
        var queue = new TransmitQueue(4);
        Assert.Multiple(() =>
        {
            Assert.That(() => new TransmitQueue(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => queue.TryEnqueue(null!, 0, 1), Throws.InstanceOf<ArgumentNullException>());
            Assert.That(() => queue.TryEnqueue(new byte[2], 1, 2), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => queue.Dequeue(new byte[2], -1, 1), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(queue.Count, Is.Zero);
            Assert.That(queue.Refused, Is.Zero);
        });
    }

    [Test]
    public void BehavesLikeAFifoOfWholeWrites()
    {
        // Model: a list of bytes; a write is appended if it fits the capacity, reads take from the front.
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 40].Select(Gen.Byte.Array[0, 30]).Array[1, 60])
            .Sample((capacity, operations) =>
            {
                var queue = new TransmitQueue(capacity);
                var model = new List<byte>();
                byte[] scratch = new byte[64];
                foreach ((int read, byte[] write) in operations)
                {
                    bool fits = model.Count + write.Length <= capacity;
                    if (queue.TryEnqueue(write, 0, write.Length) != fits)
                    {
                        return false;
                    }

                    if (fits)
                    {
                        model.AddRange(write);
                    }

                    int n = queue.Dequeue(scratch, 0, read);
                    int expected = Math.Min(read, model.Count);
                    if (n != expected || !scratch.Take(n).SequenceEqual(model.Take(n)))
                    {
                        return false;
                    }

                    model.RemoveRange(0, n);
                    if (queue.Count != model.Count)
                    {
                        return false;
                    }
                }

                return true;
            });
    }

    [Test]
    public void OneWriterAndOneDrainThreadKeepEveryByteInOrder()
    {
        var queue = new TransmitQueue(300);
        const int Writes = 20000;
        var received = new List<byte>(Writes * 7);
        var done = new ManualResetEventSlim();
        var drain = new Thread(() =>
        {
            byte[] chunk = new byte[64];
            while (!done.IsSet || queue.Count > 0)
            {
                int n = queue.Dequeue(chunk, 0, chunk.Length);
                received.AddRange(chunk.Take(n));
            }
        });
        drain.Start();
        var sent = new List<byte>(Writes * 7);
        for (int i = 0; i < Writes; i++)
        {
            byte[] block = Enumerable.Range(0, 1 + (i % 7)).Select(k => (byte)(i + k)).ToArray();
            while (!queue.TryEnqueue(block, 0, block.Length))
            {
                Thread.Yield();
            }

            sent.AddRange(block);
        }

        done.Set();
        drain.Join();
        Assert.That(received, Is.EqualTo(sent));
    }
}

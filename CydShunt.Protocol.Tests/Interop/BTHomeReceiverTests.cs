using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Interop;

/// <summary>
/// What a BTHome receiver makes of CydShunt's frames (spec/bthome.md, "What Home Assistant makes of it" and "Not available
/// values"). The receiver below is written from bthome.io's object table and the behaviour read in bthome-ble's
/// parser.py (_parse_payload): objects in payload order, repeated measurement types numbered _1, _2 in that order, and
/// only the entities whose objects are present updated. It shares no code with CydShunt.Protocol.
/// </summary>
public class BTHomeReceiverTests
{
    // Spec worked examples (spec/bthome.md).
    private const string MeasurementFrame = "1616d2fc40002a01580266080cbd335cece4ffff5d8eeb";
    private const string NotSynchronisedFrame = "1116d2fc4000050c00325c00fbffff5d18fc";
    private const string EnergyFrame = "0e16d2fc404d87d612004de0c81000";
    private const string EnergyAdvertisingPacket = "0201060e16d2fc404d87d612004de0c810000c0843594420536d6172742053";

    [Test]
    public void TheEnergyFrameBecomesTwoEnergyEntitiesInKilowattHoursChargedFirst()
    {
        var receiver = new Receiver();
        receiver.Receive(Convert.FromHexString(EnergyFrame));
        Assert.That(receiver.Entities, Is.EquivalentTo(new Dictionary<string, (double, string)>
        {
            ["energy_1"] = (1234.567, "kWh"),
            ["energy_2"] = (1100.0, "kWh"),
        }));
    }

    [Test]
    public void TheLibrarysDecoderReadsTheEnergyFrameAsTheReceiverDoes()
    {
        // Charged first, then discharged, in Wh (spec/bthome.md worked example: 1234.567 kWh and 1100.000 kWh).
        byte[] frame = Convert.FromHexString(EnergyFrame);
        Assert.That(BTHomeCodec.TryDecode(frame, 0, frame.Length, out BTHomeFrame decoded, out _), Is.True);
        Assert.That(decoded.EnergyChargedWattHours, Is.EqualTo(1_234_567));
        Assert.That(decoded.EnergyDischargedWattHours, Is.EqualTo(1_100_000));
    }

    [Test]
    public void TheEncoderSendsTheEnergyFrameOfTheSpec()
    {
        byte[] bytes = new byte[BTHomeCodec.MaximumSize];
        Assert.That(BTHomeCodec.TryEncode(BTHomeFrame.FromEnergy(1234567, 1100000), bytes, 0, out int n, out _), Is.True);
        Assert.That(Convert.ToHexStringLower(bytes, 0, n), Is.EqualTo(EnergyFrame));
    }

    [Test]
    public void AnObjectLeftOutKeepsTheLastValueAtTheReceiver()
    {
        // Not synchronised: the battery object is left out (BTHome has no NA value), so the receiver keeps 88 %.
        var receiver = new Receiver();
        receiver.Receive(Convert.FromHexString(MeasurementFrame));
        receiver.Receive(Convert.FromHexString(EnergyFrame));
        receiver.Receive(Convert.FromHexString(NotSynchronisedFrame));
        Assert.Multiple(() =>
        {
            Assert.That(receiver.Entities["battery"], Is.EqualTo((88.0, "%")), "stale, not 'unavailable'");
            Assert.That(receiver.Entities["temperature"], Is.EqualTo((21.5, "°C")), "stale, not 'unavailable'");
            Assert.That(receiver.Entities["voltage"], Is.EqualTo((12.8, "V")), "updated");
            Assert.That(receiver.Entities["energy_1"], Is.EqualTo((1234.567, "kWh")), "the other frame's entities stay");
        });

        // The library's own decoder reports the omitted objects as not available.
        byte[] frame = Convert.FromHexString(NotSynchronisedFrame);
        Assert.That(BTHomeCodec.TryDecode(frame, 0, frame.Length, out BTHomeFrame decoded, out _), Is.True);
        Assert.That(Measurement.IsAvailable(decoded.StateOfChargeCentipercent), Is.False);
    }

    [Test]
    public void PassiveScannersGetTheNameInTheEnergyFramesAdvertisingPacket()
    {
        // Only the advertising packet reaches a passive scanner: its AD structures, walked independently.
        byte[] packet = Convert.FromHexString(EnergyAdvertisingPacket);
        Assert.That(packet, Has.Length.LessThanOrEqualTo(31));
        var structures = new List<(byte Type, byte[] Data)>();
        for (int o = 0; o < packet.Length; o += 1 + packet[o])
        {
            structures.Add((packet[o + 1], packet.Skip(o + 2).Take(packet[o] - 1).ToArray()));
        }

        Assert.That(structures.Select(s => s.Type), Is.EqualTo(new byte[] { 0x01, 0x16, 0x08 }));
        Assert.That(System.Text.Encoding.UTF8.GetString(structures[2].Data), Is.EqualTo("CYD Smart S"));
    }

    /// <summary>A BTHome v2 receiver for the object ids CydShunt sends (bthome.io, "Sensor data").</summary>
    private sealed class Receiver
    {
        private static readonly Dictionary<byte, (string Type, int Length, bool Signed, double Factor, string Unit)> Objects = new()
        {
            [0x00] = ("packet_id", 1, false, 1, ""),
            [0x01] = ("battery", 1, false, 1, "%"),
            [0x02] = ("temperature", 2, true, 0.01, "°C"),
            [0x0C] = ("voltage", 2, false, 0.001, "V"),
            [0x4D] = ("energy", 4, false, 0.001, "kWh"),
            [0x5C] = ("power", 4, true, 0.01, "W"),
            [0x5D] = ("current", 2, true, 0.001, "A"),
        };

        public Dictionary<string, (double Value, string Unit)> Entities { get; } = new();

        public void Receive(byte[] adStructure)
        {
            // [len][0x16][d2 fc][device info][objects]; no MAC bit, no encryption in these frames.
            var found = new List<(string Type, double Value, string Unit)>();
            for (int o = 5; o < adStructure[0] + 1;)
            {
                var (type, length, signed, factor, unit) = Objects[adStructure[o]];
                long raw = 0;
                for (int i = length - 1; i >= 0; i--)
                {
                    raw = (raw << 8) | adStructure[o + 1 + i];
                }

                if (signed && (raw & (1L << (8 * length - 1))) != 0)
                {
                    raw -= 1L << (8 * length);
                }

                found.Add((type, Math.Round(raw * factor, 3), unit));
                o += 1 + length;
            }

            var repeated = found.GroupBy(f => f.Type).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            var counters = new Dictionary<string, int>();
            foreach (var (type, value, unit) in found.Where(f => f.Type != "packet_id"))
            {
                string key = type;
                if (repeated.Contains(type))
                {
                    counters[type] = counters.GetValueOrDefault(type) + 1;
                    key = type + "_" + counters[type];
                }

                Entities[key] = (value, unit);
            }
        }
    }
}

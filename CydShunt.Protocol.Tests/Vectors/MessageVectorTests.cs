using System;
using System.Collections.Generic;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>
/// Runs every fixed-layout message vector of spec/vectors in both directions: encode(value) == hex and
/// decode(hex) == value for roundtrip cases, one direction for encode/decode cases, and the named error for invalid cases.
/// </summary>
public class MessageVectorTests
{
    internal static IEnumerable<VectorCase> Snapshot() => Support.Vectors.Load("live-snapshot.json");

    internal static IEnumerable<VectorCase> Alarms() => Support.Vectors.Load("alarms.json");

    internal static IEnumerable<VectorCase> DeviceInfo() => Support.Vectors.Load("device-info.json");

    internal static IEnumerable<VectorCase> Glance() => Support.Vectors.Load("glance-frame.json");

    internal static IEnumerable<VectorCase> BTHome() => Support.Vectors.Load("bthome.json");

    internal static IEnumerable<VectorCase> Response() => Support.Vectors.Load("control-point-response.json");

    [TestCaseSource(nameof(Snapshot))]
    public void LiveSnapshot(VectorCase c) => Check(
        c,
        v => { byte[] b = new byte[64]; Assert.That(LiveSnapshotCodec.TryEncode(Models.Snapshot(v), b, 3, out int n, out _), Is.True); return Hex.Format(b, 3, n); },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = LiveSnapshotCodec.TryDecode(b, 0, b.Length, out LiveSnapshot s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(nameof(Alarms))]
    public void AlarmStatus(VectorCase c) => Check(
        c,
        v => { byte[] b = new byte[8]; Assert.That(AlarmStatusCodec.TryEncode(Models.Alarms(v), b, 0, out int n, out _), Is.True); return Hex.Format(b, 0, n); },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = AlarmStatusCodec.TryDecode(b, 0, b.Length, out AlarmStatus s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(nameof(DeviceInfo))]
    public void DeviceInformation(VectorCase c) => Check(
        c,
        v => { byte[] b = new byte[16]; Assert.That(DeviceInfoCodec.TryEncode(Models.Info(v), b, 0, out int n, out _), Is.True); return Hex.Format(b, 0, n); },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = DeviceInfoCodec.TryDecode(b, 0, b.Length, out DeviceInfo s, out e); f = Models.Fields(s); return ok; },
        refuse: (System.Text.Json.JsonElement v, byte[] d, out int n, out ProtocolError e) => DeviceInfoCodec.TryEncode(Models.Info(v), d, 0, out n, out e));

    [TestCaseSource(nameof(Glance))]
    public void GlanceFrame(VectorCase c) => Check(
        c,
        v => { byte[] b = new byte[32]; Assert.That(GlanceFrameCodec.TryEncode(Models.Glance(v), b, 0, out int n, out _), Is.True); return Hex.Format(b, 0, n); },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = GlanceFrameCodec.TryDecode(b, 0, b.Length, out GlanceFrame s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(nameof(BTHome))]
    public void BTHomeFrame(VectorCase c) => Check(
        c,
        v => { byte[] b = new byte[BTHomeCodec.MaximumSize]; Assert.That(BTHomeCodec.TryEncode(Models.BTHome(v), b, 0, out int n, out _), Is.True); return Hex.Format(b, 0, n); },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = BTHomeCodec.TryDecode(b, 0, b.Length, out BTHomeFrame s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(nameof(Response))]
    public void ControlPointResponse(VectorCase c) => Check(
        c,
        v => { byte[] b = new byte[8]; Assert.That(ControlPointResponseCodec.TryEncode(Models.Response(v), b, 0, out int n, out _), Is.True); return Hex.Format(b, 0, n); },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = ControlPointResponseCodec.TryDecode(b, 0, b.Length, out ControlPointResponse s, out e); f = Models.Fields(s); return ok; });

    internal delegate bool Decoder(byte[] bytes, out Dictionary<string, int?> fields, out ProtocolError error);

    /// <summary>An encoder call that an <c>encode-error</c> case expects to fail: value JSON into a buffer large enough for any message.</summary>
    internal delegate bool EncodeAttempt(System.Text.Json.JsonElement value, byte[] destination, out int bytesWritten, out ProtocolError error);

    /// <summary>
    /// Applies one vector case with the given encoder (value JSON → hex) and decoder (bytes → fields); <paramref name="refuse"/>
    /// is the encoder for <c>encode-error</c> cases, for the files that have them.
    /// </summary>
    internal static void Check(VectorCase c, Func<System.Text.Json.JsonElement, string> encode, Decoder decode, bool wrapValue = false, EncodeAttempt? refuse = null)
    {
        switch (c.Kind)
        {
            case "roundtrip":
            case "encode":
            case "decode":
                if (c.Encodes)
                {
                    Assert.That(encode(c.Value), Is.EqualTo(c.Hex), "encoded bytes");
                }

                if (c.Decodes)
                {
                    bool ok = decode(c.Bytes, out Dictionary<string, int?> fields, out ProtocolError error);
                    Assert.That(error, Is.EqualTo(ProtocolError.None), "decode error");
                    Assert.That(ok, Is.True);
                    Dictionary<string, int?> expected = wrapValue
                        ? new() { ["value"] = c.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null : c.Value.GetInt32() }
                        : Models.Fields(c.Value);
                    Assert.That(fields, Is.EquivalentTo(expected), "decoded fields");
                }

                break;
            case "invalid":
                bool accepted = decode(c.Bytes, out _, out ProtocolError actual);
                Assert.That(accepted, Is.False, "invalid input must be rejected");
                Assert.That(actual, Is.EqualTo(Support.Vectors.ParseError(c.Error)));
                break;
            case "encode-error":
                Assert.That(refuse, Is.Not.Null, c.File + " has encode-error cases, but this test gives no encoder for them");
                byte[] buffer = Sentinel.Filled(32);
                bool encoded = refuse!(c.Value, buffer, out int written, out ProtocolError refusal);
                Assert.That(encoded, Is.False, "the encoder must refuse the value");
                Assert.That(refusal, Is.EqualTo(Support.Vectors.ParseError(c.Error)));
                Assert.That(written, Is.Zero, "bytes written when refused");
                Sentinel.AssertUntouched(buffer, 0, 0, "refused encode buffer");
                break;
            default:
                Assert.Fail("Unknown vector kind " + c.Kind);
                break;
        }
    }
}

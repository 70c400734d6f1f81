using System.Collections.Generic;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>
/// Runs spec/vectors/control-point-request.json. Invalid requests also carry the request opcode the device echoes (the
/// decoder keeps it) and the result code it indicates (device policy: CydShunt.Firmware.Tests' ControlPointErrorResultTests).
/// </summary>
public class ControlPointRequestVectorTests
{
    internal static IEnumerable<VectorCase> Cases() => Support.Vectors.Load("control-point-request.json");

    [TestCaseSource(nameof(Cases))]
    public void Request(VectorCase c)
    {
        MessageVectorTests.Check(
            c,
            v =>
            {
                byte[] b = new byte[8];
                Assert.That(ControlPointRequestCodec.TryEncode(Models.Request(v), b, 0, out int n, out ProtocolError e), Is.True, e.ToString());
                return Hex.Format(b, 0, n);
            },
            (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) =>
            {
                bool ok = ControlPointRequestCodec.TryDecode(b, 0, b.Length, out ControlPointRequest r, out e);
                f = Models.Fields(r);
                return ok;
            },
            refuse: (System.Text.Json.JsonElement v, byte[] d, out int n, out ProtocolError e) => ControlPointRequestCodec.TryEncode(Models.Request(v), d, 0, out n, out e));

        if (c.Kind == "invalid")
        {
            byte[] bytes = c.Bytes;
            ControlPointRequestCodec.TryDecode(bytes, 0, bytes.Length, out ControlPointRequest request, out ProtocolError error);
            Assert.That(error, Is.Not.EqualTo(ProtocolError.None));
            Assert.That((int)request.Opcode, Is.EqualTo(c.Element.GetProperty("requestOpcode").GetInt32()), "request opcode echoed");
        }
    }
}

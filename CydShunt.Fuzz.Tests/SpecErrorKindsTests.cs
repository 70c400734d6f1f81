using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Fuzz.Tests;

/// <summary>The error-kind table is read from spec/README.md as the spec states it ("Error kinds").</summary>
public class SpecErrorKindsTests
{
    private static SpecErrorKinds Spec => SpecErrorKinds.FromSpec;

    [TestCase("live snapshot decoder", ProtocolError.TooShort, true)]
    [TestCase("live snapshot decoder", ProtocolError.ValueOutOfRange, true)]
    [TestCase("live snapshot decoder", ProtocolError.BadSignature, false)]
    [TestCase("glance decoder", ProtocolError.BadSignature, true)]
    [TestCase("glance decoder", ProtocolError.UnsupportedVersion, true)]
    [TestCase("glance decoder", ProtocolError.MalformedAdStructure, false)]
    [TestCase("BTHome AD decoder", ProtocolError.MalformedAdStructure, true)]
    [TestCase("BTHome decoder", ProtocolError.BTHomeUnknownObject, true)]
    [TestCase("scan record parser", ProtocolError.FrameNotFound, true)]
    [TestCase("control point request decoder", ProtocolError.UnknownOpcode, true)]
    [TestCase("control point request decoder", ProtocolError.NotAResponse, false)]
    [TestCase("control point response decoder", ProtocolError.NotAResponse, true)]
    [TestCase("device name validation", ProtocolError.NameTooLong, true)]
    [TestCase("device name validation", ProtocolError.TooShort, false)]
    [TestCase("live snapshot decoder", ProtocolError.DestinationTooSmall, false)]
    public void TheSpecTableDecidesWhichDecoderMayReportWhat(string decoder, ProtocolError error, bool allowed)
    {
        Assert.That(Spec.Allows(decoder, error), Is.EqualTo(allowed));
    }

    // Cells with more than one name: "every decoder; Device Info and control point request encoders",
    // "control point request decoder and encoder".
    [TestCase("Device Info encoder", ProtocolError.ValueOutOfRange, true)]
    [TestCase("control point request encoder", ProtocolError.ValueOutOfRange, true)]
    [TestCase("control point request encoder", ProtocolError.UnknownOpcode, true)]
    [TestCase("control point response encoder", ProtocolError.UnknownOpcode, false)]
    public void CellsNamingSeveralCodersAreSplit(string coder, ProtocolError error, bool allowed)
    {
        Assert.That(Spec.Allows(coder, error), Is.EqualTo(allowed));
    }

    [Test]
    public void EveryKindOfTheTableIsRead()
    {
        // spec/README.md lists 15 error kinds (every ProtocolError but None).
        Assert.That(Spec.Kinds, Has.Count.EqualTo(15));
    }

    [Test]
    public void ASpecWithoutTheTableIsRejected()
    {
        Assert.That(() => SpecErrorKinds.Parse(["# Spec", "no table"]), Throws.TypeOf<System.IO.InvalidDataException>());
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.DeviceTests;

/// <summary>
/// The on-device self-test runs spec/vectors from generated C# (CydShunt.DeviceTests/Vectors/Generated); this test
/// regenerates those sources and fails when the committed ones differ. With UPDATE_DEVICE_VECTORS=1 it writes them.
/// </summary>
public class DeviceVectorSourceTests
{
    [Test]
    public void DeviceVectorSourcesAreUpToDate()
    {
        GeneratedSourceCheck.AssertUpToDate(
            DeviceVectorSourceGenerator.Generate(FirmwareSubsetTests.RepositoryRoot),
            DeviceVectorSourceGenerator.OutputFolder,
            "UPDATE_DEVICE_VECTORS",
            "spec/vectors",
            "The device self-test's vector sources are out of date. Run: " + DeviceVectorSourceGenerator.UpdateCommand
            + " (then regenerate CydShunt.DeviceTests.projitems if files were added or deleted)");
    }

    [TestCase("plain", "\"plain\"")]
    [TestCase("quote \" backslash \\", "\"quote \\\" backslash \\\\\"")]
    [TestCase("Shunt\u0000\t\n\u001f\u007f", "\"Shunt\\u0000\\u0009\\u000A\\u001F\\u007F\"")]
    [TestCase("Ä电\U0001F50B", "\"\\u00C4\\u7535\\uD83D\\uDD0B\"")]
    public void StringLiteralsAreAsciiEscapes(string text, string literal)
    {
        Assert.That(DeviceVectorSourceGenerator.Literal(text), Is.EqualTo(literal));
    }
}

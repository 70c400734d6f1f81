using System;
using CydShunt.Firmware.Host.Display;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Support;

/// <summary>
/// Golden screenshots for tests: <see cref="AssertMatches"/> compares a frame with a PNG in the repository pixel for
/// pixel and fails with the number of differing pixels and their bounding box, leaving <c>&lt;name&gt;.actual.png</c> and
/// <c>&lt;name&gt;.diff.png</c> next to the golden (git-ignored). With <c>UPDATE_GOLDEN=1</c> in the environment it
/// rewrites the golden instead; review the change in the diff of the commit.
/// </summary>
internal static class GoldenImage
{
    /// <summary>The environment variable that turns comparisons into golden updates when set to 1.</summary>
    public const string UpdateVariable = "UPDATE_GOLDEN";

    /// <summary>True when <c>UPDATE_GOLDEN=1</c>.</summary>
    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Fails the test unless the frame matches the golden PNG (or rewrites it under UPDATE_GOLDEN=1).</summary>
    /// <param name="frame">width × height RGB565 pixels, index y * width + x.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <param name="goldenPath">The golden PNG.</param>
    public static void AssertMatches(ushort[] frame, int width, int height, string goldenPath)
    {
        GoldenComparison result = GoldenImageComparer.Compare(frame, width, height, goldenPath, UpdateRequested);
        if (result.GoldenUpdated)
        {
            TestContext.Out.WriteLine(result.Message);
        }

        if (!result.Matches)
        {
            Assert.Fail(result.Message);
        }
    }
}

using System;
using CydShunt.Protocol;

namespace CydShunt.Web.Session;

/// <summary>One new measurement as received: arrival time and the decoded snapshot.</summary>
/// <param name="Arrival">When it arrived (browser clock, UTC).</param>
/// <param name="Snapshot">The decoded live snapshot.</param>
public sealed record MeasurementRecord(DateTimeOffset Arrival, LiveSnapshot Snapshot);

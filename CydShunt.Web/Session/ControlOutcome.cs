namespace CydShunt.Web.Session;

/// <summary>What became of a control-point command: whether it worked, and one sentence for the user.</summary>
/// <param name="Succeeded">The device answered Success.</param>
/// <param name="Message">What happened, in words.</param>
public sealed record ControlOutcome(bool Succeeded, string Message);

namespace CydShunt.Web.Session;

/// <summary>How current the shown measurement is (spec/client-guide.md, "Sequence counter and stale data").</summary>
public enum Freshness
{
    /// <summary>Nothing received yet.</summary>
    Waiting,

    /// <summary>The sequence advanced recently: the values are current.</summary>
    Live,

    /// <summary>Values keep arriving but the sequence has not changed for about ten measurement periods: the device's measurement loop has stalled.</summary>
    Stale,

    /// <summary>No value has arrived for a while (the link is quiet or down).</summary>
    NoData,
}

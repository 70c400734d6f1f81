using System;

namespace CydShunt.Web.Session;

/// <summary>
/// The client guide's sequence rules: d = (seq − last) mod 256; 1..127 new, 0 repeat, 128..255 older; after more than
/// 60 s without a value any sequence is new. Stale when the sequence has not changed for ten measurement periods (at
/// least 10 s), the period being derived from the observed sequence rate; no data when nothing arrived for 10 s.
/// </summary>
public sealed class SequenceTracker
{
    /// <summary>Gap after which any sequence counts as new.</summary>
    public static readonly TimeSpan ResyncGap = TimeSpan.FromSeconds(60);

    /// <summary>Shortest time without a sequence change that counts as stale (ten periods of 1 s).</summary>
    public static readonly TimeSpan MinimumStaleAfter = TimeSpan.FromSeconds(10);

    /// <summary>Time without any value after which the data counts as missing.</summary>
    public static readonly TimeSpan NoDataAfter = TimeSpan.FromSeconds(10);

    private const int StalePeriods = 10;

    private int _last = -1;
    private DateTimeOffset _lastArrival;
    private DateTimeOffset _lastChange;
    private TimeSpan? _period;

    /// <summary>Sequence of the last accepted measurement, or -1.</summary>
    public int LastSequence => _last;

    /// <summary>When a value last arrived.</summary>
    public DateTimeOffset? LastArrival => _last < 0 ? null : _lastArrival;

    /// <summary>When the sequence last changed.</summary>
    public DateTimeOffset? LastChange => _last < 0 ? null : _lastChange;

    /// <summary>The measurement period observed so far (null until two measurements arrived).</summary>
    public TimeSpan? ObservedPeriod => _period;

    /// <summary>How long the sequence may stand still before the values count as stale.</summary>
    public TimeSpan StaleAfter
    {
        get
        {
            TimeSpan tenPeriods = _period is { } p ? p * StalePeriods : MinimumStaleAfter;
            return tenPeriods > MinimumStaleAfter ? tenPeriods : MinimumStaleAfter;
        }
    }

    /// <summary>Forgets the last sequence, e.g. after a new connection (the device may have restarted).</summary>
    public void Reset() => _last = -1;

    /// <summary>Judges a sequence that arrived at <paramref name="now"/>.</summary>
    /// <param name="sequence">The snapshot's byte 0.</param>
    /// <param name="now">Arrival time.</param>
    /// <returns>Whether it is a new measurement, a repeat or an older one.</returns>
    public SequenceVerdict Accept(byte sequence, DateTimeOffset now)
    {
        if (_last < 0 || now - _lastArrival > ResyncGap)
        {
            _last = sequence;
            _lastArrival = now;
            _lastChange = now;
            return SequenceVerdict.New;
        }

        int d = (sequence - _last) & 0xFF;
        if (d >= 128)
        {
            return SequenceVerdict.Older;
        }

        _lastArrival = now;
        if (d == 0)
        {
            return SequenceVerdict.Repeat;
        }

        // The period per measurement: time since the last change over the number of measurements it covered.
        TimeSpan perMeasurement = (now - _lastChange) / d;
        _period = _period is { } p ? (p * 3 + perMeasurement) / 4 : perMeasurement;
        _last = sequence;
        _lastChange = now;
        return SequenceVerdict.New;
    }

    /// <summary>How current the values are at <paramref name="now"/>.</summary>
    /// <param name="now">The time to judge.</param>
    /// <returns>The freshness.</returns>
    public Freshness FreshnessAt(DateTimeOffset now)
    {
        if (_last < 0)
        {
            return Freshness.Waiting;
        }

        if (now - _lastArrival >= NoDataAfter)
        {
            return Freshness.NoData;
        }

        return now - _lastChange >= StaleAfter ? Freshness.Stale : Freshness.Live;
    }
}

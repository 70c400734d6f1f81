using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble.Parts;

/// <summary>DisplayOnly passkey entry (spec/connection-and-security.md): a fresh six-digit passkey per pairing, shown until pairing ends.</summary>
public class PairingSessionTests
{
    private sealed class FixedRandom(int value) : IRandomSource
    {
        public int LastRange { get; private set; }

        public int Next(int maxExclusive)
        {
            LastRange = maxExclusive;
            return value;
        }
    }

    [Test]
    public void APasskeyIsDrawnFromSixDigitsShownOnceAndHiddenWhenPairingEnds()
    {
        var random = new FixedRandom(123456);
        var session = new PairingSession(random);
        Assert.That(session.TryTakeDisplayChange(out _), Is.False, "nothing to show at first");

        Assert.That(session.NewPasskey(), Is.EqualTo(123456));
        Assert.That(random.LastRange, Is.EqualTo(1_000_000), "000000..999999");
        Assert.That(session.TryTakeDisplayChange(out int shown), Is.True);
        Assert.That(shown, Is.EqualTo(123456));
        Assert.That(session.TryTakeDisplayChange(out _), Is.False, "shown once");

        session.Completed(success: false);
        Assert.That(session.PairingsCompleted, Is.EqualTo(1));
        Assert.That(session.LastPairingSucceeded, Is.False);
        Assert.That(session.TryTakeDisplayChange(out shown), Is.True);
        Assert.That(shown, Is.EqualTo(PairingSession.NoPasskey));

        session.HidePasskey();
        Assert.That(session.TryTakeDisplayChange(out _), Is.False, "hiding a hidden passkey changes nothing");
    }
}

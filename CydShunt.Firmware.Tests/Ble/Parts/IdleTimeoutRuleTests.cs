using CydShunt.Firmware.Ble;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble.Parts;

/// <summary>
/// The idle rule of spec/connection-and-security.md (60 s with no subscription and no request) and which subscriptions
/// count when the platform cannot protect CCCDs (Ble/README.md "Idle timeout").
/// </summary>
public class IdleTimeoutRuleTests
{
    [Test]
    public void SixtySecondsWithoutActivityExpireUnlessSomethingKeepsTheLink()
    {
        var idle = new IdleTimeout();
        idle.RecordActivity(1_000);
        Assert.That(idle.HasExpired(60_999, keptAlive: false), Is.False);
        Assert.That(idle.HasExpired(61_000, keptAlive: false), Is.True);
        Assert.That(idle.HasExpired(61_000, keptAlive: true), Is.False);
    }

    [Test]
    public void OnlySubscriptionsThatAreServedKeepTheLink()
    {
        var subscriptions = new Subscriptions();
        Assert.That(subscriptions.KeepLinkAlive(pairingRequired: false, authenticated: false), Is.False);

        subscriptions.Set(CydShuntGattTable.ControlPoint, true);
        Assert.That(subscriptions.KeepLinkAlive(false, authenticated: false), Is.False, "control point before pairing");
        Assert.That(subscriptions.KeepLinkAlive(false, authenticated: true), Is.True);

        subscriptions.Clear();
        subscriptions.Set(CydShuntGattTable.Voltage, true);
        Assert.That(subscriptions.KeepLinkAlive(pairingRequired: false, authenticated: false), Is.True);
        Assert.That(subscriptions.KeepLinkAlive(pairingRequired: true, authenticated: false), Is.False, "nothing is sent before pairing");
        Assert.That(subscriptions.KeepLinkAlive(pairingRequired: true, authenticated: true), Is.True);
    }
}

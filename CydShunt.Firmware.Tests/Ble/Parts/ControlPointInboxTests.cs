using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble.Parts;

/// <summary>The write checks of spec/gatt.md "Procedure", in the spec's order (0x05, then 0xFD, then 0xFE), on the inbox alone.</summary>
public class ControlPointInboxTests
{
    private static readonly byte[] SetCapacity100 = { 0x03, 0x64, 0x00 };

    [Test]
    public void SecurityIsCheckedBeforeTheCccdAndTheCccdBeforeAPendingRequest()
    {
        var inbox = new ControlPointInbox(new byte[3]);
        Assert.That(inbox.Accept(authenticated: true, indicationsEnabled: true, SetCapacity100, 3), Is.EqualTo(0x00));
        Assert.That(inbox.Accept(authenticated: false, indicationsEnabled: false, SetCapacity100, 3), Is.EqualTo(0x05));
        Assert.That(inbox.Accept(authenticated: true, indicationsEnabled: false, SetCapacity100, 3), Is.EqualTo(0xFD));
        Assert.That(inbox.Accept(authenticated: true, indicationsEnabled: true, SetCapacity100, 3), Is.EqualTo(0xFE));
    }

    [Test]
    public void AnAcceptedRequestIsTakenOnceAndTheNextWaitsForTheConfirmation()
    {
        byte[] buffer = new byte[3];
        var inbox = new ControlPointInbox(buffer);
        Assert.That(inbox.TryTake(out _), Is.False, "nothing accepted yet");
        Assert.That(inbox.Accept(true, true, new byte[] { 0x03, 0x64, 0x00, 0xAA }, 4), Is.EqualTo(AttError.None));

        Assert.That(inbox.TryTake(out int length), Is.True);
        Assert.That(length, Is.EqualTo(3), "bytes after the longest request are cut");
        Assert.That(buffer, Is.EqualTo(SetCapacity100));
        Assert.That(inbox.TryTake(out _), Is.False, "taken once");
        Assert.That(inbox.Accept(true, true, SetCapacity100, 3), Is.EqualTo(0xFE), "still waiting for the confirmation");

        inbox.EndWait();
        Assert.That(inbox.Accept(true, true, new byte[] { 0x01 }, 1), Is.EqualTo(0x00));
        Assert.That(inbox.TryTake(out length), Is.True);
        Assert.That(length, Is.EqualTo(1));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Touch;
using CydShunt.Firmware.Tests.Support;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Touch.Xpt2046;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Touch;

public class TouchInputTests
{
    private sealed class RecordingListener : ITouchListener
    {
        public List<string> Events { get; } = new();

        public void OnPressed(int x, int y) => Events.Add("pressed " + x + "," + y);

        public void OnLongPress(int x, int y) => Events.Add("long " + x + "," + y);

        public void OnReleased(int x, int y) => Events.Add("released " + x + "," + y);

        public void OnTap(int x, int y) => Events.Add("tap " + x + "," + y);

        public int Count(string kind) => Events.Count(e => e.StartsWith(kind + " ", StringComparison.Ordinal));
    }

    private sealed class CountingListener : ITouchListener
    {
        public int Pressed;
        public int Taps;
        public int Released;
        public int LongPresses;

        public void OnPressed(int x, int y) => Pressed++;

        public void OnLongPress(int x, int y) => LongPresses++;

        public void OnReleased(int x, int y) => Released++;

        public void OnTap(int x, int y) => Taps++;
    }

    private sealed class Rig
    {
        public Rig(ITouchListener? listener = null, int seed = 1)
        {
            Chip = new SimulatedXpt2046(seed);
            Driver = new Xpt2046(Chip, Chip);
            Listener = listener ?? new RecordingListener();
            Input = new TouchInput(Driver, TouchCalibration.CreateDefault(), Clock, Listener);
        }

        public SimulatedXpt2046 Chip { get; }
        public Xpt2046 Driver { get; }
        public ManualClock Clock { get; } = new();
        public ITouchListener Listener { get; }
        public TouchInput Input { get; }
        public List<string> Events => ((RecordingListener)Listener).Events;

        /// <summary>Runs the main loop for <paramref name="milliseconds"/>, polling every 10 ms.</summary>
        public void Run(int milliseconds)
        {
            for (int t = 0; t < milliseconds; t += 10)
            {
                Clock.Advance(10);
                Input.Poll();
            }
        }

        public void Tap(double x, double y, int holdMilliseconds = 100)
        {
            Chip.PressAt(x, y);
            Run(holdMilliseconds);
            Chip.Release();
            Run(200);
        }
    }

    [Test]
    public void ATapOnAnUncalibratedPanelGivesPressReleaseAndOneTapWhereTheFingerIs()
    {
        Rig rig = new();
        Assert.That(rig.Input.Calibration.IsCalibrated, Is.False);

        rig.Tap(160, 120);

        // The simulated panel and the default calibration both use the typical CYD ranges: the finger's pixel comes back.
        Assert.That(rig.Events, Is.EqualTo(new[] { "pressed 160,120", "released 160,120", "tap 160,120" }));
        Assert.That(rig.Input.Phase, Is.EqualTo(TouchPhase.Idle));
    }

    [Test]
    public void ASingleSpikeDoesNothing()
    {
        Rig rig = new();
        rig.Chip.PressAt(100, 100);
        rig.Run(10); // one reading
        rig.Chip.Release();
        rig.Run(500);

        rig.Chip.PressAt(200, 50);
        rig.Run(20); // two readings: still short of three
        rig.Chip.Release();
        rig.Run(500);

        Assert.That(rig.Events, Is.Empty);
    }

    [Test]
    public void ATouchTooLightDoesNothing()
    {
        Rig rig = new();
        rig.Chip.TouchOhms = 5000; // pressure about 300, below the threshold
        rig.Chip.PressAt(100, 100);
        rig.Run(2000);
        rig.Chip.Release();
        rig.Run(200);

        Assert.That(rig.Events, Is.Empty);
    }

    [Test]
    public void APressHeldForMinutesGivesOneLongPressAndNeverATap()
    {
        Rig rig = new(seed: 5);
        rig.Chip.NoiseCodes = 20;
        rig.Chip.RecordControlBytes = false;
        rig.Chip.PressAt(250, 60);
        rig.Run(5 * 60 * 1000);
        RecordingListener listener = (RecordingListener)rig.Listener;
        Assert.That(listener.Count("pressed"), Is.EqualTo(1));
        Assert.That(listener.Count("long"), Is.EqualTo(1));
        Assert.That(rig.Input.Phase, Is.EqualTo(TouchPhase.Pressed));

        rig.Chip.Release();
        rig.Run(200);

        Assert.That(listener.Count("pressed"), Is.EqualTo(1));
        Assert.That(listener.Count("long"), Is.EqualTo(1));
        Assert.That(listener.Count("released"), Is.EqualTo(1));
        Assert.That(listener.Count("tap"), Is.Zero);
        Assert.That(rig.Events[1], Is.EqualTo(rig.Events[0].Replace("pressed", "long", StringComparison.Ordinal)), "the long press reports where the press began");
    }

    [Test]
    public void AShortDropoutDoesNotSplitAPress()
    {
        Rig rig = new();
        rig.Chip.PressAt(80, 200);
        rig.Run(200);
        rig.Chip.Release();
        rig.Run(40); // shorter than the 60 ms release time
        rig.Chip.PressAt(80, 200);
        rig.Run(200);
        rig.Chip.Release();
        rig.Run(200);

        Assert.That(rig.Events, Is.EqualTo(new[] { "pressed 80,200", "released 80,200", "tap 80,200" }));
    }

    [Test]
    public void ADragIsNotATap()
    {
        Rig rig = new();
        rig.Chip.PressAt(50, 50);
        rig.Run(100);
        for (int x = 50; x <= 200; x += 10)
        {
            rig.Chip.PressAt(x, 50);
            rig.Run(30);
        }

        rig.Chip.Release();
        rig.Run(200);

        Assert.That(rig.Events, Is.EqualTo(new[] { "pressed 50,50", "released 200,50" }));
    }

    [Test]
    public void ASuppressedPressGivesNoTapButStillReleases()
    {
        Rig rig = new();
        rig.Chip.PressAt(40, 40);
        rig.Run(50);
        Assert.That(rig.Input.Phase, Is.EqualTo(TouchPhase.Pressed));
        rig.Input.SuppressCurrentPress(); // e.g. the touch that woke the backlight
        rig.Run(2000);
        rig.Chip.Release();
        rig.Run(200);

        Assert.That(rig.Events, Is.EqualTo(new[] { "pressed 40,40", "released 40,40" }));
    }

    [Test]
    public void TwoTapsGiveTwoTaps()
    {
        Rig rig = new();
        rig.Tap(10, 10);
        rig.Tap(300, 230);

        Assert.That(rig.Events.Where(e => e.StartsWith("tap", StringComparison.Ordinal)), Is.EqualTo(new[] { "tap 10,10", "tap 300,230" }));
    }

    [Test]
    public void CalibratingAPanelUnlikeTheDefaultMakesItsTapsLandOnTheirPixels()
    {
        Rig rig = new();
        // An unusual panel: mirrored on y, offsets and scales away from the typical CYD ranges.
        rig.Chip.RawYAtLeft = 450;
        rig.Chip.RawYAtRight = 3850;
        rig.Chip.RawXAtTop = 3700;
        rig.Chip.RawXAtBottom = 500;
        TouchCalibrationPoint[] points = new TouchCalibrationPoint[TouchCalibration.PointCount];
        for (int i = 0; i < TouchCalibration.PointCount; i++)
        {
            int x = TouchCalibration.TargetX(i);
            int y = TouchCalibration.TargetY(i);
            rig.Tap(x, y);
            points[i] = new TouchCalibrationPoint(x, y, rig.Input.PressRawX, rig.Input.PressRawY);
        }

        Assert.That(TouchCalibration.TryCreate(points[0], points[1], points[2], out TouchCalibration? calibration, out TouchCalibrationError error), Is.True, error.ToString());
        rig.Input.Calibration = calibration!;
        rig.Events.Clear();

        rig.Tap(250, 60);
        rig.Tap(17, 222);

        Assert.That(rig.Events.Where(e => e.StartsWith("tap", StringComparison.Ordinal)), Is.EqualTo(new[] { "tap 250,60", "tap 17,222" }));
    }

    [Test]
    public void PollingBetweenSampleIntervalsDoesNotReadTheSensor()
    {
        Rig rig = new();
        rig.Chip.PressAt(100, 100);
        rig.Run(10);
        int frames = rig.Chip.Frames;
        for (int i = 0; i < 50; i++)
        {
            rig.Input.Poll(); // same millisecond
        }

        Assert.That(rig.Chip.Frames, Is.EqualTo(frames));
    }

    [Test]
    public void PollingDoesNotAllocate()
    {
        CountingListener listener = new();
        Rig rig = new(listener, seed: 9);
        rig.Chip.NoiseCodes = 15;
        rig.Chip.RecordControlBytes = false;
        rig.Tap(100, 100); // warm up every path once

        long before = ThreadAllocations.Begin();
        for (int i = 0; i < 20; i++)
        {
            rig.Chip.PressAt(20 + (i * 10), 30 + (i * 5));
            rig.Run(i % 2 == 0 ? 150 : 1000);
            rig.Chip.Release();
            rig.Run(150);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(listener.Taps, Is.EqualTo(1 + 10));
        Assert.That(listener.LongPresses, Is.EqualTo(10));
        Assert.That(listener.Released, Is.EqualTo(21));
    }
}

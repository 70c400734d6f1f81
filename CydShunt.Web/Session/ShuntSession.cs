using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CydShunt.Protocol;
using CydShunt.Web.Bluetooth;

namespace CydShunt.Web.Session;

/// <summary>
/// One dashboard session with a CydShunt: choose and connect, subscribe to the live snapshot, decode every value with
/// CydShunt.Protocol, judge freshness from the sequence counter, reconnect after a drop, and send control-point
/// commands. All state lives here; the Razor components only show it.
/// </summary>
public sealed class ShuntSession : IAsyncDisposable
{
    /// <summary>Name prefix the chooser also accepts (devices in BTHome format do not advertise the service UUID).</summary>
    public const string NamePrefix = "CYD";

    /// <summary>How often the session looks at the clock (freshness, polling, reconnect).</summary>
    public static readonly TimeSpan TickPeriod = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// When no snapshot arrived for this long the session reads it: notifications come every 1 s by default, so this
    /// only happens when one is lost or the platform delivers none (then the dashboard polls at this rate).
    /// </summary>
    public static readonly TimeSpan SnapshotPollAfter = TimeSpan.FromMilliseconds(1500);

    /// <summary>Alarms, energy counters and battery level are not in the snapshot: they are read at this period.</summary>
    public static readonly TimeSpan SlowValuesPeriod = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for a control-point response (spec/gatt.md: at least 5 s).</summary>
    public static readonly TimeSpan ControlResponseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Delays between reconnect attempts; the last one repeats.</summary>
    public static readonly TimeSpan[] ReconnectDelays =
    [
        TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10),
    ];

    private static readonly Guid BatteryService = BluetoothSig.ToGuid(BluetoothSig.BatteryService);
    private static readonly Guid BatteryLevelUuid = CydShuntGatt.BatteryLevel.Uuid;
    private static readonly Guid SnapshotUuid = CydShuntGatt.LiveSnapshot.Uuid;
    private static readonly Guid ControlPointUuid = CydShuntGatt.ControlPoint.Uuid;

    private readonly IBluetoothLink _link;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<Guid, RemoteCharacteristic> _characteristics = [];
    private TaskCompletionSource<ControlPointResponse>? _pendingResponse;
    private ControlPointOpcode _pendingOpcode;
    private bool _controlSubscribed;
    private bool _userDisconnect;
    private bool _snapshotReadInFlight;
    private DateTimeOffset _lastSlowRead;
    private DateTimeOffset _lastSnapshotRequest;
    private DateTimeOffset _nextReconnect;
    private Task? _ticker;

    /// <summary>Creates a session over <paramref name="link"/>.</summary>
    /// <param name="link">The browser's Bluetooth.</param>
    /// <param name="time">The clock (the system clock in the app).</param>
    public ShuntSession(IBluetoothLink link, TimeProvider time)
    {
        _link = link;
        _time = time;
        _link.ValueReceived += OnValue;
        _link.Disconnected += OnDisconnected;
    }

    /// <summary>Something on screen may have changed.</summary>
    public event Action? Changed;

    /// <summary>Whether Web Bluetooth is available (known after <see cref="StartAsync"/>).</summary>
    public BluetoothSupport? Support { get; private set; }

    /// <summary>The link state.</summary>
    public ConnectionState State { get; private set; } = ConnectionState.Disconnected;

    /// <summary>Reconnect attempts since the link dropped.</summary>
    public int ReconnectAttempt { get; private set; }

    /// <summary>The chosen device's name.</summary>
    public string? DeviceName { get; private set; }

    /// <summary>A problem the user should read (connection failure, an undecodable value…), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Latest live snapshot.</summary>
    public LiveSnapshot? Snapshot { get; private set; }

    /// <summary>Latest status and alarms (0x010A).</summary>
    public AlarmStatus? Alarms { get; private set; }

    /// <summary>Energy charged into the battery, Wh, or <see cref="Measurement.NotAvailable"/>; null until read.</summary>
    public int? EnergyChargedWattHours { get; private set; }

    /// <summary>Energy discharged, Wh, or <see cref="Measurement.NotAvailable"/>; null until read.</summary>
    public int? EnergyDischargedWattHours { get; private set; }

    /// <summary>Battery Level (0x2A19), %.</summary>
    public int? BatteryLevel { get; private set; }

    /// <summary>Device info (0x010C).</summary>
    public DeviceInfo? Info { get; private set; }

    /// <summary>Whether the snapshot notifications could be enabled (otherwise the session polls).</summary>
    public bool SnapshotNotifying { get; private set; }

    /// <summary>Sequence and freshness bookkeeping.</summary>
    public SequenceTracker Sequence { get; } = new();

    /// <summary>Every new measurement of the session.</summary>
    public SessionLog Log { get; } = new();

    /// <summary>Whether a control-point command is under way.</summary>
    public bool ControlBusy { get; private set; }

    /// <summary>What became of the last control-point command.</summary>
    public ControlOutcome? LastControl { get; private set; }

    /// <summary>The time now, from the session's clock.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>How current the shown values are.</summary>
    public Freshness Freshness => Sequence.FreshnessAt(Now);

    /// <summary>Finds out whether Web Bluetooth is there and starts the session's clock.</summary>
    /// <returns>A task.</returns>
    public async Task StartAsync()
    {
        Support = await _link.GetSupportAsync();
        _ticker ??= TickAsync(_stop.Token);
        Raise();
    }

    /// <summary>Opens the browser's chooser and connects to the device picked there.</summary>
    /// <returns>A task.</returns>
    public async Task ConnectAsync()
    {
        if (Support != BluetoothSupport.Present || State is ConnectionState.Choosing or ConnectionState.Connecting)
        {
            return;
        }

        Problem = null;
        if (!await _link.IsAdapterAvailableAsync())
        {
            Problem = "No Bluetooth adapter is available: switch Bluetooth on (or plug an adapter in) and try again.";
            Raise();
            return;
        }

        State = ConnectionState.Choosing;
        Raise();
        try
        {
            DeviceName = await _link.ChooseDeviceAsync(CydShuntUuids.Service, NamePrefix, [CydShuntUuids.Service, BatteryService]);
        }
        catch (BluetoothOperationException e)
        {
            State = ConnectionState.Disconnected;
            Problem = e.Name == "NotFoundError" ? "No device was chosen." : "The browser could not open its device chooser: " + e.Message;
            Raise();
            return;
        }

        State = ConnectionState.Connecting;
        _userDisconnect = false;
        Log.Clear();
        Raise();
        try
        {
            await OpenAsync();
        }
        catch (BluetoothOperationException e)
        {
            if (State == ConnectionState.Connecting)
            {
                State = ConnectionState.Disconnected;
                Problem = "Could not connect to " + DeviceName + ": " + e.Message;
                Raise();
            }

            // Otherwise the link dropped while connecting and the disconnect handler is already reconnecting.
        }
    }

    /// <summary>Closes the link; no reconnect follows.</summary>
    /// <returns>A task.</returns>
    public async Task DisconnectAsync()
    {
        _userDisconnect = true;
        State = ConnectionState.Disconnected;
        Raise();
        await _link.DisconnectAsync();
    }

    /// <summary>Sends a control-point command and waits for the device's answer.</summary>
    /// <param name="request">The command.</param>
    /// <returns>What happened, in words.</returns>
    public async Task<ControlOutcome> SendAsync(ControlPointRequest request)
    {
        string name = ControlTexts.CommandName(request.Opcode);
        if (State != ConnectionState.Connected)
        {
            return Finish(new ControlOutcome(false, name + ": not sent, the dashboard is not connected."));
        }

        if (ControlBusy)
        {
            return Finish(new ControlOutcome(false, name + ": not sent, the previous command is still waiting for its answer."));
        }

        byte[] buffer = new byte[ControlPointRequestCodec.MaximumSize];
        if (!ControlPointRequestCodec.TryEncode(request, buffer, 0, out int length, out ProtocolError error))
        {
            string why = error == ProtocolError.ValueOutOfRange ? "the value " + request.Parameter + " is outside the allowed range" : ProtocolErrorText.Describe(error);
            return Finish(new ControlOutcome(false, name + ": not sent, " + why + "."));
        }

        ControlBusy = true;
        LastControl = null;
        Raise();
        try
        {
            if (!_controlSubscribed)
            {
                await _link.SubscribeAsync(ControlPointUuid);
                _controlSubscribed = true;
            }

            var response = new TaskCompletionSource<ControlPointResponse>();
            _pendingResponse = response;
            _pendingOpcode = request.Opcode;
            try
            {
                await _link.WriteAsync(ControlPointUuid, buffer[..length]);
            }
            catch (BluetoothOperationException e) when (e.Name != "NetworkError")
            {
                // The device accepts every write on a paired link with indications on (spec/gatt.md, control point
                // step 4); it refuses one only for link security (0x05/0x0F), and browsers do not pass the ATT code on.
                return Finish(new ControlOutcome(false, name + ": " + ControlTexts.WriteRefused(e)));
            }

            ControlPointResponse? answer = await WaitForResponseAsync(response.Task);
            if (answer is not { } r)
            {
                return Finish(new ControlOutcome(false, name + ": the device accepted the command but sent no answer within " + ControlResponseTimeout.TotalSeconds + " s."));
            }

            if (r.Result == ControlPointResult.Success)
            {
                await SafeAsync(RefreshAllAsync); // show the effect: capacity, SOC, counters
            }

            return Finish(new ControlOutcome(r.Result == ControlPointResult.Success, name + ": " + ControlTexts.Result(r.Result)));
        }
        catch (BluetoothOperationException e)
        {
            return Finish(new ControlOutcome(false, name + ": " + ControlTexts.Refusal(e)));
        }
        finally
        {
            _pendingResponse = null;
            ControlBusy = false;
            Raise();
        }
    }

    /// <summary>The session's measurements as CSV.</summary>
    /// <returns>A task.</returns>
    public Task ExportCsvAsync()
    {
        string stamp = Now.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        return _link.DownloadAsync("cydshunt-" + stamp + ".csv", "text/csv", Log.ToCsv());
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _link.ValueReceived -= OnValue;
        _link.Disconnected -= OnDisconnected;
        _stop.Dispose();
    }

    private ControlOutcome Finish(ControlOutcome outcome)
    {
        LastControl = outcome;
        Raise();
        return outcome;
    }

    /// <summary>Connects GATT, finds the characteristics, subscribes to the snapshot and reads everything once.</summary>
    private async Task OpenAsync()
    {
        IReadOnlyList<RemoteCharacteristic> found = await _link.ConnectAsync([CydShuntUuids.Service, BatteryService]);
        if (_userDisconnect)
        {
            await _link.DisconnectAsync(); // the user pressed Disconnect while this (re)connect was under way
            return;
        }
        _characteristics.Clear();
        foreach (RemoteCharacteristic c in found)
        {
            _characteristics[c.Uuid] = c;
        }

        if (!_characteristics.ContainsKey(SnapshotUuid))
        {
            throw new BluetoothOperationException("NotSupportedError", "the device has no CydShunt live snapshot characteristic (is it a CydShunt?)");
        }

        _controlSubscribed = false;
        Sequence.Reset();
        try
        {
            await _link.SubscribeAsync(SnapshotUuid);
            SnapshotNotifying = true;
        }
        catch (BluetoothOperationException)
        {
            SnapshotNotifying = false; // the session polls instead
        }

        State = ConnectionState.Connected;
        ReconnectAttempt = 0;
        Problem = null;
        Raise();

        // Connected from here on: a read that fails because the link dropped is the disconnect handler's business.
        await SafeAsync(RefreshAllAsync);
    }

    private async Task ReadSnapshotAsync()
    {
        _snapshotReadInFlight = true;
        _lastSnapshotRequest = Now;
        try
        {
            await _link.ReadAsync(SnapshotUuid);
        }
        finally
        {
            _snapshotReadInFlight = false;
        }
    }

    private async Task ReadSlowValuesAsync()
    {
        _lastSlowRead = Now;
        await ReadIfPresentAsync(CydShuntGatt.Alarms.Uuid);
        await ReadIfPresentAsync(CydShuntGatt.EnergyCharged.Uuid);
        await ReadIfPresentAsync(CydShuntGatt.EnergyDischarged.Uuid);
        await ReadIfPresentAsync(BatteryLevelUuid);
    }

    private async Task RefreshAllAsync()
    {
        await ReadIfPresentAsync(CydShuntGatt.DeviceInfo.Uuid);
        await ReadSnapshotAsync();
        await ReadSlowValuesAsync();
    }

    private async Task ReadIfPresentAsync(Guid uuid)
    {
        if (_characteristics.TryGetValue(uuid, out RemoteCharacteristic? c) && c.CanRead)
        {
            await _link.ReadAsync(uuid);
        }
    }

    /// <summary>
    /// Waits for the indication (or notification, reference firmware) that answers a command. Where the control point
    /// is also readable (a bridge or emulator that cannot push values), its value is read as well after a second.
    /// </summary>
    private async Task<ControlPointResponse?> WaitForResponseAsync(Task<ControlPointResponse> response)
    {
        Task timeout = Task.Delay(ControlResponseTimeout, _time);
        if (_characteristics.TryGetValue(ControlPointUuid, out RemoteCharacteristic? cp) && cp.CanRead)
        {
            if (await Task.WhenAny(response, Task.Delay(TimeSpan.FromSeconds(1), _time)) != response)
            {
                await SafeAsync(() => _link.ReadAsync(ControlPointUuid));
            }
        }

        return await Task.WhenAny(response, timeout) == response ? await response : null;
    }

    private void OnValue(Guid uuid, byte[] value)
    {
        DateTimeOffset now = Now;
        if (uuid == SnapshotUuid)
        {
            if (!LiveSnapshotCodec.TryDecode(value, 0, value.Length, out LiveSnapshot snapshot, out ProtocolError error))
            {
                Undecodable("live snapshot", value, error);
                return;
            }

            SequenceVerdict verdict = Sequence.Accept(snapshot.Sequence, now);
            if (verdict == SequenceVerdict.New)
            {
                bool alarmChanged = Snapshot is { } previous && (previous.Status & StatusFlags.AlarmActive) != (snapshot.Status & StatusFlags.AlarmActive);
                Snapshot = snapshot;
                Log.Add(new MeasurementRecord(now, snapshot));
                if (alarmChanged)
                {
                    _ = SafeAsync(() => ReadIfPresentAsync(CydShuntGatt.Alarms.Uuid));
                }
            }
        }
        else if (uuid == CydShuntGatt.Alarms.Uuid)
        {
            if (AlarmStatusCodec.TryDecode(value, 0, value.Length, out AlarmStatus alarms, out ProtocolError error))
            {
                Alarms = alarms;
            }
            else
            {
                Undecodable("alarm status", value, error);
            }
        }
        else if (uuid == CydShuntGatt.DeviceInfo.Uuid)
        {
            if (DeviceInfoCodec.TryDecode(value, 0, value.Length, out DeviceInfo info, out ProtocolError error))
            {
                Info = info;
            }
            else
            {
                Undecodable("device info", value, error);
            }
        }
        else if (uuid == CydShuntGatt.EnergyCharged.Uuid)
        {
            EnergyChargedWattHours = Scalar(CydShuntGatt.EnergyCharged, "energy charged", value) ?? EnergyChargedWattHours;
        }
        else if (uuid == CydShuntGatt.EnergyDischarged.Uuid)
        {
            EnergyDischargedWattHours = Scalar(CydShuntGatt.EnergyDischarged, "energy discharged", value) ?? EnergyDischargedWattHours;
        }
        else if (uuid == BatteryLevelUuid)
        {
            BatteryLevel = Scalar(CydShuntGatt.BatteryLevel, "battery level", value) ?? BatteryLevel;
        }
        else if (uuid == ControlPointUuid)
        {
            if (!ControlPointResponseCodec.TryDecode(value, 0, value.Length, out ControlPointResponse response, out ProtocolError error))
            {
                Undecodable("control-point response", value, error);
            }
            else if (_pendingResponse != null && response.RequestOpcode == _pendingOpcode)
            {
                _pendingResponse.TrySetResult(response);
            }
        }

        Raise();
    }

    private int? Scalar(GattCharacteristic characteristic, string what, byte[] value)
    {
        ScalarFormat format = characteristic.Format!;
        if (format.TryDecode(value, 0, value.Length, out int decoded, out ProtocolError error))
        {
            return decoded;
        }

        Undecodable(what, value, error);
        return null;
    }

    private void Undecodable(string what, byte[] value, ProtocolError error)
    {
        string hex = value.Length == 0 ? "no bytes" : Convert.ToHexString(value).ToLowerInvariant();
        Problem = "The device sent a " + what + " value the dashboard cannot decode (" + ProtocolErrorText.GetName(error) + ": " +
            ProtocolErrorText.Describe(error).TrimEnd('.') + "; " + value.Length + " bytes: " + hex + "). The last good values stay on screen.";
    }

    /// <summary>Hides the problem message (it stays until dismissed, so that a one-off bad value is seen).</summary>
    public void DismissProblem()
    {
        Problem = null;
        Raise();
    }

    private void OnDisconnected()
    {
        _pendingResponse?.TrySetCanceled();
        if (_userDisconnect || State == ConnectionState.Disconnected)
        {
            State = ConnectionState.Disconnected;
            Raise();
            return;
        }

        State = ConnectionState.Reconnecting;
        ReconnectAttempt = 0;
        _nextReconnect = Now + ReconnectDelays[0];
        Raise();
    }

    private async Task TickAsync(CancellationToken stop)
    {
        DateTimeOffset lastRaise = default;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TickPeriod, _time, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            DateTimeOffset now = Now;
            if (State == ConnectionState.Connected)
            {
                DateTimeOffset lastValue = Sequence.LastArrival ?? _lastSnapshotRequest;
                if (!_snapshotReadInFlight && now - lastValue >= SnapshotPollAfter && now - _lastSnapshotRequest >= SnapshotPollAfter)
                {
                    await SafeAsync(ReadSnapshotAsync);
                }

                if (now - _lastSlowRead >= SlowValuesPeriod)
                {
                    await SafeAsync(ReadSlowValuesAsync);
                }
            }
            else if (State == ConnectionState.Reconnecting && now >= _nextReconnect)
            {
                await ReconnectOnceAsync();
            }

            if (now - lastRaise >= TimeSpan.FromSeconds(1))
            {
                lastRaise = now; // ages and freshness move with the clock
                Raise();
            }
        }
    }

    private async Task ReconnectOnceAsync()
    {
        ReconnectAttempt++;
        Raise();
        try
        {
            await OpenAsync();
        }
        catch (BluetoothOperationException e)
        {
            if (State != ConnectionState.Reconnecting)
            {
                return; // the user disconnected meanwhile
            }

            Problem = "Reconnect attempt " + ReconnectAttempt + " failed: " + e.Message;
            _nextReconnect = Now + ReconnectDelays[Math.Min(ReconnectAttempt, ReconnectDelays.Length - 1)];
            Raise();
        }
    }

    /// <summary>Runs a background read; a failure (the link dropped meanwhile) is reported by the disconnect event.</summary>
    private static async Task SafeAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (BluetoothOperationException)
        {
            // gattserverdisconnected follows when the link is gone; a single failed read changes nothing on screen.
        }
    }

    private void Raise() => Changed?.Invoke();
}

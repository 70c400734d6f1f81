using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Protocol;
using Microsoft.Playwright;

namespace CydShunt.Web.Tests.Harness;

/// <summary>
/// Puts <see cref="EmulatedShunt"/> behind Chromium's emulated Bluetooth adapter (DevTools BluetoothEmulation domain, on
/// the browser target). The emulated peripheral gets the firmware's own GATT table; every GATT operation the page makes
/// arrives as an event and is answered with what the firmware's BLE stack answers:
/// <list type="bullet">
/// <item>connection → <see cref="EmulatedShunt.Connect"/> (HCI 0x00, or 0x3E when the stack refuses); discovery → 0x00;</item>
/// <item>characteristic read / write → <see cref="HostBleCentral.Read"/> / <see cref="HostBleCentral.Write"/>, with the
/// ATT error code (0x05 insufficient authentication and so on) or the value;</item>
/// <item>subscribe / unsubscribe → the CCCD write the browser would make (0x0001 notify, 0x0002 indicate, 0x0000);</item>
/// <item>descriptor reads → the library's static descriptors (0x2901, 0x2904, 0x2902).</item>
/// </list>
/// The domain has no command that pushes a value unprompted, so values reach the page through its reads (a read
/// response fires characteristicvaluechanged like a notification). The control point's indication is the one value
/// the firmware only pushes: the emulated control point therefore also has the read property, and a read of it
/// returns the last value the firmware pushed there — what the browser would have received as the indication.
/// </summary>
public sealed class BluetoothEmulationBridge
{
    /// <summary>The emulated peripheral's address.</summary>
    public const string Address = "C0:FF:EE:14:00:01";

    private const int HciSuccess = 0x00;
    private const int HciConnectionFailedToBeEstablished = 0x3E;
    private const int AttReadNotPermitted = 0x02;

    private readonly ICDPSession _cdp;
    private readonly EmulatedShunt _shunt;
    private readonly ConcurrentDictionary<string, int> _characteristicIndex = new();
    private readonly ConcurrentDictionary<string, (int Index, ushort Uuid)> _descriptors = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly object _gate = new();
    private TaskCompletionSource? _connectionGate;
    private byte[]? _nextSnapshotOverride;

    private BluetoothEmulationBridge(ICDPSession cdp, EmulatedShunt shunt)
    {
        _cdp = cdp;
        _shunt = shunt;
    }

    /// <summary>Bridge failures (an exception while answering an event); a test that sees any fails.</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Every GATT operation answered, as "read 10 → 0x00" lines, for diagnostics.</summary>
    public ConcurrentQueue<string> Trace { get; } = new();

    /// <summary>Switches the emulated adapter on, adds the peripheral with the firmware's GATT table and starts answering.</summary>
    /// <param name="browser">A DevTools session on the browser target.</param>
    /// <param name="shunt">The firmware.</param>
    /// <returns>The running bridge.</returns>
    public static async Task<BluetoothEmulationBridge> StartAsync(ICDPSession browser, EmulatedShunt shunt)
    {
        var bridge = new BluetoothEmulationBridge(browser, shunt);
        await bridge.BuildAsync();
        return bridge;
    }

    /// <summary>Holds every GATT connection request until <see cref="ReleaseConnections"/>: the page stays "reconnecting".</summary>
    public void HoldConnections()
    {
        lock (_gate)
        {
            _connectionGate ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Answers the held connection requests.</summary>
    public void ReleaseConnections()
    {
        TaskCompletionSource? gate;
        lock (_gate)
        {
            gate = _connectionGate;
            _connectionGate = null;
        }

        gate?.TrySetResult();
    }

    /// <summary>The next snapshot read gets these bytes instead of the firmware's (a malformed value from the device).</summary>
    public void CorruptNextSnapshot(byte[] value)
    {
        lock (_gate)
        {
            _nextSnapshotOverride = value;
        }
    }

    /// <summary>
    /// The link drops: the firmware sees the central go, the browser gets gattserverdisconnected. Chromium's emulated
    /// peripheral forgets its services on a disconnection (a real one keeps its GATT table), so they are added again.
    /// </summary>
    public async Task DisconnectAsync()
    {
        _shunt.Disconnect();
        await SendAsync("BluetoothEmulation.simulateGATTDisconnection", new { address = Address });
        await AddGattTableAsync();
    }

    private async Task BuildAsync()
    {
        await SendAsync("BluetoothEmulation.enable", new { state = "powered-on", leSupported = true });
        await SendAsync("BluetoothEmulation.simulatePreconnectedPeripheral", new
        {
            address = Address,
            name = _shunt.DeviceName,
            manufacturerData = Array.Empty<object>(),
            knownServiceUuids = new[] { Uuid(CydShuntUuids.Service) },
        });
        await AddGattTableAsync();
        _cdp.Event("BluetoothEmulation.gattOperationReceived").OnEvent += (_, e) => Answer("gatt", e, OnGattOperationAsync);
        _cdp.Event("BluetoothEmulation.characteristicOperationReceived").OnEvent += (_, e) => Answer("characteristic", e, OnCharacteristicOperationAsync);
        _cdp.Event("BluetoothEmulation.descriptorOperationReceived").OnEvent += (_, e) => Answer("descriptor", e, OnDescriptorOperationAsync);
    }

    /// <summary>Adds the firmware's services, characteristics and descriptors to the emulated peripheral.</summary>
    private async Task AddGattTableAsync()
    {
        BleGattTable table = _shunt.Table;

        var serviceIds = new string[table.ServiceCount];
        for (int s = 0; s < table.ServiceCount; s++)
        {
            JsonElement added = await SendAsync("BluetoothEmulation.addService", new { address = Address, serviceUuid = Uuid(table.GetService(s)) });
            serviceIds[s] = added.GetProperty("serviceId").GetString()!;
        }

        for (int i = 0; i < table.CharacteristicCount; i++)
        {
            BleCharacteristicDefinition c = table.GetCharacteristic(i);
            var properties = new
            {
                // The control point's stand-in for its indication (see the class summary).
                read = (c.Properties & CharacteristicProperties.Read) != 0 || i == CydShuntGattTable.ControlPoint,
                write = (c.Properties & CharacteristicProperties.Write) != 0,
                notify = (c.Properties & CharacteristicProperties.Notify) != 0,
                indicate = (c.Properties & CharacteristicProperties.Indicate) != 0,
            };
            JsonElement added = await SendAsync("BluetoothEmulation.addCharacteristic", new
            {
                serviceId = serviceIds[c.ServiceIndex],
                characteristicUuid = Uuid(c.Uuid),
                properties,
            });
            string id = added.GetProperty("characteristicId").GetString()!;
            _characteristicIndex[id] = i;
            if (c.UserDescription != null)
            {
                await AddDescriptorAsync(id, i, BluetoothSig.UserDescriptionDescriptor);
            }

            if (c.HasClientConfiguration)
            {
                await AddDescriptorAsync(id, i, BluetoothSig.ClientCharacteristicConfigurationDescriptor);
            }

            if (c.HasPresentationFormat)
            {
                await AddDescriptorAsync(id, i, BluetoothSig.PresentationFormatDescriptor);
            }
        }
    }

    private async Task AddDescriptorAsync(string characteristicId, int index, ushort uuid)
    {
        JsonElement added = await SendAsync("BluetoothEmulation.addDescriptor", new { characteristicId, descriptorUuid = Uuid(BluetoothSig.ToGuid(uuid)) });
        _descriptors[added.GetProperty("descriptorId").GetString()!] = (index, uuid);
    }

    private async Task OnGattOperationAsync(JsonElement e)
    {
        string type = e.GetProperty("type").GetString()!;
        int code = HciSuccess;
        if (type == "connection")
        {
            Task? held;
            lock (_gate)
            {
                held = _connectionGate?.Task;
            }

            if (held != null)
            {
                await held;
            }

            code = _shunt.Connect() ? HciSuccess : HciConnectionFailedToBeEstablished;
        }

        Trace.Enqueue(type + " → 0x" + code.ToString("X2"));
        await SendAsync("BluetoothEmulation.simulateGATTOperationResponse", new { address = Address, type, code });
    }

    private async Task OnCharacteristicOperationAsync(JsonElement e)
    {
        string id = e.GetProperty("characteristicId").GetString()!;
        string type = e.GetProperty("type").GetString()!;
        int index = _characteristicIndex[id];
        AttResult result = type switch
        {
            "read" => ReadCharacteristic(index),
            "write" => _shunt.Write(index, e.GetProperty("data").GetBytesFromBase64()),
            "subscribe-to-notifications" => _shunt.WriteCccd(index, (ushort)(index == CydShuntGattTable.ControlPoint ? 2 : 1)),
            "unsubscribe-from-notifications" => _shunt.WriteCccd(index, 0),
            _ => throw new InvalidOperationException("Unknown characteristic operation " + type + "."),
        };
        Trace.Enqueue(type + " " + index + " → 0x" + result.Error.ToString("X2") + (type == "read" ? " " + Convert.ToHexString(result.Value) : string.Empty));
        if (type == "read" && result.IsSuccess)
        {
            await SendAsync("BluetoothEmulation.simulateCharacteristicOperationResponse", new { characteristicId = id, type, code = 0, data = Convert.ToBase64String(result.Value) });
        }
        else
        {
            await SendAsync("BluetoothEmulation.simulateCharacteristicOperationResponse", new { characteristicId = id, type, code = (int)result.Error });
        }
    }

    private AttResult ReadCharacteristic(int index)
    {
        if (index == CydShuntGattTable.ControlPoint)
        {
            // The response the firmware pushed after the last write (it answers within a tick, 100 ms).
            byte[]? pushed = _shunt.WaitForPushedSinceLastWrite(index, TimeSpan.FromSeconds(3));
            return pushed == null ? AttResult.Fail(AttReadNotPermitted) : AttResult.Success(pushed);
        }

        AttResult result = _shunt.Read(index);
        if (index == CydShuntGattTable.LiveSnapshot)
        {
            lock (_gate)
            {
                if (_nextSnapshotOverride is { } corrupt)
                {
                    _nextSnapshotOverride = null;
                    return AttResult.Success(corrupt);
                }
            }
        }

        return result;
    }

    private async Task OnDescriptorOperationAsync(JsonElement e)
    {
        string id = e.GetProperty("descriptorId").GetString()!;
        string type = e.GetProperty("type").GetString()!;
        (int index, ushort uuid) = _descriptors[id];
        AttResult result;
        if (type == "read")
        {
            result = _shunt.ReadDescriptor(index, uuid);
        }
        else if (uuid == BluetoothSig.ClientCharacteristicConfigurationDescriptor)
        {
            byte[] data = e.GetProperty("data").GetBytesFromBase64();
            result = _shunt.WriteCccd(index, (ushort)(data[0] | (data.Length > 1 ? data[1] << 8 : 0)));
        }
        else
        {
            result = AttResult.Fail(0x03); // Write Not Permitted: the other descriptors are read-only
        }

        Trace.Enqueue("descriptor " + type + " " + index + "/" + uuid.ToString("X4") + " → 0x" + result.Error.ToString("X2"));
        await SendAsync("BluetoothEmulation.simulateDescriptorOperationResponse", result.IsSuccess && type == "read"
            ? new { descriptorId = id, type, code = 0, data = Convert.ToBase64String(result.Value) }
            : (object)new { descriptorId = id, type, code = (int)result.Error });
    }

    private async void Answer(string kind, JsonElement? e, Func<JsonElement, Task> handler)
    {
        try
        {
            await handler(e!.Value);
        }
        catch (Exception ex)
        {
            _failures.Enqueue(kind + " " + e + ": " + ex);
        }
    }

    private async Task<JsonElement> SendAsync(string method, object parameters)
    {
        Dictionary<string, object> arguments = JsonSerializer.Deserialize<Dictionary<string, object>>(JsonSerializer.Serialize(parameters))!;
        JsonElement? result = await _cdp.SendAsync(method, arguments);
        return result ?? default;
    }

    private static string Uuid(Guid uuid) => uuid.ToString("D");
}

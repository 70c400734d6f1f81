using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.JSInterop;

namespace CydShunt.Web.Bluetooth;

/// <summary><see cref="IBluetoothLink"/> over the browser's Web Bluetooth, through wwwroot/js/cydshunt-bluetooth.js.</summary>
public sealed class WebBluetooth : IBluetoothLink, IAsyncDisposable
{
    private const string ModulePath = "./js/cydshunt-bluetooth.js";

    private readonly IJSRuntime _js;
    private IJSObjectReference? _module;
    private DotNetObjectReference<WebBluetooth>? _self;

    /// <summary>Creates the link; the module loads on first use.</summary>
    /// <param name="js">The page's JavaScript runtime.</param>
    public WebBluetooth(IJSRuntime js)
    {
        _js = js;
    }

    /// <inheritdoc/>
    public event Action<Guid, byte[]>? ValueReceived;

    /// <inheritdoc/>
    public event Action? Disconnected;

    /// <inheritdoc/>
    public async Task<BluetoothSupport> GetSupportAsync()
    {
        string support = await (await Module()).InvokeAsync<string>("support");
        return support switch
        {
            "present" => BluetoothSupport.Present,
            "insecure" => BluetoothSupport.Insecure,
            _ => BluetoothSupport.Missing,
        };
    }

    /// <inheritdoc/>
    public async Task<bool> IsAdapterAvailableAsync() => await (await Module()).InvokeAsync<bool>("adapterAvailable");

    /// <inheritdoc/>
    public Task<string> ChooseDeviceAsync(Guid service, string namePrefix, IReadOnlyList<Guid> optionalServices) =>
        Call<string>("choose", Uuid(service), namePrefix, optionalServices.Select(Uuid).ToArray());

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RemoteCharacteristic>> ConnectAsync(IReadOnlyList<Guid> services)
    {
        FoundCharacteristic[] found = await Call<FoundCharacteristic[]>("connect", [services.Select(Uuid).ToArray()]);
        return found.Select(f => new RemoteCharacteristic(Guid.Parse(f.Uuid), f.Read, f.Write, f.Notify, f.Indicate)).ToArray();
    }

    /// <inheritdoc/>
    public Task ReadAsync(Guid characteristic) => Call("read", Uuid(characteristic));

    /// <inheritdoc/>
    public Task WriteAsync(Guid characteristic, byte[] value) => Call("write", Uuid(characteristic), value);

    /// <inheritdoc/>
    public Task SubscribeAsync(Guid characteristic) => Call("subscribe", Uuid(characteristic));

    /// <inheritdoc/>
    public Task DisconnectAsync() => Call("disconnect");

    /// <inheritdoc/>
    public Task DownloadAsync(string fileName, string mimeType, string text) => Call("download", fileName, mimeType, text);

    /// <summary>Called by the module for every characteristicvaluechanged event.</summary>
    /// <param name="uuid">The characteristic's UUID (lower case).</param>
    /// <param name="value">The value's bytes.</param>
    [JSInvokable]
    public void OnValue(string uuid, byte[] value) => ValueReceived?.Invoke(Guid.Parse(uuid), value);

    /// <summary>Called by the module on gattserverdisconnected.</summary>
    [JSInvokable]
    public void OnDisconnected() => Disconnected?.Invoke();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_module != null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is going away; nothing to release.
            }
        }

        _self?.Dispose();
    }

    private static string Uuid(Guid uuid) => uuid.ToString("D");

    private async Task<IJSObjectReference> Module()
    {
        if (_module == null)
        {
            _module = await _js.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _self = DotNetObjectReference.Create(this);
            await _module.InvokeVoidAsync("setListener", _self);
        }

        return _module;
    }

    // A lone string[] argument would spread into the params array (array covariance): wrap it, as ConnectAsync does.
    private async Task Call(string function, params object[] arguments)
    {
        IJSObjectReference module = await Module();
        try
        {
            await module.InvokeVoidAsync(function, arguments);
        }
        catch (JSException e)
        {
            throw Translate(e);
        }
    }

    private async Task<T> Call<T>(string function, params object[] arguments)
    {
        IJSObjectReference module = await Module();
        try
        {
            return await module.InvokeAsync<T>(function, arguments);
        }
        catch (JSException e)
        {
            throw Translate(e);
        }
    }

    /// <summary>The module throws "Name: message"; the exception text may carry a stack trace after the first line.</summary>
    private static BluetoothOperationException Translate(JSException e)
    {
        string first = e.Message.Split('\n')[0].Trim();
        int colon = first.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? new BluetoothOperationException(first[..colon], first[(colon + 2)..]) : new BluetoothOperationException("Error", first);
    }

    /// <summary>What the module's connect() returns per characteristic.</summary>
    private sealed record FoundCharacteristic(string Uuid, bool Read, bool Write, bool Notify, bool Indicate);
}

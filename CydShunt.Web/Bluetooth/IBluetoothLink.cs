using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace CydShunt.Web.Bluetooth;

/// <summary>
/// The GATT client the dashboard needs, as the browser offers it: choose a device, connect, read, write, subscribe.
/// Values (read results and notifications alike) arrive through <see cref="ValueReceived"/>.
/// </summary>
public interface IBluetoothLink
{
    /// <summary>A characteristic value arrived: a notification, an indication or the result of a read.</summary>
    event Action<Guid, byte[]>? ValueReceived;

    /// <summary>The GATT link went down (the device, the radio or this app closed it).</summary>
    event Action? Disconnected;

    /// <summary>Whether the browser offers Web Bluetooth here.</summary>
    Task<BluetoothSupport> GetSupportAsync();

    /// <summary>Whether a Bluetooth adapter is available (true when the browser cannot tell).</summary>
    Task<bool> IsAdapterAvailableAsync();

    /// <summary>Shows the browser's device chooser; returns the device name.</summary>
    Task<string> ChooseDeviceAsync(Guid service, string namePrefix, IReadOnlyList<Guid> optionalServices);

    /// <summary>Connects GATT and discovers <paramref name="services"/>; returns the characteristics found.</summary>
    Task<IReadOnlyList<RemoteCharacteristic>> ConnectAsync(IReadOnlyList<Guid> services);

    /// <summary>Reads a characteristic; the value arrives through <see cref="ValueReceived"/>.</summary>
    Task ReadAsync(Guid characteristic);

    /// <summary>Writes with response.</summary>
    Task WriteAsync(Guid characteristic, byte[] value);

    /// <summary>Enables notifications or indications.</summary>
    Task SubscribeAsync(Guid characteristic);

    /// <summary>Closes the link (no automatic reconnect follows).</summary>
    Task DisconnectAsync();

    /// <summary>Saves <paramref name="text"/> as a download.</summary>
    Task DownloadAsync(string fileName, string mimeType, string text);
}

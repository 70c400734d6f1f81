using System;

namespace CydShunt.Web.Bluetooth;

/// <summary>A characteristic found on the connected device, with the properties the device declares.</summary>
/// <param name="Uuid">Its UUID.</param>
/// <param name="CanRead">Read property.</param>
/// <param name="CanWrite">Write (with response) property.</param>
/// <param name="CanNotify">Notify property.</param>
/// <param name="CanIndicate">Indicate property.</param>
public sealed record RemoteCharacteristic(Guid Uuid, bool CanRead, bool CanWrite, bool CanNotify, bool CanIndicate);

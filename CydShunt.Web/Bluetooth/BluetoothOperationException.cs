using System;

namespace CydShunt.Web.Bluetooth;

/// <summary>A Web Bluetooth operation failed; <see cref="Name"/> is the DOMException name (NotFoundError, NetworkError…).</summary>
public sealed class BluetoothOperationException : Exception
{
    /// <summary>Creates the exception from the "Name: message" text the JavaScript module throws.</summary>
    /// <param name="name">DOMException name.</param>
    /// <param name="message">The browser's message.</param>
    public BluetoothOperationException(string name, string message)
        : base(message)
    {
        Name = name;
    }

    /// <summary>The DOMException name, e.g. "NotFoundError" when the user cancelled the chooser.</summary>
    public string Name { get; }
}

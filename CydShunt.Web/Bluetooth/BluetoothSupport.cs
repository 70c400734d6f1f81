namespace CydShunt.Web.Bluetooth;

/// <summary>Whether this browser can use Web Bluetooth on this page.</summary>
public enum BluetoothSupport
{
    /// <summary>navigator.bluetooth exists.</summary>
    Present,

    /// <summary>No Web Bluetooth: Firefox, Safari, or Chrome/Edge with the feature switched off.</summary>
    Missing,

    /// <summary>The page is not a secure context (plain http from another host): browsers hide Web Bluetooth.</summary>
    Insecure,
}

namespace CydShunt.Web.Session;

/// <summary>Where the dashboard's link to the shunt stands.</summary>
public enum ConnectionState
{
    /// <summary>No device chosen, or the user disconnected.</summary>
    Disconnected,

    /// <summary>The browser's device chooser is open.</summary>
    Choosing,

    /// <summary>Connecting GATT and discovering the services.</summary>
    Connecting,

    /// <summary>Connected; values arrive.</summary>
    Connected,

    /// <summary>The link dropped; the dashboard is trying to connect again.</summary>
    Reconnecting,
}

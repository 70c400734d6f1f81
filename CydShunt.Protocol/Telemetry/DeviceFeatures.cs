using System;

namespace CydShunt.Protocol
{
    /// <summary>Device Info byte 5: what the device has and how it is configured. Bits 3–7 are reserved.</summary>
    [Flags]
    public enum DeviceFeatures : byte
    {
        /// <summary>No feature.</summary>
        None = 0,

        /// <summary>A battery temperature sensor is present.</summary>
        TemperatureSensor = 0x01,

        /// <summary>The advertising format is BTHome (BTHome in the advertising packet, the glance frame in the scan response).</summary>
        BTHomeAdvertising = 0x02,

        /// <summary>The device's "pairing required" setting is on: every characteristic needs an authenticated link.</summary>
        PairingRequiredForAll = 0x04,
    }
}

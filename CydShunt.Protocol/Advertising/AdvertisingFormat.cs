namespace CydShunt.Protocol
{
    /// <summary>Which frames the device advertises (spec/advertising.md, "Advertising formats").</summary>
    public enum AdvertisingFormat : byte
    {
        /// <summary>Advertising packet: flags + glance frame. Scan response: service UUID + name. The default.</summary>
        CydShunt = 0,

        /// <summary>Advertising packet: flags + BTHome v2. Scan response: glance frame + name (for Home Assistant's passive scanning).</summary>
        BTHome = 1,
    }
}

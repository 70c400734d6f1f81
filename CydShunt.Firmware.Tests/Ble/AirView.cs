using System.Linq;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>What a scanning client decodes from the advertising packet and scan response currently on air.</summary>
internal sealed record AirView(GlanceFrame? Glance, BTHomeFrame? BTHome, string? LocalName, bool LocalNameComplete, bool HasServiceUuid)
{
    public static AirView Of(HostBlePeripheral peripheral)
    {
        byte[] record = peripheral.AdvertisingPacket.Concat(peripheral.ScanResponse).ToArray();
        ScanRecord r = ScanRecordParser.Parse(record, 0, record.Length);
        return new AirView(
            r.HasGlance ? r.Glance : null,
            r.HasBTHome ? r.BTHome : null,
            r.GetLocalName(),
            r.LocalNameComplete,
            r.HasServiceUuid);
    }
}

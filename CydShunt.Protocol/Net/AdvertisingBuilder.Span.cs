using System;
using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>
    /// Span overload (.NET only): the same first-fit placement (<see cref="Place"/>) and conversions, written in place
    /// through the Span twins of the structure writers.
    /// </content>
    public static partial class AdvertisingBuilder
    {
        /// <summary>Builds both packets into spans.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="advertising">Destination of the advertising data (31 bytes always suffice).</param>
        /// <param name="advertisingLength">Its length on success, else 0.</param>
        /// <param name="scanResponse">Destination of the scan-response data (31 bytes always suffice).</param>
        /// <param name="scanResponseLength">Its length on success, else 0.</param>
        /// <returns><see langword="false"/> when a destination is too small.</returns>
        public static bool TryBuild(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, DeviceName name, Span<byte> advertising, out int advertisingLength, Span<byte> scanResponse, out int scanResponseLength)
            => TryBuild(format, companyId, snapshot, BTHomeFrameKind.Measurements, Measurement.NotAvailable, Measurement.NotAvailable, name, advertising, out advertisingLength, scanResponse, out scanResponseLength);

        /// <summary>Builds both packets into spans, in BTHome format with the chosen BTHome frame (spec/bthome.md, "Two frames").</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="bthomeFrame">The BTHome frame to send (BTHome format only); the energy frame needs both totals.</param>
        /// <param name="energyChargedWattHours">Energy charged, Wh.</param>
        /// <param name="energyDischargedWattHours">Energy discharged, Wh.</param>
        /// <param name="name">The device name.</param>
        /// <param name="advertising">Destination of the advertising data (31 bytes always suffice).</param>
        /// <param name="advertisingLength">Its length on success, else 0.</param>
        /// <param name="scanResponse">Destination of the scan-response data (31 bytes always suffice).</param>
        /// <param name="scanResponseLength">Its length on success, else 0.</param>
        /// <returns><see langword="false"/> when a destination is too small.</returns>
        [MethodImpl(MethodImplOptions.NoInlining)] // the JIT's inlining budget is per root method: this one's inlines need its own
        public static bool TryBuild(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, BTHomeFrameKind bthomeFrame, int energyChargedWattHours, int energyDischargedWattHours, DeviceName name, Span<byte> advertising, out int advertisingLength, Span<byte> scanResponse, out int scanResponseLength)
        {
            CheckName(name);
            advertisingLength = 0;
            scanResponseLength = 0;
            SelectFrame(format, bthomeFrame, ref snapshot, energyChargedWattHours, energyDischargedWattHours, out BTHomeFrame bthome);
            Place(format, name, ref bthome, out Layout layout);
            if (advertising.Length < layout.AdvertisingLength || scanResponse.Length < layout.ScanResponseLength)
            {
                return false;
            }

            // Flags and the primary structure always open the advertising packet; the name and the glance frame go
            // where Place put them.
            advertising[0] = 2;
            advertising[1] = AdType.Flags;
            advertising[2] = FlagsValue;
            Span<byte> primary = advertising.Slice(FlagsSize);
            if (format == AdvertisingFormat.BTHome)
            {
                BTHomeCodec.Write(ref bthome, layout.PrimarySize, new WireWriter(primary));
            }
            else
            {
                new ReadOnlySpan<byte>(ServiceUuidStructure(), 0, ServiceUuidAdSize).CopyTo(primary);
            }

            name.CopyLocalNameStructureTo((layout.NameInScanResponse ? scanResponse : advertising).Slice(layout.NameAt));

            Span<byte> glanceAd = (layout.GlanceInScanResponse ? scanResponse : advertising).Slice(layout.GlanceAt);
            glanceAd[0] = 1 + GlanceFrameCodec.Size;
            glanceAd[1] = AdType.ManufacturerSpecificData;
            GlanceFrameCodec.Write(companyId, snapshot.Sequence, snapshot.Status, snapshot.VoltageMillivolts, snapshot.CurrentMilliamps, snapshot.StateOfChargeCentipercent, snapshot.TimeToGoMinutes, new WireWriter(glanceAd.Slice(2)));

            advertisingLength = layout.AdvertisingLength;
            scanResponseLength = layout.ScanResponseLength;
            return true;
        }
    }
}

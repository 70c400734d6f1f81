using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Builds the legacy advertising data and scan-response data of both advertising formats
    /// (spec/advertising.md, "Advertising formats").
    /// </summary>
    /// <remarks>
    /// The packets are defined by a first-fit layout of an ordered list of AD structures — Flags, then the service UUID
    /// (CydShunt format) or the BTHome frame (BTHome format), then the local name, and the glance frame last: each
    /// structure goes into the advertising packet if it still fits there, else into the scan response. This is exactly
    /// what nanoFramework's BLE library does with a list of sections (it has no scan-response API and always puts
    /// manufacturer data last), so the reference firmware sends the same bytes as every other implementation.
    /// </remarks>
    public static partial class AdvertisingBuilder
    {
        /// <summary>Largest size of the ordered AD-structure list (both packets together).</summary>
        public const int MaximumStructuresLength = 2 * LegacyMaximumLength;

        /// <summary>
        /// The value of the Flags AD structure every packet opens with: LE General Discoverable Mode (0x02) and BR/EDR Not
        /// Supported (0x04).
        /// </summary>
        public const byte FlagsValue = 0x06;

        /// <summary>Maximum size of legacy advertising data, and of legacy scan-response data: 31 bytes each.</summary>
        public const int LegacyMaximumLength = 31;

        private const int FlagsSize = 3;
        private const int GlanceAdSize = 2 + GlanceFrameCodec.Size;
        private const int ServiceUuidAdSize = 2 + CydShuntUuids.Size;

        // The CydShunt format's primary AD structure never changes: built on first use, copied into every packet. Not in a
        // static initialiser: it reads CydShuntUuids' table, which nanoCLR may not have initialised yet when it runs this
        // type's initialisers at start-up (docs/nanoframework-notes.md, "Static initialisation").
        private static byte[]? s_serviceUuidStructure;

        /// <summary>Builds both packets.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="advertising">Destination of the advertising data (31 bytes always suffice).</param>
        /// <param name="advertisingOffset">Where to write it.</param>
        /// <param name="advertisingLength">Its length on success, else 0.</param>
        /// <param name="scanResponse">Destination of the scan-response data (31 bytes always suffice).</param>
        /// <param name="scanResponseOffset">Where to write it.</param>
        /// <param name="scanResponseLength">Its length on success, else 0.</param>
        /// <returns><see langword="false"/> when a destination is too small.</returns>
        public static bool TryBuild(
            AdvertisingFormat format,
            ushort companyId,
            LiveSnapshot snapshot,
            DeviceName name,
            byte[] advertising,
            int advertisingOffset,
            out int advertisingLength,
            byte[] scanResponse,
            int scanResponseOffset,
            out int scanResponseLength)
        {
            return TryBuild(format, companyId, snapshot, BTHomeFrameKind.Measurements, Measurement.NotAvailable, Measurement.NotAvailable, name, advertising, advertisingOffset, out advertisingLength, scanResponse, scanResponseOffset, out scanResponseLength);
        }

        /// <summary>Builds both packets, in BTHome format with the chosen BTHome frame (spec/bthome.md, "Two frames").</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="bthomeFrame">
        /// The BTHome frame to send (BTHome format only). <see cref="BTHomeFrameKind.Energy"/> with an energy total that is
        /// not available sends the measurement frame.
        /// </param>
        /// <param name="energyChargedWattHours">Energy charged, Wh (the energy frame).</param>
        /// <param name="energyDischargedWattHours">Energy discharged, Wh (the energy frame).</param>
        /// <param name="name">The device name.</param>
        /// <param name="advertising">Destination of the advertising data (31 bytes always suffice).</param>
        /// <param name="advertisingOffset">Where to write it.</param>
        /// <param name="advertisingLength">Its length on success, else 0.</param>
        /// <param name="scanResponse">Destination of the scan-response data (31 bytes always suffice).</param>
        /// <param name="scanResponseOffset">Where to write it.</param>
        /// <param name="scanResponseLength">Its length on success, else 0.</param>
        /// <returns><see langword="false"/> when a destination is too small.</returns>
        [MethodImpl(MethodImplOptions.NoInlining)] // the JIT's inlining budget is per root method: this one's inlines need its own
        public static bool TryBuild(
            AdvertisingFormat format,
            ushort companyId,
            LiveSnapshot snapshot,
            BTHomeFrameKind bthomeFrame,
            int energyChargedWattHours,
            int energyDischargedWattHours,
            DeviceName name,
            byte[] advertising,
            int advertisingOffset,
            out int advertisingLength,
            byte[] scanResponse,
            int scanResponseOffset,
            out int scanResponseLength)
        {
            Guard.Offset(advertising, advertisingOffset, "advertising");
            Guard.Offset(scanResponse, scanResponseOffset, "scanResponse");
            CheckName(name);
            advertisingLength = 0;
            scanResponseLength = 0;

            // Sizes and placement once; nothing is written unless both destinations are large enough.
            BTHomeFrame bthome;
            SelectFrame(format, bthomeFrame, ref snapshot, energyChargedWattHours, energyDischargedWattHours, out bthome);
            Layout layout;
            Place(format, name, ref bthome, out layout);
            if (advertising.Length - advertisingOffset < layout.AdvertisingLength || scanResponse.Length - scanResponseOffset < layout.ScanResponseLength)
            {
                return false;
            }

            WritePackets(format, companyId, ref snapshot, name, ref bthome, ref layout, advertising, advertisingOffset, scanResponse, scanResponseOffset);
            advertisingLength = layout.AdvertisingLength;
            scanResponseLength = layout.ScanResponseLength;
            return true;
        }

        /// <summary>
        /// Writes the ordered list of AD structures (Flags, service UUID or BTHome, name, glance) back to back — the input
        /// of a first-fit layout such as nanoFramework's, which then produces the packets of <see cref="TryBuild(AdvertisingFormat, ushort, LiveSnapshot, DeviceName, byte[], int, out int, byte[], int, out int)"/>.
        /// </summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="destination">The buffer (<see cref="MaximumStructuresLength"/> bytes always suffice).</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">The list's length on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryBuildStructures(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, DeviceName name, byte[] destination, int offset, out int bytesWritten)
        {
            return TryBuildStructures(format, companyId, snapshot, BTHomeFrameKind.Measurements, Measurement.NotAvailable, Measurement.NotAvailable, name, destination, offset, out bytesWritten);
        }

        /// <summary>
        /// Writes the ordered list of AD structures with the chosen BTHome frame (spec/bthome.md, "Two frames"): the input
        /// of a first-fit layout that then produces the packets of <see cref="TryBuild(AdvertisingFormat, ushort, LiveSnapshot, BTHomeFrameKind, int, int, DeviceName, byte[], int, out int, byte[], int, out int)"/>.
        /// </summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="bthomeFrame">The BTHome frame to send (BTHome format only); the energy frame needs both totals.</param>
        /// <param name="energyChargedWattHours">Energy charged, Wh.</param>
        /// <param name="energyDischargedWattHours">Energy discharged, Wh.</param>
        /// <param name="name">The device name.</param>
        /// <param name="destination">The buffer (<see cref="MaximumStructuresLength"/> bytes always suffice).</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">The list's length on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryBuildStructures(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, BTHomeFrameKind bthomeFrame, int energyChargedWattHours, int energyDischargedWattHours, DeviceName name, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            CheckName(name);
            bytesWritten = 0;
            BTHomeFrame bthome;
            SelectFrame(format, bthomeFrame, ref snapshot, energyChargedWattHours, energyDischargedWattHours, out bthome);
            int primarySize = PrimarySize(format, ref bthome);
            int nameSize = name.LocalNameStructureSize;
            int total = FlagsSize + primarySize + nameSize + GlanceAdSize;
            if (destination.Length - offset < total)
            {
                return false;
            }

            WriteStructures(format, companyId, ref snapshot, name, ref bthome, primarySize, nameSize, destination, offset);
            bytesWritten = total;
            return true;
        }

        /// <summary>
        /// The first-fit layout (spec/advertising.md, "Packet layout (first fit)") of the ordered list Flags, primary
        /// (service UUID list or BTHome frame), name, glance frame: each structure goes into the advertising packet if it
        /// still fits there, else into the scan response. The only implementation of the rule. Flags and the primary
        /// structure always open the advertising packet (3 + at most 23 bytes), so only the name and the glance frame can
        /// move. The caller has selected <paramref name="bthome"/>, so the frame is converted and sized once.
        /// </summary>
        [MethodImpl(Inlining.Aggressive)]
        private static void Place(AdvertisingFormat format, DeviceName name, ref BTHomeFrame bthome, out Layout layout)
        {
            // Locals first, the struct once at the end: no field's address is taken, so the JIT keeps them in registers.
            int primarySize = PrimarySize(format, ref bthome);
            int inAdvertising = FlagsSize + primarySize;
            int inScanResponse = 0;
            bool nameInScanResponse;
            int nameAt = Put(name.LocalNameStructureSize, ref inAdvertising, ref inScanResponse, out nameInScanResponse);
            bool glanceInScanResponse;
            int glanceAt = Put(GlanceAdSize, ref inAdvertising, ref inScanResponse, out glanceInScanResponse);
            layout.PrimarySize = primarySize;
            layout.NameInScanResponse = nameInScanResponse;
            layout.NameAt = nameAt;
            layout.GlanceInScanResponse = glanceInScanResponse;
            layout.GlanceAt = glanceAt;
            layout.AdvertisingLength = inAdvertising;
            layout.ScanResponseLength = inScanResponse;
        }

        // Places one structure first-fit and returns its offset within the packet it went to.
        [MethodImpl(Inlining.Aggressive)]
        private static int Put(int size, ref int inAdvertising, ref int inScanResponse, out bool toScanResponse)
        {
            toScanResponse = inAdvertising + size > LegacyMaximumLength;
            int at = toScanResponse ? inScanResponse : inAdvertising;
            if (toScanResponse)
            {
                inScanResponse += size;
            }
            else
            {
                inAdvertising += size;
            }

            return at;
        }

        /// <summary>Writes both packets where <see cref="Place"/> put each structure; the caller has checked both destinations.</summary>
        [MethodImpl(Inlining.Aggressive)]
        private static void WritePackets(AdvertisingFormat format, ushort companyId, ref LiveSnapshot snapshot, DeviceName name, ref BTHomeFrame bthome, ref Layout layout, byte[] advertising, int advertisingOffset, byte[] scanResponse, int scanResponseOffset)
        {
            WriteFlags(advertising, advertisingOffset);
            WritePrimary(format, ref bthome, layout.PrimarySize, advertising, advertisingOffset + FlagsSize);
            // The name and the glance frame go where Place put them.
            WriteName(name, layout.NameInScanResponse ? scanResponse : advertising, (layout.NameInScanResponse ? scanResponseOffset : advertisingOffset) + layout.NameAt);
            WriteGlance(companyId, ref snapshot, layout.GlanceInScanResponse ? scanResponse : advertising, (layout.GlanceInScanResponse ? scanResponseOffset : advertisingOffset) + layout.GlanceAt);
        }

        private static int PrimarySize(AdvertisingFormat format, ref BTHomeFrame bthome)
        {
            return format == AdvertisingFormat.BTHome ? BTHomeCodec.SizeOf(ref bthome) : ServiceUuidAdSize;
        }

        /// <summary>
        /// The BTHome frame to send: the energy frame only when asked for and both totals are available. Built in place
        /// from the snapshot's fields, and only for the BTHome format (on nanoFramework every struct copy is an allocation).
        /// </summary>
        [MethodImpl(Inlining.Aggressive)]
        private static void SelectFrame(AdvertisingFormat format, BTHomeFrameKind kind, ref LiveSnapshot snapshot, int energyChargedWattHours, int energyDischargedWattHours, out BTHomeFrame frame)
        {
            if (kind != BTHomeFrameKind.Measurements && kind != BTHomeFrameKind.Energy)
            {
                throw new System.ArgumentOutOfRangeException("kind", "Unknown BTHome frame kind.");
            }

            int n = Measurement.NotAvailable;
            if (format != AdvertisingFormat.BTHome)
            {
                frame = default(BTHomeFrame);
            }
            else if (kind == BTHomeFrameKind.Energy && Measurement.IsAvailable(energyChargedWattHours) && Measurement.IsAvailable(energyDischargedWattHours))
            {
                frame = new BTHomeFrame(n, n, n, n, n, n, energyChargedWattHours, energyDischargedWattHours);
            }
            else
            {
                frame = new BTHomeFrame(snapshot.Sequence, snapshot.StateOfChargeCentipercent, snapshot.TemperatureCentidegrees, snapshot.VoltageMillivolts, snapshot.PowerMilliwatts, snapshot.CurrentMilliamps, n, n);
            }
        }

        private static void CheckName(DeviceName name)
        {
            if (name == null)
            {
                throw new System.ArgumentNullException("name");
            }
        }

        /// <summary>Writes the ordered list back to back (the structure list, and the Span overload's source).</summary>
        private static void WriteStructures(AdvertisingFormat format, ushort companyId, ref LiveSnapshot snapshot, DeviceName name, ref BTHomeFrame bthome, int primarySize, int nameSize, byte[] destination, int offset)
        {
            WriteFlags(destination, offset);
            WritePrimary(format, ref bthome, primarySize, destination, offset + FlagsSize);
            WriteName(name, destination, offset + FlagsSize + primarySize);
            WriteGlance(companyId, ref snapshot, destination, offset + FlagsSize + primarySize + nameSize);
        }

        [MethodImpl(Inlining.Aggressive)]
        private static void WriteFlags(byte[] destination, int offset)
        {
            destination[offset] = 2;
            destination[offset + 1] = AdType.Flags;
            destination[offset + 2] = FlagsValue;
        }

        [MethodImpl(Inlining.Aggressive)]
        private static void WritePrimary(AdvertisingFormat format, ref BTHomeFrame bthome, int size, byte[] destination, int offset)
        {
            if (format == AdvertisingFormat.BTHome)
            {
                BTHomeCodec.Write(ref bthome, size, new WireWriter(destination, offset, size));
            }
            else
            {
                Bytes.Copy(ServiceUuidStructure(), 0, destination, offset, ServiceUuidAdSize);
            }
        }

        [MethodImpl(Inlining.Aggressive)]
        private static void WriteName(DeviceName name, byte[] destination, int offset)
        {
            name.CopyLocalNameStructureTo(destination, offset);
        }

        [MethodImpl(Inlining.Aggressive)]
        private static void WriteGlance(ushort companyId, ref LiveSnapshot snapshot, byte[] destination, int offset)
        {
            destination[offset] = 1 + GlanceFrameCodec.Size;
            destination[offset + 1] = AdType.ManufacturerSpecificData;
            GlanceFrameCodec.Write(companyId, snapshot.Sequence, snapshot.Status, snapshot.VoltageMillivolts, snapshot.CurrentMilliamps, snapshot.StateOfChargeCentipercent, snapshot.TimeToGoMinutes, new WireWriter(destination, offset + 2, GlanceFrameCodec.Size));
        }

        internal static byte[] ServiceUuidStructure()
        {
            // A race between two first callers builds the same bytes twice; either array is correct.
            return s_serviceUuidStructure ?? (s_serviceUuidStructure = BuildServiceUuidStructure());
        }

        private static byte[] BuildServiceUuidStructure()
        {
            byte[] structure = new byte[ServiceUuidAdSize];
            structure[0] = 1 + CydShuntUuids.Size;
            structure[1] = AdType.CompleteServiceUuids128;
            int written;
            CydShuntUuids.TryWriteAirOrder(CydShuntUuids.ServiceShortId, structure, 2, out written);
            return structure;
        }

        /// <summary>Where <see cref="Place"/> put each structure (Flags always at 0 in the advertising packet) and how long each packet is.</summary>
        private struct Layout
        {
            public int PrimarySize;
            public bool NameInScanResponse;
            public int NameAt;
            public bool GlanceInScanResponse;
            public int GlanceAt;
            public int AdvertisingLength;
            public int ScanResponseLength;
        }
    }
}

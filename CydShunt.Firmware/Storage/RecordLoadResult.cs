namespace CydShunt.Firmware.Storage
{
    /// <summary>The outcome of <see cref="RecordStore.Load"/>: the payload (if any) and exactly what was found.</summary>
    public sealed class RecordLoadResult
    {
        internal RecordLoadResult(
            RecordKind kind,
            RecordLoadStatus status,
            byte[]? payload,
            uint sequence,
            int slot,
            SlotState slotA,
            SlotState slotB,
            int rejectReason)
        {
            Kind = kind;
            Status = status;
            Payload = payload;
            Sequence = sequence;
            Slot = slot;
            SlotA = slotA;
            SlotB = slotB;
            RejectReason = rejectReason;
        }

        /// <summary>The record kind that was loaded.</summary>
        public RecordKind Kind { get; }

        /// <summary>What happened.</summary>
        public RecordLoadStatus Status { get; }

        /// <summary>The loaded payload (exactly its bytes), or <see langword="null"/> when the caller must use its defaults.</summary>
        public byte[]? Payload { get; }

        /// <summary>Sequence number of the loaded record (0 when none was loaded).</summary>
        public uint Sequence { get; }

        /// <summary>Slot the record came from: 0 for A, 1 for B, −1 when none was loaded.</summary>
        public int Slot { get; }

        /// <summary>What slot A held.</summary>
        public SlotState SlotA { get; }

        /// <summary>What slot B held.</summary>
        public SlotState SlotB { get; }

        /// <summary>The validator's reason code for the newest rejected payload (see <see cref="PayloadValidator"/>), else 0.</summary>
        public int RejectReason { get; }

        /// <summary>Whether a payload was loaded (<see cref="Payload"/> is set).</summary>
        public bool HasPayload
        {
            get { return Payload != null; }
        }

        /// <summary>
        /// Whether stored data existed but was lost, so defaults replaced it: the screen should say "settings reset"
        /// (or "battery state reset"). False for a first boot (<see cref="RecordLoadStatus.NoData"/>).
        /// </summary>
        public bool DefaultsReplacedStoredData
        {
            get { return Payload == null && Status != RecordLoadStatus.NoData; }
        }
    }
}

using System;
using System.IO;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// Crash-safe storage of one record per <see cref="RecordKind"/> in two slot files, A and B (README.md).
    /// Each slot holds a complete record with a sequence number and a CRC-32; loading takes the newest slot whose
    /// record is intact and whose payload the kind's validator accepts. Saving always writes the <em>other</em> slot,
    /// never the one holding the record a load would return, and reads it back. So a power cut or a failed write at
    /// any byte leaves the previous record untouched, and the next load returns either the previous or the new
    /// record, never a mix. Nothing relies on an atomic write or rename.
    /// <para>
    /// Not thread-safe: call it from one thread (the firmware's main loop). Saves reuse one buffer; the port's
    /// <see cref="IPersistentStorage.ReadAll"/> allocates the bytes it returns (loads and the read-back after a save).
    /// </para>
    /// </summary>
    public sealed class RecordStore
    {
        /// <summary>Largest record kind id the store accepts.</summary>
        public const int MaximumKind = 15;

        /// <summary>Bytes a slot file takes beyond its payload (the header).</summary>
        public const int RecordOverhead = RecordFormat.HeaderLength;

        private const sbyte NotScanned = -2;
        private const sbyte NoSlot = -1;

        private static readonly string[] s_slotNames = BuildSlotNames();

        private readonly IPersistentStorage _storage;
        private readonly byte[] _buffer;

        // Per kind: the slot holding the record a load returns (never written), and the highest sequence number seen.
        private readonly sbyte[] _protectedSlot = new sbyte[MaximumKind + 1];
        private readonly sbyte[] _failedSlot = new sbyte[MaximumKind + 1];
        private readonly uint[] _lastSequence = new uint[MaximumKind + 1];
        private readonly bool[] _hasSequence = new bool[MaximumKind + 1];

        /// <summary>Creates a store over <paramref name="storage"/>.</summary>
        /// <param name="storage">The persistent storage port.</param>
        /// <param name="maximumPayloadLength">Largest payload any kind will save, in bytes (1..65535); sizes the write buffer.</param>
        public RecordStore(IPersistentStorage storage, int maximumPayloadLength)
        {
            if (storage == null)
            {
                throw new ArgumentNullException(nameof(storage));
            }

            if (maximumPayloadLength < 1 || maximumPayloadLength > RecordFormat.MaximumPayloadLength)
            {
                throw new ArgumentOutOfRangeException(nameof(maximumPayloadLength));
            }

            _storage = storage;
            MaximumPayloadLength = maximumPayloadLength;
            _buffer = new byte[RecordFormat.HeaderLength + maximumPayloadLength];
            for (int i = 0; i < _protectedSlot.Length; i++)
            {
                _protectedSlot[i] = NotScanned;
                _failedSlot[i] = NoSlot;
            }
        }

        /// <summary>Largest payload <see cref="Save"/> accepts, in bytes.</summary>
        public int MaximumPayloadLength { get; }

        /// <summary>
        /// The last storage failure in words (slot name and the port's message), or <see langword="null"/> when none
        /// happened; also set when a save had to fall back to the slot holding the current record.
        /// </summary>
        public string? LastFailure { get; private set; }

        /// <summary>The blob name of a slot, e.g. "settings-battery.a".</summary>
        /// <param name="kind">The record kind.</param>
        /// <param name="slot">0 for slot A, 1 for slot B.</param>
        /// <returns>The name passed to <see cref="IPersistentStorage"/>.</returns>
        public static string SlotName(RecordKind kind, int slot)
        {
            CheckKind(kind);
            if (slot < 0 || slot > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(slot));
            }

            return s_slotNames[((int)kind * 2) + slot];
        }

        /// <summary>
        /// Loads the newest usable record of <paramref name="kind"/> and reports what was found. Never throws for
        /// bad data or storage errors: they are part of the result.
        /// </summary>
        /// <param name="kind">The record kind.</param>
        /// <param name="validator">Judges the payload of each intact record, or <see langword="null"/> to accept any intact record.</param>
        /// <returns>The payload (or none: use defaults) and the status.</returns>
        public RecordLoadResult Load(RecordKind kind, PayloadValidator? validator)
        {
            CheckKind(kind);
            SlotState stateA = ReadSlot(kind, 0, validator, out byte[]? recordA, out uint sequenceA, out int lengthA, out int reasonA);
            SlotState stateB = ReadSlot(kind, 1, validator, out byte[]? recordB, out uint sequenceB, out int lengthB, out int reasonB);
            Remember(kind, stateA, sequenceA, stateB, sequenceB);

            int chosen = NoSlot;
            if (stateA == SlotState.Valid && (stateB != SlotState.Valid || !RecordFormat.IsNewer(sequenceB, sequenceA)))
            {
                chosen = 0;
            }
            else if (stateB == SlotState.Valid)
            {
                chosen = 1;
            }

            if (chosen != NoSlot)
            {
                byte[] record = chosen == 0 ? recordA! : recordB!;
                int length = chosen == 0 ? lengthA : lengthB;
                uint sequence = chosen == 0 ? sequenceA : sequenceB;
                SlotState other = chosen == 0 ? stateB : stateA;
                uint otherSequence = chosen == 0 ? sequenceB : sequenceA;
                int otherReason = chosen == 0 ? reasonB : reasonA;
                byte[] payload = new byte[length];
                Array.Copy(record, RecordFormat.HeaderLength, payload, 0, length);
                _protectedSlot[(int)kind] = (sbyte)chosen;

                RecordLoadStatus status = RecordLoadStatus.Loaded;
                int reason = 0;
                if (other == SlotState.Corrupt || other == SlotState.ReadFailed)
                {
                    status = RecordLoadStatus.CorruptFellBackToOtherSlot;
                }
                else if ((other == SlotState.UnknownVersion || other == SlotState.Invalid) && RecordFormat.IsNewer(otherSequence, sequence))
                {
                    status = RecordLoadStatus.RejectedFellBackToOtherSlot;
                    reason = otherReason;
                }

                return new RecordLoadResult(kind, status, payload, sequence, chosen, stateA, stateB, reason);
            }

            _protectedSlot[(int)kind] = (sbyte)NewestIntactSlot(stateA, sequenceA, stateB, sequenceB);
            return new RecordLoadResult(
                kind,
                StatusWithoutRecord(stateA, sequenceA, reasonA, stateB, sequenceB, reasonB, out int rejectReason),
                null,
                0,
                NoSlot,
                stateA,
                stateB,
                rejectReason);
        }

        /// <summary>
        /// Saves a payload as the newest record of <paramref name="kind"/>: writes it to the slot that does not hold
        /// the current record and reads it back. On failure the previous record is untouched and still loads.
        /// The store does not judge the payload; validate it before saving (see <see cref="SettingsRepository"/>).
        /// </summary>
        /// <param name="kind">The record kind.</param>
        /// <param name="payload">Buffer holding the payload.</param>
        /// <param name="offset">Where the payload starts.</param>
        /// <param name="count">Payload length, 0..<see cref="MaximumPayloadLength"/>.</param>
        /// <returns>The outcome.</returns>
        public RecordSaveStatus Save(RecordKind kind, byte[] payload, int offset, int count)
        {
            CheckKind(kind);
            if (payload == null)
            {
                throw new ArgumentNullException(nameof(payload));
            }

            if (offset < 0 || offset > payload.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }

            if (count < 0 || count > payload.Length - offset || count > MaximumPayloadLength)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "payload longer than the buffer or than the store's maximum payload length");
            }

            int k = (int)kind;
            if (_protectedSlot[k] == NotScanned)
            {
                Load(kind, null);
            }

            int target = _protectedSlot[k] == 1 ? 0 : 1;
            if (_protectedSlot[k] == NoSlot)
            {
                target = 0;
            }

            uint sequence = _hasSequence[k] ? _lastSequence[k] + 1 : 1;
            int length = RecordFormat.Build(_buffer, kind, sequence, payload, offset, count);
            string name = s_slotNames[(k * 2) + target];
            if (!TryWrite(name, length))
            {
                // The first failure of a slot is reported and the current record stays untouched. When the same slot
                // fails again on the next save (something occupies its name, a worn-out block), write the other slot
                // rather than never saving again, even though it holds the current record: redundancy is lost until
                // the broken slot works again, and a power cut during that write can lose the record. With no record
                // stored yet, the other slot is free and is used at once.
                int other = 1 - target;
                bool otherFree = _protectedSlot[k] == NoSlot;
                bool failedBefore = _failedSlot[k] == (sbyte)target;
                _failedSlot[k] = (sbyte)target;
                if (!otherFree && !failedBefore)
                {
                    return RecordSaveStatus.WriteFailed;
                }

                string otherName = s_slotNames[(k * 2) + other];
                string unwritable = LastFailure ?? name;
                if (!TryWrite(otherName, length))
                {
                    LastFailure = unwritable + "; then " + LastFailure;
                    return RecordSaveStatus.WriteFailed;
                }

                LastFailure = unwritable + "; saved in " + otherName + " instead";
                target = other;
                name = otherName;
            }
            else
            {
                _failedSlot[k] = NoSlot;
            }

            if (!ReadsBack(name, length))
            {
                return RecordSaveStatus.VerifyFailed;
            }

            _protectedSlot[k] = (sbyte)target;
            _lastSequence[k] = sequence;
            _hasSequence[k] = true;
            return RecordSaveStatus.Saved;
        }

        /// <summary>Deletes both slots of <paramref name="kind"/> (factory reset); the next load reports <see cref="RecordLoadStatus.NoData"/>.</summary>
        /// <param name="kind">The record kind.</param>
        /// <returns><see langword="false"/> when the storage reported an error (some data may remain).</returns>
        public bool Erase(RecordKind kind)
        {
            CheckKind(kind);
            int k = (int)kind;
            _protectedSlot[k] = NotScanned;
            try
            {
                // Delete B first: if A survives a cut, it is still a complete record.
                _storage.Delete(s_slotNames[(k * 2) + 1]);
                _storage.Delete(s_slotNames[k * 2]);
                return true;
            }
            catch (IOException e)
            {
                LastFailure = "erase: " + e.Message;
                return false;
            }
        }

        // Storage failures are IOExceptions by the port's contract; anything else is a bug and is not hidden.
        private bool TryWrite(string name, int length)
        {
            try
            {
                _storage.Write(name, _buffer, 0, length);
                return true;
            }
            catch (IOException e)
            {
                LastFailure = name + ": " + e.Message;
                return false;
            }
        }

        private bool ReadsBack(string name, int length)
        {
            byte[] stored;
            try
            {
                stored = _storage.ReadAll(name);
            }
            catch (IOException e)
            {
                LastFailure = name + " did not read back: " + e.Message;
                return false;
            }

            if (stored.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (stored[i] != _buffer[i])
                {
                    return false;
                }
            }

            return true;
        }

        private SlotState ReadSlot(RecordKind kind, int slot, PayloadValidator? validator, out byte[]? record, out uint sequence, out int payloadLength, out int reason)
        {
            record = null;
            sequence = 0;
            payloadLength = 0;
            reason = 0;
            string name = s_slotNames[((int)kind * 2) + slot];
            try
            {
                if (!_storage.Exists(name))
                {
                    return SlotState.Empty;
                }

                record = _storage.ReadAll(name);
            }
            catch (IOException e)
            {
                LastFailure = s_slotNames[((int)kind * 2) + slot] + ": " + e.Message;
                return SlotState.ReadFailed;
            }

            SlotState state = RecordFormat.Check(record, kind, out sequence, out payloadLength);
            if (state != SlotState.Valid || validator == null)
            {
                return state;
            }

            PayloadVerdict verdict = validator(record, RecordFormat.HeaderLength, payloadLength, out reason);
            if (verdict == PayloadVerdict.Valid)
            {
                reason = 0;
                return SlotState.Valid;
            }

            return verdict == PayloadVerdict.UnknownVersion ? SlotState.UnknownVersion : SlotState.Invalid;
        }

        private void Remember(RecordKind kind, SlotState stateA, uint sequenceA, SlotState stateB, uint sequenceB)
        {
            // The next sequence number must beat every intact record, even the ones that were rejected, so that a new
            // save always wins over them.
            int k = (int)kind;
            bool intactA = IsIntact(stateA);
            bool intactB = IsIntact(stateB);
            _hasSequence[k] = intactA || intactB;
            if (intactA && (!intactB || !RecordFormat.IsNewer(sequenceB, sequenceA)))
            {
                _lastSequence[k] = sequenceA;
            }
            else if (intactB)
            {
                _lastSequence[k] = sequenceB;
            }
        }

        private static int NewestIntactSlot(SlotState stateA, uint sequenceA, SlotState stateB, uint sequenceB)
        {
            // No usable record: keep the newest intact one (e.g. from a newer firmware) and write over the other slot.
            bool intactA = IsIntact(stateA);
            bool intactB = IsIntact(stateB);
            if (intactA && (!intactB || !RecordFormat.IsNewer(sequenceB, sequenceA)))
            {
                return 0;
            }

            return intactB ? 1 : NoSlot;
        }

        private static RecordLoadStatus StatusWithoutRecord(
            SlotState stateA,
            uint sequenceA,
            int reasonA,
            SlotState stateB,
            uint sequenceB,
            int reasonB,
            out int rejectReason)
        {
            rejectReason = 0;
            int newest = NewestIntactSlot(stateA, sequenceA, stateB, sequenceB);
            if (newest != NoSlot)
            {
                SlotState state = newest == 0 ? stateA : stateB;
                rejectReason = newest == 0 ? reasonA : reasonB;
                return state == SlotState.UnknownVersion ? RecordLoadStatus.UnknownVersionUsedDefaults : RecordLoadStatus.InvalidUsedDefaults;
            }

            if (stateA == SlotState.Corrupt || stateB == SlotState.Corrupt)
            {
                return RecordLoadStatus.CorruptUsedDefaults;
            }

            if (stateA == SlotState.ReadFailed || stateB == SlotState.ReadFailed)
            {
                return RecordLoadStatus.ReadFailedUsedDefaults;
            }

            return RecordLoadStatus.NoData;
        }

        private static bool IsIntact(SlotState state)
        {
            return state == SlotState.Valid || state == SlotState.UnknownVersion || state == SlotState.Invalid;
        }

        private static void CheckKind(RecordKind kind)
        {
            if ((int)kind < 1 || (int)kind > MaximumKind)
            {
                throw new ArgumentOutOfRangeException(nameof(kind));
            }
        }

        private static string[] BuildSlotNames()
        {
            string[] names = new string[(MaximumKind + 1) * 2];
            for (int k = 1; k <= MaximumKind; k++)
            {
                string stem = StemOf((RecordKind)k);
                names[k * 2] = stem + ".a";
                names[(k * 2) + 1] = stem + ".b";
            }

            return names;
        }

        private static string StemOf(RecordKind kind)
        {
            switch (kind)
            {
                case RecordKind.SettingsBattery:
                    return "settings-battery";
                case RecordKind.SettingsShunt:
                    return "settings-shunt";
                case RecordKind.SettingsIntegration:
                    return "settings-integration";
                case RecordKind.BatteryState:
                    return "battery-state";
                case RecordKind.SettingsBle:
                    return "settings-ble";
                case RecordKind.SettingsTouch:
                    return "settings-touch";
                case RecordKind.SettingsDisplay:
                    return "settings-display";
                case RecordKind.RestartNote:
                    return "restart-note";
                default:
                    int k = (int)kind;
                    return "record-" + (char)('0' + (k / 10)) + (char)('0' + (k % 10));
            }
        }
    }
}

namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// Named blobs on non-volatile storage. On the ESP32 each blob is a file on the internal littlefs drive
    /// (<c>I:\</c>) and every member maps to one <c>System.IO.File</c>/<c>FileStream</c> call, with no logic in the
    /// adapter. The port promises nothing about atomicity: a write that is cut by a power loss may leave the blob
    /// empty, partly written, or with erased/garbage bytes. Crash safety is built on top of it by
    /// <see cref="CydShunt.Firmware.Storage.RecordStore"/>, which never relies on an atomic write or rename.
    /// Storage failures are reported as <c>System.IO.IOException</c> (or a subclass such as
    /// <c>FileNotFoundException</c>), and only so: an adapter translates whatever else its platform throws for a storage
    /// failure (e.g. <c>UnauthorizedAccessException</c> when a directory occupies a blob's name) into an
    /// <c>IOException</c>. Callers catch <c>IOException</c> only; any other exception is a bug and propagates.
    /// </summary>
    public interface IPersistentStorage
    {
        /// <summary>Whether a blob called <paramref name="name"/> exists (it may be empty or damaged).</summary>
        /// <param name="name">Blob name: lower-case letters, digits, '-' and '.', no path separators.</param>
        /// <returns><see langword="true"/> when the blob exists.</returns>
        bool Exists(string name);

        /// <summary>Reads a whole blob into a new array. Throws when the blob is missing or cannot be read.</summary>
        /// <param name="name">Blob name.</param>
        /// <returns>The blob's bytes (possibly empty).</returns>
        byte[] ReadAll(string name);

        /// <summary>
        /// Replaces the blob's content with <paramref name="count"/> bytes of <paramref name="data"/> from
        /// <paramref name="offset"/>, creating the blob if needed (<c>FileMode.Create</c>). Returns when the bytes
        /// have been handed to the file system and the file is closed. Not atomic.
        /// </summary>
        /// <param name="name">Blob name.</param>
        /// <param name="data">Source buffer.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="count">Number of bytes to write.</param>
        void Write(string name, byte[] data, int offset, int count);

        /// <summary>Deletes the blob if it exists.</summary>
        /// <param name="name">Blob name.</param>
        void Delete(string name);
    }
}

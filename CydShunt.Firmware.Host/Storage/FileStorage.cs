using System;
using System.IO;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Storage;

/// <summary>
/// <see cref="IPersistentStorage"/> over a folder on the PC's disk: one file per blob, like the ESP32's littlefs
/// adapter, so a simulator run keeps its settings and battery state between runs. Like the device, it promises no
/// atomicity (RecordStore's two-slot records provide the crash safety).
/// </summary>
public sealed class FileStorage : IPersistentStorage
{
    private readonly string _folder;

    /// <summary>Stores blobs in <paramref name="folder"/>, creating it when it does not exist.</summary>
    /// <param name="folder">The folder, absolute or relative to the working directory.</param>
    public FileStorage(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The folder's full path.</summary>
    public string Folder => _folder;

    /// <inheritdoc/>
    public bool Exists(string name) => File.Exists(PathOf(name));

    /// <inheritdoc/>
    public byte[] ReadAll(string name) => File.ReadAllBytes(PathOf(name));

    /// <inheritdoc/>
    public void Write(string name, byte[] data, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, data.Length - offset);
        using var stream = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write);
        stream.Write(data, offset, count);
        stream.Flush(flushToDisk: true);
    }

    /// <inheritdoc/>
    public void Delete(string name) => File.Delete(PathOf(name));

    // Blob names are flat (the port's contract): a name that would leave the folder is a caller bug, not a path.
    private string PathOf(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (char c in name)
        {
            bool allowed = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.';
            if (!allowed)
            {
                throw new ArgumentException("Blob name '" + name + "' has a character outside [a-z0-9.-].", nameof(name));
            }
        }

        if (name == "." || name == "..")
        {
            throw new ArgumentException("Blob name '" + name + "' is not a file name.", nameof(name));
        }

        return Path.Combine(_folder, name);
    }
}

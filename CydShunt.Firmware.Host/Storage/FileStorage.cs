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
    public byte[] ReadAll(string name)
    {
        string path = PathOf(name);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException e)
        {
            throw AsStorageFailure("cannot read", path, e);
        }
    }

    /// <inheritdoc/>
    public void Write(string name, byte[] data, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, data.Length - offset);
        string path = PathOf(name);
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
            stream.Write(data, offset, count);
            stream.Flush(flushToDisk: true);
        }
        catch (UnauthorizedAccessException e)
        {
            throw AsStorageFailure("cannot write", path, e);
        }
    }

    /// <inheritdoc/>
    public void Delete(string name)
    {
        string path = PathOf(name);
        try
        {
            File.Delete(path);
        }
        catch (UnauthorizedAccessException e)
        {
            throw AsStorageFailure("cannot delete", path, e);
        }
    }

    // The port reports storage failures as IOException only (IPersistentStorage): .NET says "access denied" for a
    // read-only file or a directory in the blob's place, which is the same kind of failure.
    private static IOException AsStorageFailure(string what, string path, UnauthorizedAccessException e) =>
        new(what + " " + path + (Directory.Exists(path) ? " (a directory has the blob's name)" : string.Empty) + ": " + e.Message, e);

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

using System.IO;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="IPersistentStorage"/> over nanoFramework's System.IO.FileSystem: one file per blob in a folder on the
    /// internal littlefs drive (e.g. <c>I:\</c>). Each member is one file-system call; all crash safety lives in
    /// RecordStore, which does not need an atomic rename (nanoFramework's File.Move refuses an existing destination
    /// and may fall back to copy + delete).
    /// </summary>
    public sealed class FilePersistentStorage : IPersistentStorage
    {
        private readonly string _folder;

        /// <summary>Stores blobs as files in <paramref name="folder"/>, which must exist and end with a separator (e.g. <c>"I:\\"</c>).</summary>
        /// <param name="folder">The folder.</param>
        public FilePersistentStorage(string folder)
        {
            _folder = folder;
        }

        /// <inheritdoc/>
        public bool Exists(string name)
        {
            return File.Exists(_folder + name);
        }

        /// <inheritdoc/>
        public byte[] ReadAll(string name)
        {
            return File.ReadAllBytes(_folder + name);
        }

        /// <inheritdoc/>
        public void Write(string name, byte[] data, int offset, int count)
        {
            using (FileStream stream = new FileStream(_folder + name, FileMode.Create, FileAccess.Write))
            {
                stream.Write(data, offset, count);
                stream.Flush();
            }
        }

        /// <inheritdoc/>
        public void Delete(string name)
        {
            File.Delete(_folder + name);
        }
    }
}

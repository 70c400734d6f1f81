using System;
using System.Collections;
using CydShunt.Firmware.Platform;

namespace CydShunt.DeviceTests.Scenario
{
    /// <summary>Repeatable "random" numbers: a fixed linear congruential sequence, identical on every runtime.</summary>
    public sealed class ScenarioRandom : IRandomSource
    {
        private uint _state = 12345;

        /// <inheritdoc/>
        public int Next(int maximumExclusive)
        {
            _state = unchecked((_state * 1103515245) + 12345);
            return (int)((_state >> 8) % (uint)maximumExclusive);
        }
    }

    /// <summary>Blobs in memory (a handful of names: parallel lists, no hash table, mscorlib only).</summary>
    public sealed class ScenarioStorage : IPersistentStorage
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _blobs = new ArrayList();

        /// <summary>Bytes written so far.</summary>
        public int BytesWritten { get; private set; }

        /// <inheritdoc/>
        public bool Exists(string name)
        {
            return _names.IndexOf(name) >= 0;
        }

        /// <inheritdoc/>
        public byte[] ReadAll(string name)
        {
            int index = _names.IndexOf(name);
            if (index < 0)
            {
                throw new System.IO.IOException("no blob " + name);
            }

            byte[] blob = (byte[])_blobs[index]!;
            byte[] copy = new byte[blob.Length];
            Array.Copy(blob, copy, blob.Length);
            return copy;
        }

        /// <inheritdoc/>
        public void Write(string name, byte[] data, int offset, int count)
        {
            byte[] blob = new byte[count];
            Array.Copy(data, offset, blob, 0, count);
            BytesWritten += count;
            int index = _names.IndexOf(name);
            if (index < 0)
            {
                _names.Add(name);
                _blobs.Add(blob);
            }
            else
            {
                _blobs[index] = blob;
            }
        }

        /// <inheritdoc/>
        public void Delete(string name)
        {
            int index = _names.IndexOf(name);
            if (index >= 0)
            {
                _names.RemoveAt(index);
                _blobs.RemoveAt(index);
            }
        }
    }

    /// <summary>The VE.Direct UART: everything written goes into the digest; nothing is received.</summary>
    public sealed class ScenarioSerialPort : ISerialPort
    {
        private readonly ScenarioDigest _digest;

        /// <summary>Creates the port.</summary>
        /// <param name="digest">Receives the written bytes.</param>
        public ScenarioSerialPort(ScenarioDigest digest)
        {
            _digest = digest;
        }

        /// <summary>Bytes written so far.</summary>
        public int BytesWritten { get; private set; }

        /// <inheritdoc/>
        public int Read(byte[] buffer, int offset, int count)
        {
            return 0;
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            BytesWritten += count;
            _digest.Add('V', 0, buffer, offset, count);
        }
    }

    /// <summary>The screen's passkey: what it shows goes into the digest (the scripted central arrives bonded, so nothing should).</summary>
    public sealed class ScenarioPasskeyDisplay : IPasskeyDisplay
    {
        private readonly ScenarioDigest _digest;
        private readonly byte[] _passkey = new byte[3];

        /// <summary>Creates the display.</summary>
        /// <param name="digest">Receives every passkey shown.</param>
        public ScenarioPasskeyDisplay(ScenarioDigest digest)
        {
            _digest = digest;
        }

        /// <inheritdoc/>
        public void ShowPasskey(int passkey)
        {
            _passkey[0] = (byte)passkey;
            _passkey[1] = (byte)(passkey >> 8);
            _passkey[2] = (byte)(passkey >> 16);
            _digest.Add('P', 0, _passkey, 0, _passkey.Length);
        }

        /// <inheritdoc/>
        public void HidePasskey()
        {
            _digest.Add('P', 1, _passkey, 0, 0);
        }
    }

    /// <summary>The device restart: the scripted hour never needs one, so a restart goes into the digest and fails it.</summary>
    public sealed class ScenarioDeviceRestart : IDeviceRestart
    {
        private readonly ScenarioDigest _digest;
        private readonly byte[] _reason = new byte[1];

        /// <summary>Creates the port.</summary>
        /// <param name="digest">Receives every restart.</param>
        public ScenarioDeviceRestart(ScenarioDigest digest)
        {
            _digest = digest;
        }

        /// <inheritdoc/>
        public void Restart(RestartReason reason)
        {
            _reason[0] = (byte)reason;
            _digest.Add('X', 0, _reason, 0, 1);
        }
    }
}

using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Provides the shunt's serial number (VE.Direct SER#): "CYD" and 8 hex digits drawn once from the
    /// hardware RNG and kept in the blob <see cref="BlobName"/> on internal flash.
    /// </summary>
    /// <remarks>
    /// The natural source, the ESP32's factory MAC address, is not exposed by the packages this firmware uses:
    /// nanoFramework.Hardware.Esp32 1.6.x has no chip-id or MAC API, and Device.Bluetooth 1.1.123 has no local-address
    /// API. Only System.Net's NetworkInterface gives a MAC, which would pull in the networking stack for one string.
    /// So the number is random and stored: stable across reboots and firmware updates, new after a flash erase. It is
    /// drawn before the radio starts, when ESP-IDF does not promise full entropy; the 32 bits still make a collision
    /// between one user's shunts unlikely, and nothing relies on uniqueness.
    /// </remarks>
    public static class DeviceSerialNumber
    {
        /// <summary>Blob that holds the serial number as ASCII text (not a RecordStore name).</summary>
        public const string BlobName = "serial-number.txt";

        private const string Prefix = "CYD";
        private const int HexDigits = 8;

        /// <summary>Reads the stored serial number, or draws and stores a new one.</summary>
        /// <param name="storage">Internal flash.</param>
        /// <param name="random">The hardware RNG.</param>
        /// <param name="problem">What went wrong reading or storing it (for the boot log), or <see langword="null"/>.</param>
        /// <returns>The serial number; valid for this boot even if storing it failed.</returns>
        public static string GetOrCreate(IPersistentStorage storage, IRandomSource random, out string? problem)
        {
            problem = null;
            try
            {
                if (storage.Exists(BlobName))
                {
                    byte[] stored = storage.ReadAll(BlobName);
                    if (IsValid(stored))
                    {
                        return ToText(stored);
                    }
                }
            }
            catch (Exception exception)
            {
                problem = "reading the serial number failed (" + exception.GetType().Name + "), a new one is drawn";
            }

            byte[] created = Create(random);
            try
            {
                storage.Write(BlobName, created, 0, created.Length);
            }
            catch (Exception exception)
            {
                problem = "storing the serial number failed (" + exception.GetType().Name + "), a new one is drawn at the next boot";
            }

            return ToText(created);
        }

        private static byte[] Create(IRandomSource random)
        {
            byte[] text = new byte[Prefix.Length + HexDigits];
            for (int i = 0; i < Prefix.Length; i++)
            {
                text[i] = (byte)Prefix[i];
            }

            for (int i = Prefix.Length; i < text.Length; i++)
            {
                int digit = random.Next(16);
                text[i] = (byte)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            }

            return text;
        }

        private static bool IsValid(byte[] text)
        {
            if (text.Length != Prefix.Length + HexDigits)
            {
                return false;
            }

            for (int i = 0; i < Prefix.Length; i++)
            {
                if (text[i] != (byte)Prefix[i])
                {
                    return false;
                }
            }

            for (int i = Prefix.Length; i < text.Length; i++)
            {
                byte c = text[i];
                if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return true;
        }

        private static string ToText(byte[] text)
        {
            char[] chars = new char[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                chars[i] = (char)text[i];
            }

            return new string(chars);
        }
    }
}

using System;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="IRandomSource"/> over <c>System.Random</c>. On the ESP32 nanoFramework implements Random natively with
    /// the hardware RNG (<c>esp_random()</c>, nf-interpreter <c>targets/ESP32/_nanoCLR/targetRandom.cpp</c>) and ignores
    /// any seed, so there is nothing to seed. ESP-IDF documents <c>esp_random</c> as truly random while the radio (BLE)
    /// is on; the passkeys this serves are drawn while BLE runs.
    /// </summary>
    public sealed class Esp32RandomSource : IRandomSource
    {
        private readonly Random _random = new Random();

        /// <inheritdoc/>
        /// <remarks>
        /// Native <c>Next(max)</c> is <c>esp_random() % max</c>: a modulo bias below 0.03 % for a passkey range of 10^6
        /// out of 2^32, which is negligible for a 6-digit passkey.
        /// </remarks>
        public int Next(int maximumExclusive)
        {
            if (maximumExclusive <= 0)
            {
                throw new ArgumentOutOfRangeException("maximumExclusive", "The upper bound must be greater than 0.");
            }

            return _random.Next(maximumExclusive);
        }
    }
}

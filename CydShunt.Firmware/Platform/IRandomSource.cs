namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// Unpredictable numbers, e.g. for pairing passkeys. On the ESP32 back it with the hardware RNG
    /// (<c>esp_random</c>); whether nanoFramework's <c>System.Random</c> uses it is not verified.
    /// </summary>
    public interface IRandomSource
    {
        /// <summary>Returns a uniformly distributed integer in [0, <paramref name="maximumExclusive"/>).</summary>
        /// <param name="maximumExclusive">Upper bound, greater than 0.</param>
        /// <returns>The number.</returns>
        int Next(int maximumExclusive);
    }
}

using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Tracks the passkey pairing: draws a fresh passkey per pairing, remembers what the screen should show, and counts
    /// the pairings that ended. Not thread-safe: see the locking rule in <see cref="BleTelemetryService"/>.
    /// </summary>
    internal sealed class PairingSession
    {
        /// <summary>The value <see cref="TryTakeDisplayChange"/> reports when the passkey is to be hidden.</summary>
        public const int NoPasskey = -1;

        // A six-digit passkey, 000000..999999.
        private const int PasskeyRange = 1000000;

        private readonly IRandomSource _random;
        private int _passkey = NoPasskey;
        private bool _passkeyChanged;
        private int _pairingsCompleted;
        private bool _lastPairingSucceeded;

        /// <summary>Creates the session.</summary>
        /// <param name="random">Source of passkeys.</param>
        public PairingSession(IRandomSource random)
        {
            _random = random;
        }

        /// <summary>Pairings that ended (successfully or not) since boot.</summary>
        public int PairingsCompleted
        {
            get { return _pairingsCompleted; }
        }

        /// <summary>Whether the last pairing that ended succeeded.</summary>
        public bool LastPairingSucceeded
        {
            get { return _lastPairingSucceeded; }
        }

        /// <summary>The stack asks for a passkey: draws a new one, to be shown.</summary>
        /// <returns>The passkey, 0..999999.</returns>
        public int NewPasskey()
        {
            _passkey = _random.Next(PasskeyRange);
            _passkeyChanged = true;
            return _passkey;
        }

        /// <summary>A pairing ended: counts it and hides the passkey.</summary>
        /// <param name="success">Whether it succeeded.</param>
        public void Completed(bool success)
        {
            _pairingsCompleted++;
            _lastPairingSucceeded = success;
            HidePasskey();
        }

        /// <summary>Hides a shown passkey (pairing ended or the central left).</summary>
        public void HidePasskey()
        {
            if (_passkey != NoPasskey)
            {
                _passkey = NoPasskey;
                _passkeyChanged = true;
            }
        }

        /// <summary>Takes a change the screen has not seen yet.</summary>
        /// <param name="passkey">The passkey to show, or <see cref="NoPasskey"/> to hide it.</param>
        /// <returns>Whether there was a change.</returns>
        public bool TryTakeDisplayChange(out int passkey)
        {
            passkey = _passkey;
            if (!_passkeyChanged)
            {
                return false;
            }

            _passkeyChanged = false;
            return true;
        }
    }
}

using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Records which characteristics the connected central has subscribed to (its CCCDs) and whether those
    /// subscriptions keep the link alive. Not thread-safe: see the locking rule in <see cref="BleTelemetryService"/>.
    /// </summary>
    internal sealed class Subscriptions
    {
        private readonly bool[] _subscribed = new bool[CydShuntGattTable.CharacteristicCount];

        /// <summary>Whether <paramref name="index"/> names a characteristic with a CCCD.</summary>
        /// <param name="index">Characteristic index.</param>
        /// <returns><see langword="true"/> for a notifying or indicating characteristic.</returns>
        public static bool HasClientConfiguration(int index)
        {
            return index >= 0 && index < CydShuntGattTable.CharacteristicCount && CydShuntGattTable.GetProtocolCharacteristic(index).HasClientConfiguration;
        }

        /// <summary>Whether the central subscribed to <paramref name="index"/>.</summary>
        /// <param name="index">Characteristic index.</param>
        /// <returns>The CCCD's state.</returns>
        public bool IsSubscribed(int index)
        {
            return _subscribed[index];
        }

        /// <summary>Records a CCCD write.</summary>
        /// <param name="index">Characteristic index (one with a CCCD).</param>
        /// <param name="subscribed">Notifications or indications enabled.</param>
        public void Set(int index, bool subscribed)
        {
            _subscribed[index] = subscribed;
        }

        /// <summary>Forgets every subscription (the link ended).</summary>
        public void Clear()
        {
            for (int i = 0; i < _subscribed.Length; i++)
            {
                _subscribed[i] = false;
            }
        }

        /// <summary>Whether any characteristic other than the control point is subscribed.</summary>
        /// <returns><see langword="true"/> when notifications are wanted.</returns>
        public bool AnyNotification()
        {
            for (int i = 0; i < _subscribed.Length; i++)
            {
                if (_subscribed[i] && i != CydShuntGattTable.ControlPoint)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the subscriptions keep the connection from the idle timeout.</summary>
        /// <param name="pairingRequired">PairingRequiredForAll is configured.</param>
        /// <param name="authenticated">The link is authenticated.</param>
        /// <returns><see langword="true"/> when a subscription that will be served exists.</returns>
        public bool KeepLinkAlive(bool pairingRequired, bool authenticated)
        {
            // nanoFramework cannot protect CCCDs, so an unauthenticated central may subscribe where it will never be
            // served (pairing required for all, or the control point's indications): such subscriptions do not keep a
            // connection alive, or one idle phone could hold the only central slot for ever.
            return (!pairingRequired || authenticated)
                && (AnyNotification() || (authenticated && _subscribed[CydShuntGattTable.ControlPoint]));
        }
    }
}

using System;

namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// A complete GATT server description for <see cref="IBlePeripheral.BuildGattTable"/>: primary services in order and
    /// their characteristics. A characteristic is addressed by its index in this table everywhere in the port.
    /// </summary>
    public sealed class BleGattTable
    {
        private readonly Guid[] _services;
        private readonly BleCharacteristicDefinition[] _characteristics;

        /// <summary>Creates a table.</summary>
        /// <param name="services">Primary service UUIDs, in creation order.</param>
        /// <param name="characteristics">Characteristics in creation order; each names its service by index.</param>
        public BleGattTable(Guid[] services, BleCharacteristicDefinition[] characteristics)
        {
            if (services == null || services.Length == 0)
            {
                throw new ArgumentException("A GATT table needs at least one service.", "services");
            }

            if (characteristics == null)
            {
                throw new ArgumentNullException("characteristics");
            }

            for (int i = 0; i < characteristics.Length; i++)
            {
                if (characteristics[i] == null || characteristics[i].ServiceIndex < 0 || characteristics[i].ServiceIndex >= services.Length)
                {
                    throw new ArgumentException("Every characteristic must name an existing service.", "characteristics");
                }
            }

            _services = services;
            _characteristics = characteristics;
        }

        /// <summary>Number of services.</summary>
        public int ServiceCount
        {
            get { return _services.Length; }
        }

        /// <summary>Number of characteristics.</summary>
        public int CharacteristicCount
        {
            get { return _characteristics.Length; }
        }

        /// <summary>The UUID of a service.</summary>
        /// <param name="index">0 to <see cref="ServiceCount"/> − 1.</param>
        /// <returns>The UUID.</returns>
        public Guid GetService(int index)
        {
            return _services[index];
        }

        /// <summary>A characteristic.</summary>
        /// <param name="index">0 to <see cref="CharacteristicCount"/> − 1.</param>
        /// <returns>The definition.</returns>
        public BleCharacteristicDefinition GetCharacteristic(int index)
        {
            return _characteristics[index];
        }
    }
}

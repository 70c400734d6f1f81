using System;
using System.Collections;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.Advertisement;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// Turns the length-prefixed AD structures that <see cref="IBlePeripheral.Start"/> receives into nanoFramework
    /// advertising parameters whose legacy layout is exactly the port's first-fit contract.
    /// </summary>
    /// <remarks>
    /// Read from nanoFramework.Device.Bluetooth v1.1.123:
    /// <list type="bullet">
    /// <item><c>BluetoothLEAdvertisement.CreateLegacyAdvertisements</c> walks <c>DataSections</c> in list order, first-fit
    /// into the 31-byte advertising packet, then the rest in order into the 31-byte scan response.</item>
    /// <item><c>MergeManufacturerArray</c> (run by that walk and by every <c>DataSections</c> read) first <b>removes every
    /// 0xFF section</b> from the list and appends one per <c>ManufacturerData</c> entry. A raw 0xFF data section would
    /// therefore be deleted: manufacturer data must go through <c>ManufacturerData</c> (company id + rest), and it always
    /// lands after every other section, as the port documents.</item>
    /// <item><c>CustomAdvertisement = true</c> removes the default Flags and Complete Local Name sections and stops
    /// <c>StartAdvertising</c> from adding the service UUID. The <c>IsDiscoverable</c> setter would add a Flags section
    /// of its own, so it is left at its default (true).</item>
    /// </list>
    /// Every other structure, Flags included, is added as a raw data section, in the order given. This runs once per
    /// <see cref="IBlePeripheral.Start"/> and allocates one small array per structure.
    /// </remarks>
    internal static class Esp32Advertising
    {
        private const byte ManufacturerSpecificData = 0xFF;

        /// <summary>Builds connectable, custom advertising parameters from AD structures.</summary>
        /// <param name="adStructures">Length-prefixed AD structures.</param>
        /// <param name="length">Bytes used in <paramref name="adStructures"/>.</param>
        /// <returns>The parameters for <c>GattServiceProvider.StartAdvertising</c>.</returns>
        internal static GattServiceProviderAdvertisingParameters CreateParameters(byte[] adStructures, int length)
        {
            if (length < 0 || length > adStructures.Length)
            {
                throw new ArgumentOutOfRangeException("length");
            }

            GattServiceProviderAdvertisingParameters parameters = new GattServiceProviderAdvertisingParameters();
            parameters.CustomAdvertisement = true;
            parameters.IsConnectable = true;

            BluetoothLEAdvertisement advertisement = parameters.Advertisement;
            ArrayList sections = advertisement.DataSections;
            int offset = 0;
            while (offset < length)
            {
                int size = adStructures[offset];
                if (size == 0 || offset + 1 + size > length)
                {
                    throw new ArgumentException("Malformed AD structure at offset " + offset.ToString() + ".", "adStructures");
                }

                byte type = adStructures[offset + 1];
                int dataOffset = offset + 2;
                int dataLength = size - 1;
                if (type == ManufacturerSpecificData)
                {
                    if (dataLength < 2)
                    {
                        throw new ArgumentException("Manufacturer data without a company id at offset " + offset.ToString() + ".", "adStructures");
                    }

                    ushort companyId = (ushort)(adStructures[dataOffset] | (adStructures[dataOffset + 1] << 8));
                    advertisement.ManufacturerData.Add(new BluetoothLEManufacturerData(companyId, new Buffer(Copy(adStructures, dataOffset + 2, dataLength - 2))));
                }
                else
                {
                    sections.Add(new BluetoothLEAdvertisementDataSection(type, new Buffer(Copy(adStructures, dataOffset, dataLength))));
                }

                offset += 1 + size;
            }

            return parameters;
        }

        private static byte[] Copy(byte[] source, int offset, int count)
        {
            byte[] copy = new byte[count];
            if (count > 0)
            {
                Array.Copy(source, offset, copy, 0, count);
            }

            return copy;
        }
    }
}

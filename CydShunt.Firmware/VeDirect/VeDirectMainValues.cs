using CydShunt.Protocol;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The live values of the main text block, in VE.Direct's own units. The battery monitor's output is mapped onto
    /// an instance by the integration; any quantity the monitor cannot provide holds <see cref="Measurement.NotAvailable"/>.
    /// </summary>
    /// <remarks>
    /// Start from <see cref="CreateUnavailable"/>: a new instance means "0 V, 0 A, not synchronised". A class, not a
    /// struct: on nanoFramework every struct copy and struct local is a heap object, and these values travel once a
    /// second from the monitor to the text writer; instances are filled and copied in place.
    /// </remarks>
    public sealed class VeDirectMainValues
    {
        /// <summary>The time-to-go of a battery that is not discharging (sent as <c>-1</c>).</summary>
        public const int TimeToGoInfinite = -1;

        /// <summary>Main battery voltage (<c>V</c>), millivolts.</summary>
        public int VoltageMillivolts { get; set; }

        /// <summary>What the auxiliary input measures; decides whether <c>VS</c>, <c>T</c> or neither is sent.</summary>
        public VeDirectAuxiliaryInput AuxiliaryInput { get; set; }

        /// <summary>Starter battery voltage (<c>VS</c>), millivolts; sent when <see cref="AuxiliaryInput"/> is <see cref="VeDirectAuxiliaryInput.StarterVoltage"/>.</summary>
        public int StarterVoltageMillivolts { get; set; }

        /// <summary>Battery temperature (<c>T</c>), whole degrees Celsius; sent when <see cref="AuxiliaryInput"/> is <see cref="VeDirectAuxiliaryInput.Temperature"/>.</summary>
        public int TemperatureCelsius { get; set; }

        /// <summary>Battery current (<c>I</c>), milliamps: positive while charging, negative while discharging.</summary>
        public int CurrentMilliamps { get; set; }

        /// <summary>Instantaneous power (<c>P</c>), watts, signed like the current.</summary>
        public int PowerWatts { get; set; }

        /// <summary>Consumed charge (<c>CE</c>), milliampere hours, normally ≤ 0.</summary>
        public int ConsumedMilliampHours { get; set; }

        /// <summary>State of charge (<c>SOC</c>), per mille, 0–1000.</summary>
        public int StateOfChargePermille { get; set; }

        /// <summary>State of charge in 0.01 % (0–10000), for HEX register 0x0FFF; the text block sends <see cref="StateOfChargePermille"/>.</summary>
        public int StateOfChargeCentipercent { get; set; }

        /// <summary>
        /// Time to go (<c>TTG</c>), minutes ≥ 0, or <see cref="TimeToGoInfinite"/>. Sent as given: whether the battery is
        /// discharging is decided upstream (by the monitor's averaged current), not from <see cref="CurrentMilliamps"/>.
        /// </summary>
        public int TimeToGoMinutes { get; set; }

        /// <summary>
        /// Whether the monitor has synchronised with a full battery since power-up. Until it has, consumed charge,
        /// state of charge and time-to-go have no meaning and are sent as <c>---</c>, whatever their values.
        /// </summary>
        public bool Synchronised { get; set; }

        /// <summary>Whether an alarm condition is active (<c>Alarm</c> ON/OFF).</summary>
        public bool AlarmActive { get; set; }

        /// <summary>The alarm reasons (<c>AR</c>).</summary>
        public VeDirectAlarmReasons AlarmReasons { get; set; }

        /// <summary>Returns values with every quantity <see cref="Measurement.NotAvailable"/>, no auxiliary input, not synchronised and no alarm.</summary>
        public static VeDirectMainValues CreateUnavailable()
        {
            VeDirectMainValues values = new VeDirectMainValues();
            values.SetUnavailable();
            return values;
        }

        /// <summary>Sets every value to "not available" (and flags to false), in place.</summary>
        public void SetUnavailable()
        {
            VoltageMillivolts = Measurement.NotAvailable;
            AuxiliaryInput = VeDirectAuxiliaryInput.None;
            StarterVoltageMillivolts = Measurement.NotAvailable;
            TemperatureCelsius = Measurement.NotAvailable;
            CurrentMilliamps = Measurement.NotAvailable;
            PowerWatts = Measurement.NotAvailable;
            ConsumedMilliampHours = Measurement.NotAvailable;
            StateOfChargePermille = Measurement.NotAvailable;
            StateOfChargeCentipercent = Measurement.NotAvailable;
            TimeToGoMinutes = Measurement.NotAvailable;
            Synchronised = false;
            AlarmActive = false;
            AlarmReasons = VeDirectAlarmReasons.None;
        }

        /// <summary>Copies every value of <paramref name="source"/> into this instance.</summary>
        /// <param name="source">The values to copy.</param>
        public void CopyFrom(VeDirectMainValues source)
        {
            if (source == null)
            {
                throw new System.ArgumentNullException("source");
            }

            VoltageMillivolts = source.VoltageMillivolts;
            AuxiliaryInput = source.AuxiliaryInput;
            StarterVoltageMillivolts = source.StarterVoltageMillivolts;
            TemperatureCelsius = source.TemperatureCelsius;
            CurrentMilliamps = source.CurrentMilliamps;
            PowerWatts = source.PowerWatts;
            ConsumedMilliampHours = source.ConsumedMilliampHours;
            StateOfChargePermille = source.StateOfChargePermille;
            StateOfChargeCentipercent = source.StateOfChargeCentipercent;
            TimeToGoMinutes = source.TimeToGoMinutes;
            Synchronised = source.Synchronised;
            AlarmActive = source.AlarmActive;
            AlarmReasons = source.AlarmReasons;
        }
    }
}

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The live values of the main text block, in VE.Direct's own units. The battery monitor's output is mapped onto
    /// this struct by the integration; any quantity the monitor cannot provide holds <see cref="NotAvailable"/>.
    /// </summary>
    /// <remarks>
    /// Start from <see cref="CreateUnavailable"/>: the default value of the struct means "0 V, 0 A, not synchronised".
    /// </remarks>
    public struct VeDirectMainValues
    {
        /// <summary>Marks a value the monitor cannot provide (<see cref="int.MinValue"/>); sent as <c>---</c>.</summary>
        public const int NotAvailable = int.MinValue;

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

        /// <summary>Time to go (<c>TTG</c>), minutes ≥ 0, or <see cref="TimeToGoInfinite"/>.</summary>
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

        /// <summary>Returns values with every quantity <see cref="NotAvailable"/>, no auxiliary input, not synchronised and no alarm.</summary>
        public static VeDirectMainValues CreateUnavailable()
        {
            VeDirectMainValues values = default;
            values.VoltageMillivolts = NotAvailable;
            values.StarterVoltageMillivolts = NotAvailable;
            values.TemperatureCelsius = NotAvailable;
            values.CurrentMilliamps = NotAvailable;
            values.PowerWatts = NotAvailable;
            values.ConsumedMilliampHours = NotAvailable;
            values.StateOfChargePermille = NotAvailable;
            values.TimeToGoMinutes = NotAvailable;
            return values;
        }
    }
}

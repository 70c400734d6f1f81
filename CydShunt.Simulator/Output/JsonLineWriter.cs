using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;

namespace CydShunt.Simulator;

/// <summary>
/// The non-interactive output: one JSON object per line (README, "JSON lines"), with the simulation's truth, what the
/// firmware's monitor shows, what the BLE client decoded (and the truth at the moment the firmware took that sample),
/// the advertising bytes, and the last VE.Direct blocks as parsed by the firmware's VeDirectParser.
/// Unavailable quantities are null.
/// </summary>
internal sealed class JsonLineWriter
{
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;

    /// <summary>Writes to <paramref name="output"/> (stdout in the simulator).</summary>
    public JsonLineWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
    }

    /// <summary>Lines written.</summary>
    public long Lines { get; private set; }

    /// <summary>Writes one line describing <paramref name="rig"/> now.</summary>
    public void Write(SimulationRig rig)
    {
        JsonObjectWriter w = new(_json);
        long now = rig.ElapsedMilliseconds;
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteNumber("elapsedSeconds", now / 1000.0);
        _json.WriteString("timeOfDay", TimeOfDay(rig.World.Milliseconds));
        _json.WriteNumber("day", rig.World.Milliseconds / 86_400_000);

        _json.WriteStartObject("truth");
        TruthSample truth = rig.Truth;
        w.Truth(truth);
        _json.WriteNumber("remainingAmpHours", Math.Round(rig.World.Battery.RemainingAmpHours, 3));
        _json.WriteNumber("loadWatts", Math.Round(rig.World.LoadWatts, 1));
        _json.WriteNumber("solarAvailableWatts", Math.Round(rig.World.SolarAvailableWatts, 1));
        _json.WriteNumber("chargerWatts", Math.Round(rig.World.ChargerWatts, 1));
        _json.WriteString("chargerStage", rig.World.Charger.Stage.ToString());
        _json.WriteNumber("ambientCelsius", Math.Round(rig.World.AmbientCelsius, 2));
        _json.WriteBoolean("loadsDisconnected", rig.World.LoadsDisconnected);
        _json.WriteEndObject();

        IBatteryMonitorView m = rig.Firmware.Monitor;
        _json.WriteStartObject("firmware");
        _json.WriteString("sensor", rig.Firmware.SensorType switch
        {
            CydShunt.Firmware.Sensors.ShuntSensorType.Ina228 => "INA228",
            CydShunt.Firmware.Sensors.ShuntSensorType.Ina226 => "INA226",
            _ => "none",
        });
        w.Number("voltageMillivolts", m.VoltageMillivolts);
        w.Number("currentMilliamps", m.CurrentMilliamps);
        w.Number("powerMilliwatts", m.PowerMilliwatts);
        w.Number("stateOfChargeCentipercent", m.StateOfChargeCentipercent);
        w.Number("consumedMilliampHours", m.ConsumedMilliampHours);
        w.Number("timeToGoMinutes", m.TimeToGoMinutes);
        _json.WriteBoolean("synchronised", m.Synchronised);
        _json.WriteNumber("automaticSynchronisations", m.AutomaticSynchronisations);
        _json.WriteNumber("alarms", (int)m.ActiveAlarms);
        _json.WriteEndObject();

        SimulatedBleClient client = rig.Client;
        _json.WriteStartObject("ble");
        _json.WriteBoolean("connected", client.IsConnected);
        _json.WriteNumber("connections", client.Connections);
        _json.WriteNumber("notifications", client.NotificationCount);
        _json.WriteNumber("notificationErrors", client.NotificationErrors);
        if (client.NotificationCount > 0)
        {
            _json.WriteString("notificationHex", Convert.ToHexString(client.LastNotification));
            _json.WriteNumber("notificationAgeMilliseconds", now - client.LastNotificationAt);
            _json.WriteStartObject("snapshot");
            w.Snapshot(client.Snapshot);
            _json.WriteEndObject();
            w.TruthAtSample("truthAtSample", rig.TruthAtSample(client.Snapshot.Sequence));
        }

        _json.WriteNumber("advertisements", client.ScanCount);
        _json.WriteNumber("scanErrors", client.ScanErrors);
        if (client.ScanCount > 0)
        {
            _json.WriteString("advertisingHex", Convert.ToHexString(client.AdvertisingData));
            _json.WriteString("scanResponseHex", Convert.ToHexString(client.ScanResponse));
            _json.WriteNumber("advertisementAgeMilliseconds", now - client.LastScanAt);
            if (client.LocalName != null)
            {
                _json.WriteString("localName", client.LocalName);
            }

            ScanRecord scan = client.Scan;
            if (scan.HasGlance)
            {
                GlanceFrame g = scan.Glance;
                _json.WriteStartObject("glance");
                _json.WriteNumber("sequence", g.Sequence);
                _json.WriteNumber("status", (int)g.Status);
                w.Number("voltageMillivolts", g.VoltageMillivolts);
                w.Number("currentMilliamps", g.CurrentMilliamps);
                w.Number("stateOfChargeCentipercent", g.StateOfChargeCentipercent);
                w.Number("timeToGoMinutes", g.TimeToGoMinutes);
                _json.WriteEndObject();
                w.TruthAtSample("glanceTruthAtSample", rig.TruthAtSample(g.Sequence));
            }

            if (scan.HasBTHome)
            {
                BTHomeFrame b = scan.BTHome;
                _json.WriteStartObject("bthome");
                w.Number("voltageMillivolts", b.VoltageMillivolts);
                w.Number("currentMilliamps", b.CurrentMilliamps);
                w.Number("powerMilliwatts", b.PowerMilliwatts);
                w.Number("stateOfChargeCentipercent", b.StateOfChargeCentipercent);
                _json.WriteEndObject();
            }
        }

        _json.WriteEndObject();

        VeDirectTap ve = rig.VeDirect;
        _json.WriteStartObject("vedirect");
        _json.WriteNumber("blocks", ve.TextBlocks);
        _json.WriteNumber("errors", ve.Errors);
        _json.WriteNumber("bytes", ve.BytesTransmitted);
        w.Fields("main", ve.MainBlock);
        w.Fields("history", ve.HistoryBlock);
        _json.WriteString("mainBlockHex", Convert.ToHexString(ve.MainBlockBytes));
        _json.WriteString("historyBlockHex", Convert.ToHexString(ve.HistoryBlockBytes));
        _json.WriteEndObject();

        _json.WriteEndObject();
        _json.Flush();
        _output.WriteByte((byte)'\n');
        _output.Flush();
        Lines++;
    }

    private static string TimeOfDay(long milliseconds)
    {
        var t = TimeSpan.FromMilliseconds(milliseconds % 86_400_000);
        return t.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
    }

    private readonly struct JsonObjectWriter(Utf8JsonWriter json)
    {
        public void Number(string name, int value)
        {
            if (value == Measurement.NotAvailable)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteNumber(name, value);
            }
        }

        public void Truth(TruthSample t)
        {
            json.WriteNumber("voltageMillivolts", Math.Round(t.VoltageMillivolts, 2));
            json.WriteNumber("currentMilliamps", Math.Round(t.CurrentMilliamps, 1));
            json.WriteNumber("powerMilliwatts", Math.Round(t.PowerMilliwatts, 0));
            json.WriteNumber("stateOfChargeCentipercent", Math.Round(t.StateOfChargeCentipercent, 2));
        }

        public void TruthAtSample(string name, TruthSample? truth)
        {
            if (truth is not { } t)
            {
                json.WriteNull(name);
                return;
            }

            json.WriteStartObject(name);
            json.WriteNumber("elapsedSeconds", t.At / 1000.0);
            Truth(t);
            json.WriteEndObject();
        }

        public void Snapshot(LiveSnapshot s)
        {
            json.WriteNumber("sequence", s.Sequence);
            json.WriteNumber("status", (int)s.Status);
            Number("voltageMillivolts", s.VoltageMillivolts);
            Number("currentMilliamps", s.CurrentMilliamps);
            Number("powerMilliwatts", s.PowerMilliwatts);
            Number("stateOfChargeCentipercent", s.StateOfChargeCentipercent);
            Number("temperatureCentidegrees", s.TemperatureCentidegrees);
            Number("timeToGoMinutes", s.TimeToGoMinutes);
            Number("consumedMilliampHours", s.ConsumedMilliampHours);
        }

        public void Fields(string name, IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            json.WriteStartObject(name);
            foreach (KeyValuePair<string, string> f in fields)
            {
                json.WriteString(f.Key, f.Value);
            }

            json.WriteEndObject();
        }
    }
}

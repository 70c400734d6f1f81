using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CydShunt.Simulator;

/// <summary>
/// The live terminal dashboard: the simulation's truth next to what the firmware's monitor shows and what a BLE
/// client decoded from notifications and advertisements, the raw bytes on the air, and the last VE.Direct blocks.
/// </summary>
internal sealed class Dashboard
{
    // One notation for "no value here" (not available, not received yet, not carried by that channel), the same the
    // CYD's own screen uses.
    private const string NotShown = "[grey]---[/]";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly string _title;
    private readonly string _compactTitle;
    private readonly string? _veDirectTarget;

    /// <summary>A dashboard for a run of <paramref name="settings"/>; <paramref name="veDirectTarget"/> says where VE.Direct goes.</summary>
    public Dashboard(SimulatorSettings settings, string? veDirectTarget)
    {
        _veDirectTarget = veDirectTarget;
        string speed = double.IsPositiveInfinity(settings.Acceleration) ? "max speed" : "×" + settings.Acceleration.ToString("0.###", Invariant);
        _title = "CydShunt simulator · " + settings.Battery.Description + " · profile " + settings.Profile + " · seed " + settings.Seed + " · " + speed;
        _compactTitle = settings.Battery.Name + " " + settings.Battery.CapacityAmpHours + " Ah · " + settings.Profile + " · seed " + settings.Seed + " · " + speed;
    }

    /// <summary>Width the roomy layout (bordered table and panels, full labels) needs, in columns.</summary>
    public const int RoomyWidth = 120;

    /// <summary>Height the roomy layout needs, in lines; smaller terminals get the compact layout.</summary>
    public const int RoomyHeight = 40;

    /// <summary>
    /// Renders the rig's present state for a terminal of <paramref name="width"/> × <paramref name="height"/>: the roomy
    /// layout from <see cref="RoomyWidth"/> × <see cref="RoomyHeight"/>, otherwise the compact one, which fits 80 × 24
    /// (the common default) with the same values and abbreviated labels.
    /// </summary>
    public IRenderable Build(SimulationRig rig, int width, int height) =>
        width >= RoomyWidth && height >= RoomyHeight ? Roomy(rig) : Compact(rig, width);

    private IRenderable Roomy(SimulationRig rig)
    {
        long now = rig.ElapsedMilliseconds;
        var header = new Markup(
            "[bold]" + Markup.Escape(_title) + "[/]\n" +
            "Simulated [bold]day " + (rig.World.Milliseconds / 86_400_000) + " " + Clock(rig.World.Milliseconds) + "[/], " +
            Markup.Escape(ValueParsers.Format(TimeSpan.FromMilliseconds(now))) + " since boot" +
            (rig.Settings.Duration is { } d ? " of " + Markup.Escape(ValueParsers.Format(d)) : string.Empty) +
            "   [grey]Ctrl+C quits[/]");

        var layout = new Rows(
            header,
            Values(rig),
            new Columns(World(rig), Air(rig, now)) { Expand = true },
            VeDirect(rig, now));
        return layout;
    }

    private static Table Values(SimulationRig rig)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Quantity");
        table.AddColumn(new TableColumn("Truth (simulation)").RightAligned());
        table.AddColumn(new TableColumn("Firmware monitor").RightAligned());
        table.AddColumn(new TableColumn("BLE notification").RightAligned());
        table.AddColumn(new TableColumn("BLE advertisement").RightAligned());
        AddQuantityRows(table, rig, compact: false);
        return table;
    }

    private static Panel World(SimulationRig rig)
    {
        var w = rig.World;
        var lines = new List<string>
        {
            "Loads [bold]" + w.LoadWatts.ToString("0", Invariant) + " W[/]: " + Markup.Escape(string.Join(", ", w.ActiveLoads)),
            "Solar available [bold]" + w.SolarAvailableWatts.ToString("0", Invariant) + " W[/], charger " + w.ChargerWatts.ToString("0", Invariant) + " W (" + w.Charger.Stage.ToString().ToLowerInvariant() + ")",
            "Battery OCV " + w.Battery.OpenCircuitVolts.ToString("0.000", Invariant) + " V, remaining " + w.Battery.RemainingAmpHours.ToString("0.0", Invariant) + " Ah",
            "Air " + w.AmbientCelsius.ToString("0.0", Invariant) + " °C, sensor " + Markup.Escape(rig.Firmware.SensorType.ToString().ToUpperInvariant())
                + (rig.Chip is SimulatedIna228 ina228 ? ", die " + (ina228.DieMillidegrees / 1000.0).ToString("0.0", Invariant) + " °C" : string.Empty),
            "Charged " + w.ChargedWattHours.ToString("0", Invariant) + " Wh, discharged " + w.DischargedWattHours.ToString("0", Invariant) + " Wh since start",
        };
        return new Panel(new Markup(string.Join('\n', lines))) { Header = new PanelHeader("World"), Expand = true };
    }

    private static Panel Air(SimulationRig rig, long now)
    {
        SimulatedBleClient c = rig.Client;
        var lines = new List<string>
        {
            (c.IsConnected ? "[green]connected[/]" : "[yellow]scanning[/]") + ", " + c.Connections + " connections, " + c.NotificationCount + " notifications, " + c.ScanCount + " advertisements"
                + (c.NotificationErrors + c.ScanErrors > 0 ? ", [red]" + (c.NotificationErrors + c.ScanErrors) + " undecodable[/]" : string.Empty),
            "Notification " + Age(now, c.LastNotificationAt) + ": [aqua]" + Hex(c.LastNotification) + "[/]",
            "Advertising " + Age(now, c.LastScanAt) + ": [aqua]" + Hex(c.AdvertisingData) + "[/]",
            "Scan response: [aqua]" + Hex(c.ScanResponse) + "[/]" + (c.LocalName != null ? " (\"" + Markup.Escape(c.LocalName) + "\")" : string.Empty),
        };
        if (rig.PasskeyDisplay.Shown is { } passkey)
        {
            lines.Add("Passkey on screen: [bold]" + passkey.ToString("D6", Invariant) + "[/]");
        }

        if (rig.RestartedAt is { } restartedAt)
        {
            lines.Add("[yellow]Device restart asked for " + Age(now, restartedAt) + " (BLE recovery, battery state saved); the simulated device stays down[/]");
        }

        return new Panel(new Markup(string.Join('\n', lines))) { Header = new PanelHeader("BLE client (decoded with CydShunt.Protocol)"), Expand = true };
    }

    private Panel VeDirect(SimulationRig rig, long now)
    {
        VeDirectTap v = rig.VeDirect;
        string main = string.Join("  ", v.MainBlock.Select(f => f.Key + "=" + f.Value));
        string history = string.Join("  ", v.HistoryBlock.Select(f => f.Key + "=" + f.Value));
        string text =
            v.TextBlocks + " blocks (" + v.Errors + " checksum/format errors), " + v.BytesTransmitted + " bytes out, " + v.BytesReceived + " in, last block " + Age(now, v.LastBlockAt)
            + (_veDirectTarget != null ? "\nOutput: [bold]" + Markup.Escape(_veDirectTarget) + "[/]" : string.Empty)
            + "\n[aqua]" + Markup.Escape(main) + "[/]\n[grey]" + Markup.Escape(history) + "[/]";
        return new Panel(new Markup(text)) { Header = new PanelHeader("VE.Direct text blocks (parsed with the firmware's VeDirectParser)"), Expand = true };
    }

    private IRenderable Compact(SimulationRig rig, int width)
    {
        long now = rig.ElapsedMilliseconds;
        var w = rig.World;
        SimulatedBleClient c = rig.Client;
        VeDirectTap v = rig.VeDirect;
        var lines = new List<IRenderable>
        {
            new Markup("[bold]CydShunt simulator[/] " + Markup.Escape(Fit(_compactTitle, width - 19 - 14)) + "  [grey]Ctrl+C quits[/]"),
            Plain(
                "Day " + (w.Milliseconds / 86_400_000) + " " + Clock(w.Milliseconds) + ", " + ValueParsers.Format(TimeSpan.FromMilliseconds(now)) + " since boot"
                    + (rig.Settings.Duration is { } d ? " of " + ValueParsers.Format(d) : string.Empty),
                width,
                Style.Plain),
            CompactValues(rig),
            Plain("Loads " + w.LoadWatts.ToString("0", Invariant) + " W: " + Listed(w.ActiveLoads, ", ", width - 14), width, Style.Plain),
            Plain(
                "Solar " + w.SolarAvailableWatts.ToString("0", Invariant) + " W, charger " + w.ChargerWatts.ToString("0", Invariant) + " W (" + w.Charger.Stage.ToString().ToLowerInvariant() + ")"
                    + " | OCV " + w.Battery.OpenCircuitVolts.ToString("0.000", Invariant) + " V, " + w.Battery.RemainingAmpHours.ToString("0.0", Invariant) + " Ah left",
                width,
                Style.Plain),
            Plain(
                "Air " + w.AmbientCelsius.ToString("0.0", Invariant) + " °C, " + rig.Firmware.SensorType.ToString().ToUpperInvariant()
                    + (rig.Chip is SimulatedIna228 ina228 ? " die " + (ina228.DieMillidegrees / 1000.0).ToString("0.0", Invariant) + " °C" : string.Empty)
                    + " | in " + w.ChargedWattHours.ToString("0", Invariant) + " Wh, out " + w.DischargedWattHours.ToString("0", Invariant) + " Wh",
                width,
                Style.Plain),
            Plain(
                "BLE " + (c.IsConnected ? "connected" : "scanning") + ", " + c.Connections + " conn, " + c.NotificationCount + " notif, " + c.ScanCount + " adv"
                    + (c.NotificationErrors + c.ScanErrors > 0 ? ", " + (c.NotificationErrors + c.ScanErrors) + " UNDECODABLE" : string.Empty)
                    + (c.LocalName != null ? ", \"" + c.LocalName + "\"" : string.Empty)
                    + (rig.PasskeyDisplay.Shown is { } passkey ? ", PASSKEY " + passkey.ToString("D6", Invariant) : string.Empty)
                    + (rig.RestartedAt != null ? ", DEVICE RESTART (BLE recovery)" : string.Empty),
                width,
                c.NotificationErrors + c.ScanErrors > 0 ? new Style(Color.Red) : Style.Plain),
            Plain("notif " + ShortAge(now, c.LastNotificationAt) + " " + PlainHex(c.LastNotification), width, new Style(Color.Aqua)),
            Plain("adv   " + ShortAge(now, c.LastScanAt) + " " + PlainHex(c.AdvertisingData), width, new Style(Color.Aqua)),
            Plain("scan rsp       " + PlainHex(c.ScanResponse), width, new Style(Color.Aqua)),
            Plain(
                "VE.Direct " + v.TextBlocks + " blocks, " + v.Errors + " errors, last " + ShortAge(now, v.LastBlockAt).Trim()
                    + (_veDirectTarget != null ? " -> " + _veDirectTarget : string.Empty),
                width,
                Style.Plain),
        };
        lines.AddRange(Wrapped(v.MainBlock.Select(f => f.Key + "=" + f.Value), width, 2, new Style(Color.Aqua)));
        lines.AddRange(Wrapped(v.HistoryBlock.Select(f => f.Key + "=" + f.Value), width, 1, new Style(Color.Grey)));
        return new Rows(lines);
    }

    private static Table CompactValues(SimulationRig rig)
    {
        // No borders: a header line and one line per quantity.
        var table = new Table().Border(TableBorder.None);
        table.AddColumn(new TableColumn(string.Empty).PadRight(1));
        table.AddColumn(new TableColumn("[bold]Truth[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]Monitor[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]BLE notify[/]").RightAligned());
        table.AddColumn(new TableColumn("[bold]BLE advert[/]").RightAligned());
        AddQuantityRows(table, rig, compact: true);
        return table;
    }

    // The quantity rows of both layouts: the same values; the compact layout uses shorter words.
    private static void AddQuantityRows(Table table, SimulationRig rig, bool compact)
    {
        IBatteryMonitorView m = rig.Firmware.Monitor;
        TruthSample truth = rig.Truth;
        SimulatedBleClient client = rig.Client;
        bool haveNotification = client.NotificationCount > 0;
        LiveSnapshot s = client.Snapshot;
        bool haveGlance = client.ScanCount > 0 && client.Scan.HasGlance;
        GlanceFrame g = client.Scan.Glance;

        table.AddRow("Voltage", Fixed(truth.VoltageMillivolts / 1000, "0.000 V"), Milli(m.VoltageMillivolts, "0.000 V"), haveNotification ? Milli(s.VoltageMillivolts, "0.000 V") : NotShown, haveGlance ? Milli(g.VoltageMillivolts, "0.00 V") : NotShown);
        table.AddRow("Current", Fixed(truth.CurrentMilliamps / 1000, "0.000 A"), Milli(m.CurrentMilliamps, "0.000 A"), haveNotification ? Milli(s.CurrentMilliamps, "0.000 A") : NotShown, haveGlance ? Milli(g.CurrentMilliamps, "0.000 A") : NotShown);
        table.AddRow("Power", Fixed(truth.PowerMilliwatts / 1000, "0.0 W"), Milli(m.PowerMilliwatts, "0.0 W"), haveNotification ? Milli(s.PowerMilliwatts, "0.0 W") : NotShown, NotShown);
        table.AddRow(compact ? "SOC" : "State of charge", Fixed(truth.StateOfChargeCentipercent / 100, "0.00 '%'"), Centi(m.StateOfChargeCentipercent), haveNotification ? Centi(s.StateOfChargeCentipercent) : NotShown, haveGlance ? Centi(g.StateOfChargeCentipercent) : NotShown);
        table.AddRow("Consumed", Fixed(-(rig.Settings.Battery.CapacityAmpHours - rig.World.Battery.RemainingAmpHours), "0.00 Ah"), Milli(m.ConsumedMilliampHours, "0.00 Ah"), haveNotification ? Milli(s.ConsumedMilliampHours, "0.00 Ah") : NotShown, NotShown);
        table.AddRow("Time to go", NotShown, Minutes(m.TimeToGoMinutes), haveNotification ? Minutes(s.TimeToGoMinutes) : NotShown, haveGlance ? Minutes(g.TimeToGoMinutes) : NotShown);
        table.AddRow(
            "Status",
            Markup.Escape(rig.World.Charger.Stage.ToString().ToLowerInvariant() + (rig.World.LoadsDisconnected ? (compact ? ", cut" : ", loads cut") : string.Empty)),
            Markup.Escape((m.Synchronised ? (compact ? "synced" : "synchronised") : (compact ? "not synced" : "not synchronised")) + (m.ActiveAlarms != 0 ? (compact ? ", al " : ", alarm ") + (int)m.ActiveAlarms : string.Empty)),
            haveNotification ? (compact ? "#" + s.Sequence + " 0x" : "seq " + s.Sequence + ", flags 0x") + ((int)s.Status).ToString("X2", Invariant) : NotShown,
            haveGlance ? (compact ? "#" : "seq ") + g.Sequence : NotShown);
    }

    // One line of plain text, cut at the width instead of wrapping (the compact layout counts its lines).
    private static Text Plain(string text, int width, Style style) => new(text.Length > width ? text[..width] : text, style);

    // As many items as fit in width characters, then "+N more".
    private static string Listed(IReadOnlyList<string> items, string separator, int width)
    {
        var shown = new List<string>();
        int used = 0;
        for (int i = 0; i < items.Count; i++)
        {
            string rest = i + 1 < items.Count ? " +" + (items.Count - i - 1) + " more" : string.Empty;
            int cost = (shown.Count > 0 ? separator.Length : 0) + items[i].Length;
            if (used + cost + rest.Length > width)
            {
                return string.Join(separator, shown) + " +" + (items.Count - i) + " more";
            }

            shown.Add(items[i]);
            used += cost;
        }

        return string.Join(separator, shown);
    }

    // Fields on at most maxLines lines of width characters, the last line ending in "+N more" if some do not fit.
    private static IEnumerable<Text> Wrapped(IEnumerable<string> fields, int width, int maxLines, Style style)
    {
        var all = fields.ToList();
        int next = 0;
        for (int line = 0; line < maxLines && next < all.Count; line++)
        {
            var here = new List<string>();
            bool last = line == maxLines - 1;
            int used = 0;
            while (next < all.Count)
            {
                int cost = (here.Count > 0 ? 2 : 0) + all[next].Length;
                int reserve = last && next + 1 < all.Count ? (" +" + (all.Count - next - 1) + " more").Length : 0;
                if (used + cost + reserve > width && here.Count > 0)
                {
                    break;
                }

                here.Add(all[next]);
                used += cost;
                next++;
            }

            string text = string.Join("  ", here) + (last && next < all.Count ? " +" + (all.Count - next) + " more" : string.Empty);
            yield return Plain(text, width, style);
        }
    }

    private static string PlainHex(byte[] bytes) => bytes.Length == 0 ? "---" : Convert.ToHexString(bytes);

    private static string ShortAge(long now, long at) => at < 0 ? "(none)" : (((now - at) / 1000.0).ToString("0.0", Invariant) + " s ago").PadLeft(8);

    private static string Fit(string text, int width) => width <= 0 ? string.Empty : text.Length > width ? text[..width] : text;

    private static string Clock(long milliseconds) => TimeSpan.FromMilliseconds(milliseconds % 86_400_000).ToString(@"hh\:mm\:ss", Invariant);

    private static string Fixed(double value, string format) => Markup.Escape(value.ToString(format, Invariant));

    private static string Milli(int value, string format) => value == CydShunt.Protocol.Measurement.NotAvailable ? NotShown : Fixed(value / 1000.0, format);

    private static string Centi(int value) => value == CydShunt.Protocol.Measurement.NotAvailable ? NotShown : Fixed(value / 100.0, "0.00 '%'");

    private static string Minutes(int value) => value == CydShunt.Protocol.Measurement.NotAvailable ? NotShown : Markup.Escape(value / 60 + " h " + (value % 60).ToString("D2", Invariant) + " min");

    private static string Hex(byte[] bytes) => bytes.Length == 0 ? NotShown : Convert.ToHexString(bytes);

    private static string Age(long now, long at) => at < 0 ? "(none yet)" : "(" + ((now - at) / 1000.0).ToString("0.0", Invariant) + " s ago)";
}

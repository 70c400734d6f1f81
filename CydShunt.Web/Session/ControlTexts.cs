using System;
using CydShunt.Protocol;
using CydShunt.Web.Bluetooth;

namespace CydShunt.Web.Session;

/// <summary>Control-point commands, result codes and refusals in words (spec/gatt.md, "Control point").</summary>
public static class ControlTexts
{
    /// <summary>What the pairing refusal means and what to do.</summary>
    public const string PairingNeeded =
        "Insufficient authentication: the shunt accepts commands only over a paired link. Pair it with the 6-digit passkey " +
        "shown on the CYD's screen (the browser or the system Bluetooth settings ask for it), then send the command again.";

    /// <summary>The command's name.</summary>
    /// <param name="opcode">The request opcode.</param>
    /// <returns>A short name.</returns>
    public static string CommandName(ControlPointOpcode opcode) => opcode switch
    {
        ControlPointOpcode.ResetEnergyCounters => "Reset energy counters",
        ControlPointOpcode.SynchroniseStateOfCharge => "Synchronise to 100 %",
        ControlPointOpcode.SetBatteryCapacity => "Set battery capacity",
        ControlPointOpcode.SetNotificationInterval => "Set notification interval",
        _ => "Command 0x" + ((byte)opcode).ToString("X2"),
    };

    /// <summary>The device's result code in words.</summary>
    /// <param name="result">The result code of the response.</param>
    /// <returns>One sentence.</returns>
    public static string Result(ControlPointResult result) => result switch
    {
        ControlPointResult.Success => "done (Success).",
        ControlPointResult.OpcodeNotSupported => "the device does not know this command (OpcodeNotSupported): its firmware may be older than this dashboard.",
        ControlPointResult.InvalidLength => "the device says the request had the wrong length (InvalidLength).",
        ControlPointResult.InvalidParameter => "the device refused the value as out of range (InvalidParameter).",
        ControlPointResult.OperationFailed => "the device could not carry it out (OperationFailed), e.g. its flash storage failed; try again.",
        _ => "the device answered with an unknown result code 0x" + ((byte)result).ToString("X2") + ".",
    };

    /// <summary>
    /// The device refused the control-point write. With indications enabled that means insufficient authentication or
    /// encryption (spec/gatt.md, control point, step 3); the browser's message rarely says which ATT error came back.
    /// </summary>
    /// <param name="e">What the browser reported.</param>
    /// <returns>The explanation, with the browser's words in brackets.</returns>
    public static string WriteRefused(BluetoothOperationException e) => PairingNeeded + " (The browser reported " + e.Name + ": " + e.Message + ")";

    /// <summary>A refused or failed Bluetooth operation on the control point, in words.</summary>
    /// <param name="e">What the browser reported.</param>
    /// <returns>One or two sentences.</returns>
    public static string Refusal(BluetoothOperationException e)
    {
        string m = e.Message;
        if (Contains(m, "authenticat") || Contains(m, "not paired") || Contains(m, "encrypt") || Contains(m, "insufficient") || e.Name == "SecurityError")
        {
            return PairingNeeded + " (" + e.Name + ": " + m + ")";
        }

        if (Contains(m, "in progress"))
        {
            return "The device is still busy with the previous command; wait for its answer and try again. (" + e.Name + ": " + m + ")";
        }

        return "The browser reported " + e.Name + ": " + m;
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}

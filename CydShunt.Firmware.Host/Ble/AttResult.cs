namespace CydShunt.Firmware.Host.Ble;

/// <summary>The answer to a central's ATT request: an error code (0 = success) and, for reads, the value.</summary>
public sealed record AttResult(byte Error, byte[] Value)
{
    public bool IsSuccess => Error == 0;

    public static AttResult Success(byte[] value) => new(0, value);

    public static AttResult Fail(byte error) => new(error, []);
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>
/// Keeps the comparison fair: the baselines must compute what the library computes. Baseline (a) is compared with
/// the library on the benchmark inputs, on thousands of random (valid and malformed) inputs and on every scan-record
/// vector of spec/vectors: same success, same error, same value or bytes. Baseline (b) is compared on the benchmark
/// inputs. Every benchmark class runs its part in [GlobalSetup]; <c>--self-check</c> runs it all and exits.
/// </summary>
internal static class SelfCheck
{
    private const int NA = Measurement.NotAvailable;
    private const int Rounds = 4000;

    public static void All()
    {
        Scalars();
        Messages();
        ControlPoint();
        Advertising();
        ScanRecords();
        int vectors = ScanRecordVectors();
        Console.WriteLine($"// Self-check passed: baselines (a) and (b) agree with CydShunt.Protocol ({vectors} scan-record vectors, {Rounds} random inputs per codec).");
    }

    private static void Fail(string what) => throw new InvalidOperationException("Baseline self-check failed: " + what);

    private static void Same<T>(T library, T baseline, string what)
    {
        if (!Equals(library, baseline))
        {
            Fail($"{what}: library {Describe(library)}, baseline {Describe(baseline)}");
        }
    }

    // Structs without a useful ToString() are shown property by property, so a mismatch names the field.
    private static string Describe(object? value) =>
        value is null || value.GetType().IsPrimitive || value.GetType().IsEnum || value is string || value.GetType().Name.StartsWith("ValueTuple", StringComparison.Ordinal)
            ? value?.ToString() ?? "null"
            : "{ " + string.Join(", ", value.GetType().GetProperties().Select(p => p.Name + " = " + Describe(p.GetValue(value)))) + " }";

    private static void SameBytes(ReadOnlySpan<byte> library, ReadOnlySpan<byte> baseline, string what)
    {
        if (!library.SequenceEqual(baseline))
        {
            Fail($"{what}: library {Convert.ToHexString(library)}, baseline {Convert.ToHexString(baseline)}");
        }
    }

    private static byte[] RandomBytes(Random random, int maxLength)
    {
        byte[] bytes = new byte[random.Next(maxLength + 1)];
        random.NextBytes(bytes);
        return bytes;
    }

    // A model value: often an edge (NA, int limits, wire limits), otherwise a random int of random magnitude.
    private static int RandomValue(Random random)
    {
        int[] edges = [NA, int.MaxValue, int.MinValue + 1, 0, -1, 1, 65534, 65535, 65536, 10000, 10001, 32767, -32767, -32768, 8388607, -8388607, -8388608, 16777214, 16777215, 49, 50, -50, 150, -150, 5, -5, 95, 100, 101];
        return random.Next(3) == 0 ? edges[random.Next(edges.Length)] : random.Next(int.MinValue, int.MaxValue) >> random.Next(32);
    }

    private static LiveSnapshot RandomSnapshot(Random random) => new LiveSnapshot(
        sequence: (byte)random.Next(256),
        status: (StatusFlags)random.Next(256),
        voltageMillivolts: RandomValue(random),
        currentMilliamps: RandomValue(random),
        powerMilliwatts: RandomValue(random),
        stateOfChargeCentipercent: RandomValue(random),
        temperatureCentidegrees: RandomValue(random),
        timeToGoMinutes: RandomValue(random),
        consumedMilliampHours: RandomValue(random));

    // ---- scalars

    private delegate bool SpanEncoder(int value, Span<byte> destination, out int written);

    private delegate bool SpanDecoder(ReadOnlySpan<byte> source, out int value, out ProtocolError error);

    private static (GattCharacteristic Characteristic, SpanEncoder Encode, SpanDecoder Decode, Func<int, byte[]> NaiveEncode, Func<byte[], int> NaiveDecode)[] ScalarTable() =>
    [
        (CydShuntGatt.Voltage, HandWritten.TryEncodeUInt32, HandWritten.TryDecodeUInt32, Naive.EncodeUInt32, Naive.DecodeUInt32),
        (CydShuntGatt.Current, HandWritten.TryEncodeInt32, HandWritten.TryDecodeInt32, Naive.EncodeInt32, Naive.DecodeInt32),
        (CydShuntGatt.Power, HandWritten.TryEncodeInt32, HandWritten.TryDecodeInt32, Naive.EncodeInt32, Naive.DecodeInt32),
        (CydShuntGatt.ConsumedCharge, HandWritten.TryEncodeInt32, HandWritten.TryDecodeInt32, Naive.EncodeInt32, Naive.DecodeInt32),
        (CydShuntGatt.EnergyCharged, HandWritten.TryEncodeUInt32, HandWritten.TryDecodeUInt32, Naive.EncodeUInt32, Naive.DecodeUInt32),
        (CydShuntGatt.EnergyDischarged, HandWritten.TryEncodeUInt32, HandWritten.TryDecodeUInt32, Naive.EncodeUInt32, Naive.DecodeUInt32),
        (CydShuntGatt.StateOfCharge, (int v, Span<byte> d, out int n) => HandWritten.TryEncodeUInt16(v, 10000, d, out n),
            (ReadOnlySpan<byte> s, out int v, out ProtocolError e) => HandWritten.TryDecodeUInt16(s, 10000, out v, out e),
            v => Naive.EncodeUInt16(v, 10000), s => Naive.DecodeUInt16(s, 10000)),
        (CydShuntGatt.Temperature, HandWritten.TryEncodeInt16, HandWritten.TryDecodeInt16, Naive.EncodeInt16, Naive.DecodeInt16),
        (CydShuntGatt.TimeToGo, (int v, Span<byte> d, out int n) => HandWritten.TryEncodeUInt16(v, 0xFFFE, d, out n),
            (ReadOnlySpan<byte> s, out int v, out ProtocolError e) => HandWritten.TryDecodeUInt16(s, 0xFFFE, out v, out e),
            v => Naive.EncodeUInt16(v, 0xFFFE), s => Naive.DecodeUInt16(s, 0xFFFE)),
        (CydShuntGatt.BatteryLevel, HandWritten.TryEncodeBatteryLevel, HandWritten.TryDecodeBatteryLevel, Naive.EncodeBatteryLevel, Naive.DecodeBatteryLevel),
    ];

    public static byte[][] EncodeScalarsWithLibrary(int[] values)
    {
        var table = ScalarTable();
        byte[][] encoded = new byte[table.Length][];
        for (int i = 0; i < table.Length; i++)
        {
            ScalarFormat format = table[i].Characteristic.Format!;
            encoded[i] = new byte[format.Size];
            format.TryEncode(values[i], encoded[i], 0, out _, out _);
        }

        return encoded;
    }

    public static void Scalars()
    {
        var table = ScalarTable();
        var random = new Random(1);
        for (int i = 0; i < table.Length; i++)
        {
            var (characteristic, encode, decode, naiveEncode, naiveDecode) = table[i];
            ScalarFormat format = characteristic.Format!;
            string name = characteristic.UserDescription;
            for (int round = 0; round <= Rounds; round++)
            {
                int value = round == 0 ? Inputs.Scalars[i] : RandomValue(random);
                byte[] library = new byte[round == 0 ? format.Size : random.Next(6)];
                byte[] baseline = new byte[library.Length];
                bool libraryOk = format.TryEncode(value, library, 0, out int libraryWritten, out _);
                bool baselineOk = encode(value, baseline, out int baselineWritten);
                Same((libraryOk, libraryWritten), (baselineOk, baselineWritten), name + " encode " + value);
                SameBytes(library, baseline, name + " encode " + value);
                if (round == 0 || (libraryOk && value != NA && random.Next(8) == 0))
                {
                    SameBytes(library.AsSpan(0, libraryWritten), naiveEncode(value), name + " naive encode " + value);
                }

                byte[] source = round == 0 ? library.AsSpan(0, libraryWritten).ToArray() : RandomBytes(random, 5);
                libraryOk = format.TryDecode(source, 0, source.Length, out int libraryValue, out ProtocolError libraryError);
                baselineOk = decode(source, out int baselineValue, out ProtocolError baselineError);
                Same((libraryOk, libraryValue, libraryError), (baselineOk, baselineValue, baselineError), name + " decode " + Convert.ToHexString(source));
                if (libraryOk)
                {
                    Same(libraryValue, naiveDecode(source), name + " naive decode " + Convert.ToHexString(source));
                }
            }
        }
    }

    // ---- snapshot, alarms, device info

    public static void Messages()
    {
        var random = new Random(2);
        for (int round = 0; round <= Rounds; round++)
        {
            LiveSnapshot snapshot = round == 0 ? Inputs.Snapshot : RandomSnapshot(random);
            byte[] library = new byte[round == 0 ? 20 : random.Next(18, 23)];
            byte[] baseline = new byte[library.Length];
            Same((LiveSnapshotCodec.TryEncode(snapshot, library, 0, out int a, out _), a), (HandWritten.TryEncodeSnapshot(snapshot, baseline, out int b), b), "snapshot encode");
            SameBytes(library, baseline, "snapshot encode");
            if (round == 0)
            {
                SameBytes(library, Naive.EncodeSnapshot(snapshot), "snapshot naive encode");
            }

            byte[] source = round % 2 == 0 ? library : RandomBytes(random, 22);
            bool libraryOk = LiveSnapshotCodec.TryDecode(source, 0, source.Length, out LiveSnapshot libraryValue, out ProtocolError libraryError);
            bool baselineOk = HandWritten.TryDecodeSnapshot(source, out LiveSnapshot baselineValue, out ProtocolError baselineError);
            Same((libraryOk, libraryValue, libraryError), (baselineOk, baselineValue, baselineError), "snapshot decode " + Convert.ToHexString(source));
            if (libraryOk && (round == 0 || random.Next(8) == 0))
            {
                Same(libraryValue, Naive.DecodeSnapshot(source), "snapshot naive decode " + Convert.ToHexString(source));
            }

            var alarms = round == 0 ? Inputs.Alarms : new AlarmStatus(status: (StatusFlags)random.Next(256), alarms: (AlarmFlags)random.Next(65536));
            library = new byte[random.Next(2, 5)];
            baseline = new byte[library.Length];
            Same((AlarmStatusCodec.TryEncode(alarms, library, 0, out a, out _), a), (HandWritten.TryEncodeAlarms(alarms, baseline, out b), b), "alarms encode");
            SameBytes(library, baseline, "alarms encode");
            if (a > 0)
            {
                SameBytes(library.AsSpan(0, a), Naive.EncodeAlarms(alarms), "alarms naive encode");
            }

            source = RandomBytes(random, 4);
            libraryOk = AlarmStatusCodec.TryDecode(source, 0, source.Length, out AlarmStatus libraryAlarms, out libraryError);
            baselineOk = HandWritten.TryDecodeAlarms(source, out AlarmStatus baselineAlarms, out baselineError);
            Same((libraryOk, libraryAlarms, libraryError), (baselineOk, baselineAlarms, baselineError), "alarms decode " + Convert.ToHexString(source));
            if (libraryOk)
            {
                Same(libraryAlarms, Naive.DecodeAlarms(source), "alarms naive decode");
            }

            DeviceInfo info = round == 0 ? Inputs.DeviceInfo : new DeviceInfo(
                protocolVersion: (byte)random.Next(256),
                firmwareMajor: (byte)random.Next(256),
                firmwareMinor: (byte)random.Next(256),
                firmwarePatch: (byte)random.Next(256),
                sensorType: (SensorType)random.Next(256),
                features: (DeviceFeatures)random.Next(256),
                capacityAmpHours: RandomValue(random),
                nominalVoltage: (byte)random.Next(256));
            library = new byte[round == 0 ? DeviceInfoCodec.Size : random.Next(8, 11)];
            baseline = new byte[library.Length];
            Same((DeviceInfoCodec.TryEncode(info, library, 0, out a, out _), a), (HandWritten.TryEncodeDeviceInfo(info, baseline, out b), b), "device info encode");
            SameBytes(library, baseline, "device info encode");
            if (round == 0)
            {
                SameBytes(library.AsSpan(0, a), Naive.EncodeDeviceInfo(info), "device info naive encode");
            }

            source = round % 2 == 0 ? library : RandomBytes(random, 10);
            libraryOk = DeviceInfoCodec.TryDecode(source, 0, source.Length, out DeviceInfo libraryInfo, out libraryError);
            baselineOk = HandWritten.TryDecodeDeviceInfo(source, out DeviceInfo baselineInfo, out baselineError);
            Same((libraryOk, libraryInfo, libraryError), (baselineOk, baselineInfo, baselineError), "device info decode " + Convert.ToHexString(source));
            if (libraryOk)
            {
                Same(libraryInfo, Naive.DecodeDeviceInfo(source), "device info naive decode");
            }
        }
    }

    // ---- control point

    public static void ControlPoint()
    {
        var random = new Random(3);
        for (int round = 0; round <= Rounds; round++)
        {
            byte[] source = round == 0 ? Inputs.Request : RandomBytes(random, 4);
            if (source.Length > 0 && random.Next(2) == 0)
            {
                source[0] = (byte)random.Next(6); // mostly defined opcodes
            }

            bool libraryOk = ControlPointRequestCodec.TryDecode(source, 0, source.Length, out ControlPointRequest library, out ProtocolError libraryError);
            bool baselineOk = HandWritten.TryDecodeRequest(source, out ControlPointRequest baseline, out ProtocolError baselineError);
            Same((libraryOk, library, libraryError), (baselineOk, baseline, baselineError), "request decode " + Convert.ToHexString(source));
            if (libraryOk)
            {
                Same(library, Naive.DecodeRequest(source), "request naive decode " + Convert.ToHexString(source));
            }

            var response = round == 0 ? Inputs.Response : new ControlPointResponse((ControlPointOpcode)random.Next(256), (ControlPointResult)random.Next(256));
            byte[] libraryBytes = new byte[random.Next(2, 5)];
            byte[] baselineBytes = new byte[libraryBytes.Length];
            Same((ControlPointResponseCodec.TryEncode(response, libraryBytes, 0, out int a, out _), a), (HandWritten.TryEncodeResponse(response, baselineBytes, out int b), b), "response encode");
            SameBytes(libraryBytes, baselineBytes, "response encode");
            if (a > 0)
            {
                SameBytes(libraryBytes.AsSpan(0, a), Naive.EncodeResponse(response), "response naive encode");
            }
        }
    }

    // ---- advertising

    // Names of every advertised length class: 1..8 bytes (name AD joins Flags + UUID list), 9..11 bytes, longer names
    // shortened to 11 bytes or less on a character boundary (multi-byte characters at the cut).
    private static readonly string[] AdvertisingNames =
    [
        Inputs.Name, "A", "Van", "Shunt 08", "Shunt 009", "Shunt 0010", "Battery 011", "Camper Van Battery 1",
        "Wohnmobil Ä", "Ünïcödé shunt", "😀😀😀", "Bü", "Blei-Säure 2",
    ];

    private static string Describe(LiveSnapshot s)
        => $"{{seq {s.Sequence}, status {(int)s.Status}, {s.VoltageMillivolts} mV, {s.CurrentMilliamps} mA, {s.PowerMilliwatts} mW, SoC {s.StateOfChargeCentipercent}, "
            + $"{s.TemperatureCentidegrees} cC, TTG {s.TimeToGoMinutes}, {s.ConsumedMilliampHours} mAh}}";

    public static void Advertising()
    {
        var random = new Random(4);
        for (int round = 0; round <= Rounds; round++)
        {
            LiveSnapshot snapshot = round == 0 ? Inputs.Snapshot : RandomSnapshot(random);
            if (round > 0)
            {
                // Leave BTHome objects out often (not available), so the BTHome AD takes every size from 7 to 23 bytes;
                // every 16th round leaves all of them out (packet id only: with a 1-byte name the glance frame then fits
                // in the advertising packet too).
                bool bare = round % 16 == 5;
                int stateOfCharge = bare || random.Next(3) == 0 ? NA : snapshot.StateOfChargeCentipercent;
                int temperature = bare || random.Next(3) == 0 ? NA : snapshot.TemperatureCentidegrees;
                int voltage = bare || random.Next(3) == 0 ? NA : snapshot.VoltageMillivolts;
                int power = bare || random.Next(3) == 0 ? NA : snapshot.PowerMilliwatts;
                int current = bare || random.Next(3) == 0 ? NA : snapshot.CurrentMilliamps;
                snapshot = new LiveSnapshot(snapshot.Sequence, snapshot.Status, voltage, current, power, stateOfCharge, temperature, snapshot.TimeToGoMinutes, snapshot.ConsumedMilliampHours);
            }

            string name = round == 0 ? Inputs.Name : AdvertisingNames[random.Next(AdvertisingNames.Length)];
            ushort companyId = round == 0 ? Inputs.CompanyId : (ushort)random.Next(65536);
            DeviceName deviceName = DeviceName.Create(name);
            byte[] nameAdvertised = HandWrittenName.Advertised(name, out bool shortened);
            foreach (bool bthome in (bool[])[false, true])
            {
                AdvertisingFormat format = bthome ? AdvertisingFormat.BTHome : AdvertisingFormat.CydShunt;
                string what = format + " advertising, name \"" + name + "\", snapshot " + Describe(snapshot);

                // Mostly 31-byte buffers; every fourth round a random size, so that a destination is sometimes too small.
                bool small = round % 4 == 3;
                int advertisingSize = small ? random.Next(32) : 31;
                int scanResponseSize = small ? random.Next(32) : 31;
                int advertisingOffset = round == 0 ? 0 : random.Next(3);
                int scanResponseOffset = round == 0 ? 0 : random.Next(3);

                byte[] library = new byte[advertisingOffset + advertisingSize];
                byte[] libraryScan = new byte[scanResponseOffset + scanResponseSize];
                bool libraryOk = AdvertisingBuilder.TryBuild(format, companyId, snapshot, deviceName, library, advertisingOffset, out int a, libraryScan, scanResponseOffset, out int r);

                byte[] baseline = new byte[advertisingSize];
                byte[] baselineScan = new byte[scanResponseSize];
                bool baselineOk = HandWritten.TryBuild(bthome, companyId, snapshot, nameAdvertised, shortened, baseline, out int b, baselineScan, out int q);
                Same((libraryOk, a, r), (baselineOk, b, q), what);
                SameBytes(library.AsSpan(advertisingOffset), baseline, what + ": advertising data");
                SameBytes(libraryScan.AsSpan(scanResponseOffset), baselineScan, what + ": scan response");
                if (library.AsSpan(0, advertisingOffset).ContainsAnyExcept((byte)0) || libraryScan.AsSpan(0, scanResponseOffset).ContainsAnyExcept((byte)0))
                {
                    Fail(what + ": library wrote before the offset");
                }

                // The library's Span overload must agree with its byte[] overload.
                byte[] span = new byte[advertisingSize];
                byte[] spanScan = new byte[scanResponseSize];
                bool spanOk = AdvertisingBuilder.TryBuild(format, companyId, snapshot, deviceName, span.AsSpan(), out int c, spanScan.AsSpan(), out int t);
                Same((libraryOk, a, r), (spanOk, c, t), what + " (Span)");
                SameBytes(baseline, span, what + ": advertising data (Span)");
                SameBytes(baselineScan, spanScan, what + ": scan response (Span)");

                if (libraryOk && (round == 0 || random.Next(8) == 0))
                {
                    (byte[] naive, byte[] naiveScan) = Naive.Build(bthome, companyId, snapshot, name);
                    SameBytes(baseline.AsSpan(0, b), naive, what + ": naive advertising data");
                    SameBytes(baselineScan.AsSpan(0, q), naiveScan, what + ": naive scan response");

                    byte[] structures = new byte[AdvertisingBuilder.MaximumStructuresLength];
                    AdvertisingBuilder.TryBuildStructures(format, companyId, snapshot, deviceName, structures, 0, out int n);
                    SameBytes(structures.AsSpan(0, n), Naive.Structures(bthome, companyId, snapshot, name).SelectMany(x => x).ToArray(), what + ": naive structure list");
                }
            }
        }
    }

    // ---- scan records

    private static void CompareParse(byte[] record, bool withNaive)
    {
        bool libraryOk = ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord library, out ProtocolError libraryError);
        bool baselineOk = HandWritten.TryParseScanRecord(record, out ScanRecord baseline, out ProtocolError baselineError);
        Same((libraryOk, libraryError), (baselineOk, baselineError), "scan record " + Convert.ToHexString(record));
        Same(library, baseline, "scan record " + Convert.ToHexString(record));
        if (withNaive)
        {
            bool naiveOk = Naive.TryParseScanRecord(record, out ScanRecord naive);
            Same(libraryOk, naiveOk, "scan record naive " + Convert.ToHexString(record));
            Same(library, naive, "scan record naive " + Convert.ToHexString(record));
        }
    }

    public static void ScanRecords()
    {
        byte[][] inputs = [Inputs.GlanceRecord, Inputs.BTHomeRecord, Inputs.UnrelatedRecord];
        foreach (byte[] record in inputs)
        {
            CompareParse(record, withNaive: true);
        }

        var random = new Random(5);
        for (int round = 0; round < Rounds; round++)
        {
            byte[] record = (byte[])inputs[random.Next(inputs.Length)].Clone();
            for (int flips = random.Next(1, 4); flips > 0; flips--)
            {
                record[random.Next(record.Length)] = (byte)random.Next(256);
            }

            CompareParse(record.AsSpan(0, random.Next(record.Length + 1)).ToArray(), withNaive: false);
        }
    }

    /// <summary>Compares baseline (a) with the library on every case of spec/vectors/scan-records.json; returns how many.</summary>
    private static int ScanRecordVectors()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory != null && !File.Exists(Path.Combine(directory, "spec", "vectors", "scan-records.json")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        if (directory == null)
        {
            Fail("spec/vectors/scan-records.json not found above " + AppContext.BaseDirectory);
            return 0;
        }

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory!, "spec", "vectors", "scan-records.json")));
        int count = 0;
        foreach (JsonElement testCase in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            CompareParse(Convert.FromHexString(testCase.GetProperty("hex").GetString()!), withNaive: false);
            count++;
        }

        return count;
    }
}

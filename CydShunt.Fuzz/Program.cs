using System;
using System.IO;
using System.Linq;
using CydShunt.Fuzz.Harness;
using SharpFuzz;

namespace CydShunt.Fuzz;

/// <summary>
/// The fuzzing driver. <c>run TARGET</c> is what afl-fuzz starts (SharpFuzz's persistent fork server; without afl-fuzz
/// it runs stdin once); the other commands prepare and check inputs. eng/fuzz/fuzz.sh drives it.
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: CydShunt.Fuzz list | run TARGET | seeds TARGET DIR [--captures] | replay TARGET FILE|DIR...";

    public static int Main(string[] args)
    {
        GiveInstrumentationAMap();
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            switch (args[0])
            {
                case "list" when args.Length == 1:
                    foreach (FuzzTarget target in FuzzTargets.All)
                    {
                        Console.WriteLine($"{target.Name,-28} {target.Description}");
                    }

                    return 0;
                case "run" when args.Length == 2:
                    Run(FuzzTargets.Find(args[1]));
                    return 0;
                case "seeds" when args.Length is 3 or 4 && (args.Length == 3 || args[3] == "--captures"):
                    return WriteSeeds(FuzzTargets.Find(args[1]), args[2], args.Length == 4);
                case "replay" when args.Length >= 3:
                    return Replay(FuzzTargets.Find(args[1]), args[2..]);
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    // Instrumented assemblies record every branch in SharpFuzz's trace map. Under afl-fuzz, Fuzzer.Run points it at
    // afl's shared memory; for the other commands (and for a run without afl-fuzz) it needs a map of its own, or the
    // first instrumented branch writes through a null pointer.
    private static unsafe void GiveInstrumentationAMap()
    {
        const int MapSize = 1 << 16;
        SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(MapSize);
    }

    private static void Run(FuzzTarget target)
    {
        // Read before afl-fuzz starts its runs, so that every run sees the same program state.
        _ = SpecErrorKinds.FromSpec;
        var buffer = new MemoryStream();
        Fuzzer.Run(stream =>
        {
            buffer.SetLength(0);
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray());
        });
    }

    private static int WriteSeeds(FuzzTarget target, string folder, bool captures)
    {
        Directory.CreateDirectory(folder);
        var seeds = FuzzTargets.Seeds(target);
        if (captures && target.Dictionaries.Contains("vedirect.dict"))
        {
            seeds.AddRange(VeDirectSeeds.Captures().Select(c => (byte[])[0, .. c]));
        }

        for (int i = 0; i < seeds.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"seed-{i:D3}"), seeds[i]);
        }

        Console.WriteLine($"{target.Name}: {seeds.Count} seeds in {folder}");
        return seeds.Count > 0 ? 0 : 1;
    }

    private static int Replay(FuzzTarget target, string[] paths)
    {
        int failed = 0;
        int count = 0;
        foreach (string path in paths)
        {
            foreach (string file in Directory.Exists(path) ? FuzzTargets.FilesIn(path) : [path])
            {
                count++;
                try
                {
                    target.Run(File.ReadAllBytes(file));
                }
                catch (Exception e)
                {
                    failed++;
                    Console.WriteLine($"{target.Name}: {file}: {e.GetType().Name}: {e.Message}");
                    Console.WriteLine(e.StackTrace);
                }
            }
        }

        Console.WriteLine($"{target.Name}: {count - failed} of {count} inputs pass");
        return failed == 0 ? 0 : 1;
    }
}

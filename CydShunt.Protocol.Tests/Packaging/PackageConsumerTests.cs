using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Packaging;

/// <summary>
/// Packs CydShunt.Protocol, checks the .nupkg's contents, then builds and runs samples/DecodeVector against the package
/// from a local folder feed, so a packaging mistake cannot pass unnoticed.
/// </summary>
[NonParallelizable]
public class PackageConsumerTests
{
    private string _work = null!;
    private string _feed = null!;
    private string _packOutput = null!;

    [OneTimeSetUp]
    public void Pack()
    {
        _work = Path.Combine(Path.GetTempPath(), "cydshunt-pack-" + Guid.NewGuid().ToString("N"));
        _feed = Path.Combine(_work, "feed");
        Directory.CreateDirectory(_feed);
        _packOutput = Run("dotnet", RepositoryPaths.Root, "pack", "CydShunt.Protocol/CydShunt.Protocol.csproj", "-c", "Release", "-o", _feed, "-nologo");
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Test]
    public void PackageHoldsBothBuildsDocsReadmeAndLicence()
    {
        string package = Directory.GetFiles(_feed, "CydShunt.Protocol.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        using ZipArchive zip = ZipFile.OpenRead(package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.That(entries, Does.Contain("lib/netstandard2.0/CydShunt.Protocol.dll"));
        Assert.That(entries, Does.Contain("lib/netstandard2.0/CydShunt.Protocol.xml"));
        Assert.That(entries, Does.Contain("lib/net8.0/CydShunt.Protocol.dll"));
        Assert.That(entries, Does.Contain("lib/net8.0/CydShunt.Protocol.xml"));
        Assert.That(entries, Does.Contain("README.md"));
        Assert.That(entries, Does.Contain("LICENSE"));

        string manifest = ReadManifest();
        Assert.That(manifest, Does.Contain("<id>CydShunt.Protocol</id>"));
        Assert.That(manifest, Does.Contain("<readme>README.md</readme>"));
        Assert.That(manifest, Does.Contain("<license type=\"expression\">MIT</license>"));
        Assert.That(manifest, Does.Contain("id=\"System.Memory\""), "netstandard2.0 depends on System.Memory");
        Assert.That(Directory.GetFiles(_feed, "*.snupkg"), Is.Not.Empty, "symbols package for SourceLink debugging");
    }

    [Test]
    public void PackingPrintsNoWarnings()
    {
        // MSBuild's warning lines read "<origin>: warning <code>: <text>". An explicit Microsoft.SourceLink.GitHub reference
        // printed two on every build from a clone without a GitHub remote (no remote, or a file path), into the output of
        // `dotnet run --project CydShunt.Simulator` too.
        string[] warnings = _packOutput.Split('\n').Where(line => Regex.IsMatch(line, @":\s*warning\b", RegexOptions.IgnoreCase)).ToArray();
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void PackageNamesItsRepositoryAndCommit()
    {
        string manifest = ReadManifest();
        string head = Run("git", RepositoryPaths.Root, "rev-parse", "HEAD").Trim();
        Assert.That(manifest, Does.Contain("<repository type=\"git\" url=\"https://github.com/cydshunt/cydshunt\""));
        Assert.That(manifest, Does.Match("<repository [^>]*commit=\"" + head + "\""), "the commit the package was built from");
    }

    [Test]
    public void SampleConsumesThePackageFromALocalFeed()
    {
        // Copy the sample out of the repository so it cannot pick up the repository's build settings or project references.
        string sample = Path.Combine(_work, "DecodeVector");
        Directory.CreateDirectory(sample);
        foreach (string file in new[] { "DecodeVector.csproj", "Program.cs" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "DecodeVector", file), Path.Combine(sample, file));
        }

        File.WriteAllText(Path.Combine(sample, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_work, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{_feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        string output = Run("dotnet", sample, "run", "-c", "Release", "--", Path.Combine(RepositoryPaths.Vectors, "live-snapshot.json"));
        Assert.That(output, Does.Contain("all vectors decoded as specified"));
        Assert.That(output, Does.Contain("ok   typical discharging"));
        Assert.That(Directory.GetDirectories(Path.Combine(_work, "packages")), Has.Some.EndsWith("cydshunt.protocol"), "restored from the local feed");
    }

    private string ReadManifest()
    {
        string package = Directory.GetFiles(_feed, "CydShunt.Protocol.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        using ZipArchive zip = ZipFile.OpenRead(package);
        using StreamReader nuspec = new(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return nuspec.ReadToEnd();
    }

    private static string Run(string fileName, string workingDirectory, params string[] arguments)
    {
        ProcessStartInfo start = new(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(fileName + " " + string.Join(' ', arguments) + " timed out");
        }

        string output = stdout.Result + stderr.Result;
        Assert.That(process.ExitCode, Is.Zero, fileName + " " + string.Join(' ', arguments) + " failed:\n" + output);
        return output;
    }
}

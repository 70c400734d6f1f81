using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace CydShunt.Web.Tests.Harness;

/// <summary>
/// The dashboard as a user gets it: `dotnet publish CydShunt.Web` into a temporary folder, its wwwroot served as static
/// files on 127.0.0.1 (a secure context for Web Bluetooth) by Kestrel. CYDSHUNT_WEB_PUBLISHED may name an existing
/// publish folder to skip the publish (about 1.5 minutes) while working on the tests.
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly string? _temporaryFolder;

    private PublishedApp(WebApplication server, Uri address, string? temporaryFolder)
    {
        _server = server;
        Address = address;
        _temporaryFolder = temporaryFolder;
    }

    /// <summary>Where the app is served, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Address { get; }

    /// <summary>Publishes (unless told where a publish is) and starts serving.</summary>
    /// <returns>The served app.</returns>
    public static async Task<PublishedApp> StartAsync()
    {
        string? existing = Environment.GetEnvironmentVariable("CYDSHUNT_WEB_PUBLISHED");
        string? temporary = null;
        string publishFolder;
        if (!string.IsNullOrEmpty(existing))
        {
            publishFolder = existing;
        }
        else
        {
            temporary = Path.Combine(Path.GetTempPath(), "cydshunt-web-" + Guid.NewGuid().ToString("N"));
            publishFolder = temporary;
            await PublishAsync(publishFolder);
        }

        string root = Path.Combine(publishFolder, "wwwroot");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            throw new InvalidOperationException("No published dashboard in " + root + ".");
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        types.Mappings[".dat"] = "application/octet-stream";
        types.Mappings[".blat"] = "application/octet-stream";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = true });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PublishedApp(app, new Uri(address.TrimEnd('/') + "/"), temporary);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        if (_temporaryFolder != null && Directory.Exists(_temporaryFolder))
        {
            Directory.Delete(_temporaryFolder, true);
        }
    }

    private static async Task PublishAsync(string output)
    {
        string project = Path.Combine(RepositoryRoot(), "CydShunt.Web", "CydShunt.Web.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-o", output, "-nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish CydShunt.Web failed:\n" + await stdout + await stderr);
        }
    }

    /// <summary>The folder that holds CydShunt.sln, found upwards from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "CydShunt.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("CydShunt.sln not found above " + AppContext.BaseDirectory + ".");
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PeerHub.Tests.Support;

/// <summary>
/// Serves a built site from a folder on a loopback port, under a sub-path (as a school district's web host might),
/// so browser tests see the site exactly as a static host serves it. Requests are counted by path. The server
/// binds port 0 and reports the port the system gave it, so no other process can take the port between a search
/// for a free one and the bind.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly string _root;
    private readonly WebApplication _app;

    public string BasePath { get; }
    public string Origin { get; }
    public string BaseUrl => Origin + BasePath;
    public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; } = new();

    public StaticSiteServer(string root, string basePath = "/peerhub/")
    {
        _root = Path.GetFullPath(root);
        BasePath = basePath;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "peerhub-tests-static" });
        builder.Logging.ClearProviders();
        // No console lifetime: tests run several servers in one process and stop them with Dispose.
        builder.Services.AddSingleton<IHostLifetime, NoLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(Serve);
        _app.StartAsync().GetAwaiter().GetResult();
        // The address Kestrel bound, with the port the system chose, such as http://127.0.0.1:40123.
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Origin = new Uri(address).GetLeftPart(UriPartial.Authority);
    }

    private async Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue(path);
        var response = context.Response;
        string? file = null;
        if (path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            var relative = path[BasePath.Length..];
            if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
            var full = Path.GetFullPath(Path.Combine(_root, relative));
            var inside = full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (inside && File.Exists(full)) file = full;
            else if (inside && Directory.Exists(full))
            {
                response.Redirect(path + "/");
                return;
            }
        }
        var status = file is null ? 404 : 200;
        file ??= Path.Combine(_root, "404.html");
        var bytes = File.Exists(file) ? await File.ReadAllBytesAsync(file) : "not found"u8.ToArray();
        response.StatusCode = status;
        response.ContentType = ContentType(file);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        ".png" => "image/png",
        ".webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        try { _app.StopAsync(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult(); }
        finally { _app.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }

    private sealed class NoLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

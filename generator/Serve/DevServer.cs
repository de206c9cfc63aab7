using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeerHub.Diagnostics;

namespace PeerHub.Serve;

/// <summary>What <c>peerhub serve</c> was asked for.</summary>
/// <param name="Port">0 picks a free port.</param>
/// <param name="Host">The address to listen on; another than a loopback address is a choice to serve other machines.</param>
/// <param name="BasePath">Null: the path of site.yml's base_url.</param>
/// <param name="AllowHosts">Names besides localhost and loopback addresses that requests may be addressed to (see <see cref="AllowedHosts"/>).</param>
public sealed record ServeOptions(string ContentDir, string ThemeDir, string Host = "127.0.0.1", int Port = 1313, string? BasePath = null,
    IReadOnlyList<string>? AllowHosts = null);

/// <summary>
/// The development server: builds the site in memory, serves it with Kestrel, watches the content and theme
/// folders, rebuilds what changed and tells open pages to reload (or shows them the errors).
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly IncrementalBuilder _builder;
    private readonly StateHub _state = new();
    private readonly LiveEvents _events = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<IReadOnlyCollection<string>> _changes = Channel.CreateUnbounded<IReadOnlyCollection<string>>();
    private readonly TextWriter _out, _error;
    private WebApplication? _app;
    private ContentWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    /// <summary>The site's address: origin and base path, for example <c>http://127.0.0.1:1313/peerhub/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The current build state, for tests and the console.</summary>
    public SiteState State => _state.Current;

    private DevServer(ServeOptions options, TextWriter output, TextWriter error)
    {
        _builder = new IncrementalBuilder(options.ContentDir, options.ThemeDir);
        _out = output;
        _error = error;
    }

    /// <summary>Builds the site, starts serving it and starts watching; the first build may fail and is then shown as errors.</summary>
    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter output, TextWriter error)
    {
        var server = new DevServer(options, output, error);
        try
        {
            await server.Start(options);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task Start(ServeOptions options)
    {
        var basePath = NormaliseBasePath(options.BasePath ?? BasePathFromSiteConfig(options.ContentDir));
        Publish(_builder.BuildAll(), "initial build");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "peerhub-serve" });
        builder.Logging.ClearProviders();
        // The command handles Ctrl+C itself, and tests run several servers in one process.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        var address = ParseHost(options.Host);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(address, options.Port));
        _app = builder.Build();
        var requests = new SiteRequests(basePath, _state, _events, AllowedHosts.For(address, options.AllowHosts ?? []), _stopping.Token);
        _app.Run(requests.Handle);
        await _app.StartAsync();

        var listening = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(listening.TrimEnd('/') + basePath);
        _loop = Task.Run(RebuildLoop);
        _watcher = new ContentWatcher([options.ContentDir, options.ThemeDir], TimeSpan.FromMilliseconds(50), batch => _changes.Writer.TryWrite(batch));
    }

    /// <summary>Builds once per batch of changes, merging batches that arrived during the previous build.</summary>
    private async Task RebuildLoop()
    {
        while (await _changes.Reader.WaitToReadAsync())
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            while (_changes.Reader.TryRead(out var batch)) paths.UnionWith(batch);
            try
            {
                Publish(_builder.Rebuild(paths), Describe(paths));
            }
            catch (Exception e)
            {
                // A bug in the generator must not stop the server: report it and keep serving the last good build.
                _error.WriteLine($"peerhub serve: the rebuild crashed: {e}");
            }
        }
    }

    private void Publish(TimedBuild build, string why)
    {
        var next = _state.Current.Next(build);
        _state.Publish(next);
        var result = build.Result;
        // Errors every time; a warning once, not again on every save.
        foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error || _warned.Add(d.ToString()))) _error.WriteLine(d.ToString());
        if (result.Succeeded)
        {
            _out.WriteLine($"Built {result.PageCount} pages ({build.PagesRendered} rendered) in {build.Elapsed.TotalMilliseconds:0} ms: {why}.");
            _events.Send("reload", $"{{\"build\":{next.Build}}}");
        }
        else
        {
            var serving = next.Served == 0 ? "nothing to serve until it builds" : "still serving the last good build";
            _out.WriteLine($"Build failed with {next.Errors.Count} error(s) ({why}); {serving}. Fix the file and save.");
            _events.Send("errors", Encoding.UTF8.GetString(SiteRequests.Status(next)));
        }
    }

    /// <summary>Names the changed file; an editor's temp files that are gone again are not counted.</summary>
    private static string Describe(IReadOnlyCollection<string> paths)
    {
        var present = paths.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        return present.Count == 1 ? Content.SiteReader.Display(present[0]) + " changed"
            : present.Count == 0 ? Content.SiteReader.Display(paths.First()) + " removed" : $"{present.Count} files changed";
    }

    private static IPAddress ParseHost(string host) =>
        host == "localhost" ? IPAddress.Loopback
        : IPAddress.TryParse(host, out var ip) ? ip
        : throw new ArgumentException($"--host must be an IP address such as 127.0.0.1, not `{host}`");

    /// <summary>The path part of site.yml's base_url, or "/" when site.yml cannot be read (the build reports why).</summary>
    public static string BasePathFromSiteConfig(string contentDir)
    {
        var file = Path.Combine(contentDir, "site.yml");
        if (!File.Exists(file)) return "/";
        var config = Config.SiteConfigParser.Parse(file, File.ReadAllText(file), new DiagnosticBag());
        return config is not null && Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var url) ? url.AbsolutePath : "/";
    }

    /// <summary>"peerhub", "/peerhub" and "/peerhub/" all mean "/peerhub/".</summary>
    public static string NormaliseBasePath(string path)
    {
        var trimmed = path.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        await _loop;
        await _stopping.CancelAsync();   // ends the pages' event streams, so Kestrel need not wait for them
        if (_app is not null)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(grace.Token);
            await _app.DisposeAsync();
        }
        _stopping.Dispose();
    }

    /// <summary>A host lifetime that neither listens for signals nor prints start-up messages.</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

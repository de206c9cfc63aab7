using System.Net;
using System.Net.Sockets;

namespace PeerHub.Tests.Support;

/// <summary>
/// Serves a built site from a folder on a free loopback port, under a sub-path (as a school district's web host
/// might), so browser tests see the site exactly as a static host serves it. Requests are counted by path.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public string BasePath { get; }
    public string Origin { get; }
    public string BaseUrl => Origin + BasePath;
    public System.Collections.Concurrent.ConcurrentQueue<string> Requests { get; } = new();

    public StaticSiteServer(string root, string basePath = "/peerhub/")
    {
        _root = root;
        BasePath = basePath;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        Requests.Enqueue(path);
        var response = context.Response;
        try
        {
            string? file = null;
            if (path.StartsWith(BasePath, StringComparison.Ordinal))
            {
                var relative = path[BasePath.Length..];
                if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
                var full = Path.GetFullPath(Path.Combine(_root, relative));
                if (full.StartsWith(Path.GetFullPath(_root), StringComparison.Ordinal) && File.Exists(full)) file = full;
                else if (Directory.Exists(full)) { response.Redirect(context.Request.Url.AbsolutePath + "/"); response.Close(); return; }
            }
            var status = file is null ? 404 : 200;
            file ??= Path.Combine(_root, "404.html");
            var bytes = File.Exists(file) ? File.ReadAllBytes(file) : "not found"u8.ToArray();
            response.StatusCode = status;
            response.ContentType = ContentType(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
            response.Close();
        }
        catch (Exception)
        {
            try { response.Abort(); } catch (ObjectDisposedException) { }
        }
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
        _stop.Cancel();
        // Close alone: after Stop, the managed listener's Close looks the port up again, starts a fresh endpoint
        // listener for it and can throw from inside (seen once in CI as an ArgumentNullException in ProcessAccept).
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}

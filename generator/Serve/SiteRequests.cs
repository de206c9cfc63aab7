using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace PeerHub.Serve;

/// <summary>
/// Answers every request from memory: the site's files under the base path (HTML with the live-reload script
/// added), and the server's own <c>__peerhub/</c> endpoints: live.js, the event stream and the build status. A request
/// addressed to a name the server does not answer to (see <see cref="AllowedHosts"/>) gets 421 and nothing else.
/// </summary>
public sealed class SiteRequests(string basePath, StateHub state, LiveEvents events, AllowedHosts hosts, CancellationToken stopping)
{
    private const string Own = "__peerhub/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] LiveScript = ReadLiveScript();

    /// <summary>The path the site is served under, with leading and trailing slash.</summary>
    public string BasePath { get; } = basePath;

    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        // First of all: a page of another site reaching us through a rebound name of its own learns nothing.
        if (!hosts.Allows(request.Headers.Host.ToString()))
        {
            await Misdirected(response, request.Headers.Host.ToString());
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (BasePath != "/" && (path == "/" || path + "/" == BasePath))
        {
            response.Redirect(BasePath);
            return;
        }
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            await NotFound(response);
            return;
        }

        var relative = path[BasePath.Length..];
        switch (relative)
        {
            case Own + "live.js":
                await Send(response, 200, "text/javascript; charset=utf-8", LiveScript);
                return;
            case Own + "status":
                var after = int.TryParse(request.Query["after"], out var n) ? n : int.MaxValue;
                var current = after == int.MaxValue ? state.Current : await state.WaitForBuildAfter(after, TimeSpan.FromSeconds(20), context.RequestAborted);
                await Send(response, 200, "application/json; charset=utf-8", Status(current));
                return;
            case Own + "events":
                await Stream(context);
                return;
        }

        var site = state.Current;
        if (site.Files is null)
        {
            await Send(response, 503, "text/html; charset=utf-8", Inject(NotBuiltPage, site.Served));
            return;
        }
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (site.File(file) is { } bytes)
        {
            await Send(response, 200, ContentType(file), file.EndsWith(".html", StringComparison.Ordinal) ? Inject(bytes, site.Served) : bytes);
            return;
        }
        if (site.Files.ContainsKey(file + "/index.html"))
        {
            response.Redirect(path + "/" + request.QueryString);
            return;
        }
        await NotFound(response);
    }

    /// <summary>421 with a short plain-text reason; the name asked for is echoed only as plain text.</summary>
    private static async Task Misdirected(HttpResponse response, string host)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        var shown = host.Length is > 0 and <= 100 ? $"`{host}`" : "another name";
        var text = "421 Misdirected Request: peerhub serve answers only requests addressed to localhost, a loopback address "
            + $"such as 127.0.0.1 or [::1], or a name allowed with --allow-host NAME; this one was addressed to {shown}. "
            + "Other web sites could otherwise reach it through a name of theirs.\n";
        await Send(response, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text));
    }

    private async Task NotFound(HttpResponse response)
    {
        var site = state.Current;
        var page = site.File("404.html") ?? "<!doctype html><title>Not found</title><body><h1>Not found</h1></body>"u8.ToArray();
        await Send(response, 404, "text/html; charset=utf-8", Inject(page, site.Served));
    }

    /// <summary>Adds the live-reload script before <c>&lt;/body&gt;</c>; it carries the build the page came from.</summary>
    public byte[] Inject(byte[] html, int build)
    {
        var tag = Encoding.UTF8.GetBytes($"<script src=\"{BasePath}{Own}live.js?build={build}\" defer></script>");
        var at = html.AsSpan().LastIndexOf("</body>"u8);
        if (at < 0) at = html.Length;
        return [.. html.AsSpan(0, at), .. tag, .. html.AsSpan(at)];
    }

    private async Task Stream(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var client = events.Subscribe();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", done.Token);
            await response.Body.FlushAsync(done.Token);
            await foreach (var message in client.Reader.ReadAllAsync(done.Token))
            {
                await response.WriteAsync(message, done.Token);
                await response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException) { }      // the page went away, or the server is stopping
        catch (IOException) { }
        finally { events.Unsubscribe(client); }
    }

    /// <summary>The status endpoint's JSON, also sent with "errors" events.</summary>
    public static byte[] Status(SiteState state) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        build = state.Build,
        served = state.Served,
        ok = state.Ok,
        errors = state.Errors.Select(d => new { path = d.Span.Path, line = d.Span.Line, column = d.Span.Column, code = d.Code, message = d.Message, text = d.ToString() }),
    });

    private static async Task Send(HttpResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    private static string ContentType(string path)
    {
        if (!ContentTypes.TryGetContentType(path, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/manifest+json" or "image/svg+xml"
            ? type + "; charset=utf-8" : type;
    }

    private static readonly byte[] NotBuiltPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>The site has not built yet</title></head>
        <body><main><h1>The site has not built yet</h1><p>Fix the errors shown here (and in the terminal) and save; this page reloads by itself.</p></main></body></html>
        """u8.ToArray();

    private static byte[] ReadLiveScript()
    {
        using var stream = typeof(SiteRequests).Assembly.GetManifestResourceStream("PeerHub.Serve.live.js")
            ?? throw new InvalidOperationException("live.js is not embedded in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

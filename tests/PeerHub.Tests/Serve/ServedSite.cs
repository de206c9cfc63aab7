using Xunit;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using PeerHub.Serve;
using PeerHub.Tests.Support;

namespace PeerHub.Tests.Serve;

/// <summary>
/// The minimal fixture site written to a temp folder and served in-process by a <see cref="DevServer"/> on a free
/// loopback port with the real theme. Tests edit its files and wait on the server's build counter.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly TempDir _dir = new();
    private readonly StringWriter _out = new(), _error = new();

    public DevServer Server { get; private set; } = null!;
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    public string Content => Path.Combine(_dir.Path, "content");
    /// <summary>The site's address with its base path, such as http://127.0.0.1:40123/peerhub/.</summary>
    public string Url => Server.Url.ToString();
    public string Origin => Server.Url.GetLeftPart(UriPartial.Authority);

    public static async Task<ServedSite> StartAsync(FixtureSite? site = null, string? basePath = null, IReadOnlyList<string>? allowHosts = null)
    {
        var served = new ServedSite();
        (site ?? FixtureSite.Minimal()).WriteTo(served._dir.Path);
        var options = new ServeOptions(served.Content, FixtureSite.ThemeDir(served._dir.Path), Port: 0, BasePath: basePath, AllowHosts: allowHosts);
        served.Server = await DevServer.StartAsync(options, served._out, served._error);
        return served;
    }

    public string ConsoleOutput => _out.ToString() + _error;

    public Task<HttpResponseMessage> Get(string path) => Http.GetAsync(Url + path);

    public async Task<string> Text(string path)
    {
        using var response = await Get(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The server's build status: build, served, ok, errors[].text.</summary>
    public async Task<JsonElement> Status(int? after = null) =>
        await Http.GetFromJsonAsync<JsonElement>(Url + "__peerhub/status" + (after is null ? "" : $"?after={after}"));

    /// <summary>Writes a file of the site and waits (on the server's build counter, not a clock) for the build it causes.</summary>
    public async Task<JsonElement> Edit(string relativePath, Func<string, string> change)
    {
        var before = (await Status()).GetProperty("build").GetInt32();
        var path = Path.Combine(_dir.Path, relativePath);
        // Written beside the watched folders and renamed into place in one step: written in place, the truncation
        // and the write are two events, and on a busy machine the server's quiet period can pass between them, so
        // a build would read the file empty and this would return that build's errors.
        var aside = Path.Combine(_dir.Path, $"edit-{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(aside, change(await File.ReadAllTextAsync(path)), new UTF8Encoding(false));
        File.Move(aside, path, overwrite: true);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var status = await Status(after: before);
            if (status.GetProperty("build").GetInt32() > before) return status;
        }
        throw new TimeoutException($"no rebuild after editing {relativePath}:\n{ConsoleOutput}");
    }

    /// <summary>Checks after each build until the condition holds.</summary>
    public async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var build = (await Status()).GetProperty("build").GetInt32();
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the site did not reach the expected state:\n" + ConsoleOutput);
            build = (await Status(after: build)).GetProperty("build").GetInt32();
        }
    }

    /// <summary>Opens the event stream and collects its events as "name: data".</summary>
    public async Task<ChannelReader<string>> Events(CancellationToken cancel)
    {
        var response = await Http.GetAsync(Url + "__peerhub/events", HttpCompletionOption.ResponseHeadersRead, cancel);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(cancel);
        var events = Channel.CreateUnbounded<string>();
        _ = Task.Run(async () =>
        {
            using var reader = new StreamReader(stream);
            string? name = null;
            try
            {
                while (await reader.ReadLineAsync(cancel) is { } line)
                {
                    if (line.StartsWith("event: ")) name = line["event: ".Length..];
                    else if (line.StartsWith("data: ") && name is not null) { events.Writer.TryWrite($"{name}: {line["data: ".Length..]}"); name = null; }
                }
            }
            catch (OperationCanceledException) { }
            catch (IOException) { }
            finally { response.Dispose(); events.Writer.TryComplete(); }
        }, CancellationToken.None);
        return events.Reader;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        _dir.Dispose();
    }
}

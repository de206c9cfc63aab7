using System.Net;
using PeerHub.Serve;
using Xunit;

namespace PeerHub.Tests.Serve;

/// <summary>
/// DNS rebinding: a page of another site, its name pointed at 127.0.0.1, must not be able to read the dev server. Its
/// requests reach the server like any other but carry the other site's name in the Host header, which is what these
/// tests send (every request goes to 127.0.0.1; only the header changes).
/// </summary>
public class HostHeaderTests
{
    /// <summary>The site's pages, the server's status and its live-reload stream.</summary>
    private static readonly string[] Paths = ["models/peer-mentoring/", "__peerhub/status", "__peerhub/events", "__peerhub/live.js", "no/such/page/"];

    [Fact]
    public async Task A_request_addressed_to_another_name_gets_421_and_nothing_of_the_site()
    {
        await using var site = await ServedSite.StartAsync();
        var port = new Uri(site.Url).Port;

        foreach (var host in new[] { "evil.example", $"evil.example:{port}", "localhost.evil.example", $"127.0.0.1.evil.example:{port}" })
        {
            foreach (var path in Paths)
            {
                using var response = await Send(site, path, host);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.MisdirectedRequest, $"{host} {path}: {(int)response.StatusCode}");
                Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
                Assert.StartsWith("421 Misdirected Request: peerhub serve answers only requests addressed to localhost", body);
                Assert.DoesNotContain("Peer mentoring", body);
                Assert.DoesNotContain("build", body);
            }
        }
        using var root = await Send(site, "", "evil.example", fromRoot: true);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, root.StatusCode);
        Assert.Null(root.Headers.Location);
    }

    [Fact]
    public async Task Loopback_names_are_answered_with_or_without_the_port()
    {
        await using var site = await ServedSite.StartAsync();
        var port = new Uri(site.Url).Port;

        foreach (var host in new[] { $"localhost:{port}", "localhost", $"LocalHost:{port}", $"127.0.0.1:{port}", "127.0.0.1", $"127.8.9.10:{port}",
                     $"[::1]:{port}", "[::1]" })
        {
            using var page = await Send(site, "models/peer-mentoring/", host);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{host}: {(int)page.StatusCode}");
            Assert.Contains("<h1>Peer mentoring</h1>", await page.Content.ReadAsStringAsync());

            using var status = await Send(site, "__peerhub/status", host);
            Assert.True(status.StatusCode == HttpStatusCode.OK, $"{host} status: {(int)status.StatusCode}");
            Assert.StartsWith("{\"build\":1,", await status.Content.ReadAsStringAsync());

            using var events = await Send(site, "__peerhub/events", host);
            Assert.True(events.StatusCode == HttpStatusCode.OK, $"{host} events: {(int)events.StatusCode}");
            Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
            using var stream = new StreamReader(await events.Content.ReadAsStreamAsync());
            Assert.Equal("retry: 1000", await stream.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)));
        }
    }

    [Fact]
    public async Task A_name_given_with_allow_host_is_answered()
    {
        await using var site = await ServedSite.StartAsync(allowHosts: ["preview.test"]);
        var port = new Uri(site.Url).Port;

        using var page = await Send(site, "models/peer-mentoring/", $"preview.test:{port}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var other = await Send(site, "models/peer-mentoring/", $"other.test:{port}");
        Assert.Equal(HttpStatusCode.MisdirectedRequest, other.StatusCode);
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("localhost.", true)]
    [InlineData("localhost:1313", true)]
    [InlineData("127.0.0.1:1313", true)]
    [InlineData("127.255.0.3", true)]
    [InlineData("[::1]:1313", true)]
    [InlineData("[::ffff:127.0.0.1]:1313", true)]
    [InlineData("", false)]
    [InlineData("evil.example", false)]
    [InlineData("my-laptop:1313", false)]
    [InlineData("192.168.1.5:1313", false)]
    [InlineData("[::2]:1313", false)]
    [InlineData("localhost:http", false)]
    [InlineData("localhost:99999", false)]
    [InlineData("[::1", false)]
    [InlineData("[localhost]:1313", false)]
    [InlineData("::1", false)]
    public void Bound_to_loopback_only_loopback_names_are_allowed(string host, bool allowed) =>
        Assert.Equal(allowed, new AllowedHosts(IPAddress.Loopback, [], "my-laptop").Allows(host));

    [Theory]
    [InlineData("localhost:1313", true)]
    [InlineData("my-laptop:1313", true)]
    [InlineData("MY-LAPTOP", true)]
    [InlineData("192.168.1.5:1313", true)]
    [InlineData("[fe80::1]:1313", true)]
    [InlineData("preview.test", true)]
    [InlineData("evil.example:1313", false)]
    [InlineData("my-laptop.evil.example", false)]
    public void Bound_to_every_address_any_address_the_machine_name_and_allowed_names_are_allowed(string host, bool allowed) =>
        Assert.Equal(allowed, new AllowedHosts(IPAddress.Any, ["preview.test"], "my-laptop").Allows(host));

    [Theory]
    [InlineData("192.168.1.5:1313", true)]
    [InlineData("my-laptop", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("192.168.1.6:1313", false)]
    [InlineData("evil.example", false)]
    public void Bound_to_one_address_that_address_and_the_machine_name_are_allowed(string host, bool allowed) =>
        Assert.Equal(allowed, new AllowedHosts(IPAddress.Parse("192.168.1.5"), [], "my-laptop").Allows(host));

    /// <summary>A GET to the server on 127.0.0.1 with the given Host header; headers only, so an event stream can be read as it comes.</summary>
    private static async Task<HttpResponseMessage> Send(ServedSite site, string path, string host, bool fromRoot = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, (fromRoot ? site.Origin + "/" : site.Url) + path);
        request.Headers.Host = host;
        return await site.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}

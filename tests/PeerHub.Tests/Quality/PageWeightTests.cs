using System.IO.Compression;
using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>Every page but search stays under 100 KB compressed before the search index is asked for, with no render-blocking script.</summary>
[Collection("browser")]
public class PageWeightTests(BrowserFixture browser, RealHubSite hub) : IClassFixture<RealHubSite>
{
    // The fixture xunit builds once for the class; a field initialised with new() built the hub again for every test.
    private readonly RealHubSite _hub = hub;
    private const int Budget = 100 * 1024;

    private static long Gzipped(string file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(File.ReadAllBytes(file));
        return buffer.Length;
    }

    [Theory]
    [InlineData("")]
    [InlineData("models/peer-mentoring/")]
    [InlineData("curricula/peer-mentor-foundations/")]
    [InlineData("scenarios/")]
    [InlineData("planner/")]
    [InlineData("resources/")]
    public async Task Page_loads_under_the_budget_without_the_search_index(string path)
    {
        using var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block });
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, r) => requested.Add(new Uri(r.Url).AbsolutePath);
        await page.GotoAsync(server.BaseUrl + path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.DoesNotContain(requested, r => r.Contains("/search/index.json") || r.Contains("/search/search-data.js"));
        long total = 0;
        foreach (var r in requested.Distinct())
        {
            var rel = r[server.BasePath.Length..];
            if (rel.Length == 0 || rel.EndsWith('/')) rel += "index.html";
            var file = Path.Combine(_hub.Site.Dir, rel);
            if (File.Exists(file)) total += Gzipped(file);
        }
        Assert.True(total < Budget, $"{path} transfers {total / 1024.0:0.0} KB compressed, over the {Budget / 1024} KB budget");

        // No script in the head blocks rendering: each is deferred, async or a module.
        var blocking = await page.EvaluateAsync<int>("() => [...document.head.querySelectorAll('script[src]')].filter(s => !s.defer && !s.async && s.type !== 'module').length");
        Assert.Equal(0, blocking);
    }
}

using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

[Collection("browser")]
public class OfflineTests(BrowserFixture browser, RealHubSite hub) : IClassFixture<RealHubSite>
{
    // The fixture xunit builds once for the class; a field initialised with new() built the hub again for every test.
    private readonly RealHubSite _hub = hub;

    [Fact]
    public async Task After_one_visit_every_page_works_with_the_network_gone()
    {
        var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("html[data-offline-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

        // Really offline: the server is gone and the browser is told it has no network.
        var origin = server.BaseUrl;
        server.Dispose();
        await context.SetOfflineAsync(true);

        foreach (var (path, heading) in new[]
                 {
                     ("models/peer-mentoring/", "Peer mentoring"),
                     ("scenarios/", "Role-play scenarios"),
                     ("curricula/peer-mentor-foundations/", null),
                     ("planner/", "Program planner"),
                     ("search/", "Search"),
                     ("elements/needs-assessment/", null),
                     ("packs/", null),
                     ("packs/curricula/peer-mentor-foundations/", null),
                 })
        {
            var response = await page.GotoAsync(origin + path);
            Assert.True(response is { Ok: true }, $"{path} did not load offline");
            var h1 = await page.InnerTextAsync("main h1");
            if (heading is not null) Assert.Equal(heading, h1);
            Assert.False(string.IsNullOrWhiteSpace(h1));
            Assert.Equal("rgb(18, 50, 74)", await page.EvalOnSelectorAsync<string>(".crisis-bar", "e => getComputedStyle(e).backgroundColor"));
        }
        // Search works offline: the index comes from the precache.
        await page.GotoAsync(origin + "search/?q=restorative");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-results')?.dataset.renderedFor === 'restorative'");
        var titles = await page.Locator("#search-results .search-result-title").AllInnerTextsAsync();
        Assert.Contains("Restorative justice peer leaders", titles);
    }

    [Fact]
    public async Task Offline_a_missing_page_answers_404_with_the_styled_404_page()
    {
        // Given one visit that precached the hub, then no network
        var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("html[data-offline-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        var origin = server.BaseUrl;
        server.Dispose();
        await context.SetOfflineAsync(true);

        // When the reader asks for a page that does not exist
        var response = await page.GotoAsync(origin + "no/such/page/");

        // Then the service worker answers with the cached 404 page and status 404, as the host would
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.InnerTextAsync("main h1"));
        await page.WaitForSelectorAsync("html[data-site-root]", new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        Assert.Equal("rgb(18, 50, 74)", await page.EvalOnSelectorAsync<string>(".crisis-bar", "e => getComputedStyle(e).backgroundColor"));
    }
}

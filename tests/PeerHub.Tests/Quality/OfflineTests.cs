using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>
/// Offline use: a first visit saves only the main pages (a phone on a data plan is not charged for the whole hub
/// unasked); "Make the whole hub available offline" in the footer saves the rest, and turning it off deletes it.
/// </summary>
[Collection("browser")]
public class OfflineTests(BrowserFixture browser, RealHubSite hub) : IClassFixture<RealHubSite>
{
    // The fixture xunit builds once for the class; a field initialised with new() built the hub again for every test.
    private readonly RealHubSite _hub = hub;

    private static readonly (string Path, string? Heading)[] CorePages =
    [
        ("", null),
        ("tiers/tier-2/", null),
        ("models/", null),
        ("planner/", "Program planner"),
        ("search/", "Search"),
        ("elements/policies-and-procedures/", "Policies and procedures"),
    ];

    private static async Task AssertLoadsAsync(IPage page, string url, string? heading)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} did not load offline");
        var h1 = await page.InnerTextAsync("main h1");
        if (heading is not null) Assert.Equal(heading, h1);
        Assert.False(string.IsNullOrWhiteSpace(h1));
        Assert.NotEqual("Page not found", h1);
        Assert.Equal("rgb(18, 50, 74)", await page.EvalOnSelectorAsync<string>(".crisis-bar", "e => getComputedStyle(e).backgroundColor"));
    }

    [Fact]
    public async Task A_first_visit_saves_only_the_main_pages_and_says_so()
    {
        var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("html[data-offline-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

        // The footer says what is saved and offers the rest with its size; nothing beyond the core was downloaded.
        Assert.Equal("false", await page.GetAttributeAsync("html", "data-offline-full"));
        Assert.StartsWith("The main pages are available offline on this device (", await page.InnerTextAsync("[data-offline-status]"));
        Assert.Matches(@"^Make the whole hub available offline \(about \d+\.\d MB to download\)$", await page.InnerTextAsync("[data-offline-toggle]"));
        Assert.Equal(["peerhub-core-"], (await page.EvaluateAsync<string[]>("caches.keys()")).Select(k => k[..^16]));
        var cached = int.Parse(await page.GetAttributeAsync("html", "data-offline-cached") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var total = Directory.EnumerateFiles(_hub.Site.Dir, "*", SearchOption.AllDirectories).Count();
        Assert.True(cached < total / 3, $"a first visit saved {cached} of {total} files");

        var origin = server.BaseUrl;
        server.Dispose();
        await context.SetOfflineAsync(true);
        foreach (var (path, heading) in CorePages) await AssertLoadsAsync(page, origin + path, heading);
        // A page not saved gets the 404 page, crisis lines included, from the saved core.
        await page.GotoAsync(origin + "scenarios/not-safe-at-home/");
        Assert.Equal("Page not found", await page.InnerTextAsync("main h1"));
        // (The 404 page's links are written for the configured base path, so its styles are not checked here.)
        Assert.Contains("Call or text 988", await page.InnerTextAsync(".crisis-bar"));
    }

    [Fact]
    public async Task A_first_visit_in_english_also_saves_the_spanish_main_pages_which_open_offline_in_spanish()
    {
        // Given one visit to the English home page, and then no network at all
        var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("html[data-offline-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        Assert.Equal("false", await page.GetAttributeAsync("html", "data-offline-full"));
        var origin = server.BaseUrl;
        server.Dispose();
        await context.SetOfflineAsync(true);

        // Then the Spanish main pages open, in Spanish, from the saved core: home, planner, search, families, a tier guide
        foreach (var (path, heading) in new (string, string?)[]
                 {
                     ("es/", null), ("es/planner/", "Planificador del programa"), ("es/search/", "Buscar"),
                     ("es/families/", "Para las familias"), ("es/tiers/tier-2/", "Nivel 2: Apoyo focalizado"),
                 })
        {
            await AssertLoadsAsync(page, origin + path, heading);
            Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
            Assert.Contains("Llame al 988", await page.InnerTextAsync(".crisis-bar"));
        }
        // The Spanish planner works offline too: its questions (es/planner/planner-data.js) were saved with it.
        await page.GotoAsync(origin + "es/planner/");
        await page.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Comenzar", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main fieldset legend").First).ToContainTextAsync("¿");
        // A Spanish page not saved gets the Spanish 404 page, with the Spanish crisis lines.
        var missing = await page.GotoAsync(origin + "es/scenarios/not-safe-at-home/");
        Assert.Equal(404, missing!.Status);
        Assert.Equal("No encontramos la página", await page.InnerTextAsync("main h1"));
        Assert.Contains("Llame al 988", await page.InnerTextAsync(".crisis-bar"));
    }

    [Fact]
    public async Task After_choosing_the_whole_hub_every_page_works_with_the_network_gone_and_turning_it_off_deletes_it()
    {
        var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("html[data-offline-ready='true']", new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

        await page.ClickAsync("[data-offline-toggle]");
        await page.WaitForSelectorAsync("html[data-offline-full='true']", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await Assertions.Expect(page.Locator("[data-offline-status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^The whole hub is available offline on this device \(\d+\.\d MB\)\.$"));
        await Assertions.Expect(page.Locator("[data-offline-toggle]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Turn off offline use of the whole hub"));

        // Really offline: the server is gone and the browser is told it has no network.
        var origin = server.BaseUrl;
        server.Dispose();
        await context.SetOfflineAsync(true);

        foreach (var (path, heading) in CorePages.Concat(
                 [
                     ("models/peer-mentoring/", "Peer mentoring"),
                     ("scenarios/", "Role-play scenarios"),
                     ("scenarios/not-safe-at-home/", null),
                     ("curricula/peer-mentor-foundations/", null),
                     ("elements/needs-assessment/", null),
                     ("packs/", null),
                     ("packs/curricula/peer-mentor-foundations/", null),
                 ]))
            await AssertLoadsAsync(page, origin + path, heading);
        // Search works offline: the index comes from the saved copy.
        await page.GotoAsync(origin + "search/?q=restorative");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-results')?.dataset.renderedFor === 'restorative'");
        var titles = await page.Locator("#search-results .search-result-title").AllInnerTextsAsync();
        Assert.Contains("Restorative justice peer leaders", titles);

        // Turning it off deletes the saved copy of the whole hub; the main pages stay.
        await page.GotoAsync(origin);
        await page.WaitForSelectorAsync("html[data-offline-full='true']", new() { State = WaitForSelectorState.Attached });
        await page.ClickAsync("[data-offline-toggle]");
        await page.WaitForSelectorAsync("html[data-offline-full='false']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(["peerhub-core-"], (await page.EvaluateAsync<string[]>("caches.keys()")).Select(k => k[..^16]));
        await page.GotoAsync(origin + "scenarios/not-safe-at-home/");
        Assert.Equal("Page not found", await page.InnerTextAsync("main h1"));
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

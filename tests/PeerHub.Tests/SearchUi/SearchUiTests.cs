using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PeerHub.Tests.SearchUi;

/// <summary>The real hub, built once for every search UI test.</summary>
public sealed class RealHubFixture : IDisposable
{
    public BuiltSite Site { get; } = new(BuiltSite.RealHub());

    public void Dispose() => Site.Dispose();
}

/// <summary>
/// The search UI in a real browser on the real hub, served under a sub-path: the header box's suggestions, the
/// search page (highlights, filters, keyboard, URL state, Back), the empty state, file:// use and an axe scan.
/// Every wait is on a flag search.js sets (data-rendered-for, data-search-ready), never on a sleep.
/// </summary>
[Collection("browser")]
public sealed class SearchUiTests(BrowserFixture browser, RealHubFixture hub, ITestOutputHelper output)
    : IClassFixture<RealHubFixture>, IDisposable
{
    private const string IndexPath = "/peerhub/search/index.json";
    private readonly StaticSiteServer _server = new(hub.Site.Dir, "/peerhub/");
    private readonly List<string> _outside = [];

    public void Dispose() => _server.Dispose();

    private async Task<IPage> OpenAsync(string path)
    {
        // The service worker precaches the whole site, search index included, for offline use (OfflineTests);
        // it is kept out here so the requests counted are the page's own.
        var page = await browser.Browser.NewPageAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block });
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_server.Origin + "/", StringComparison.Ordinal)) _outside.Add(request.Url);
        };
        var response = await page.GotoAsync(_server.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        return page;
    }

    private int IndexRequests => _server.Requests.Count(p => p == IndexPath);

    private static Task<IJSHandle> RenderedAsync(IPage page, string selector, string query) =>
        page.WaitForFunctionAsync("([s, q]) => document.querySelector(s)?.dataset.renderedFor === q", new[] { selector, query });

    private static async Task<List<string>> ResultTitlesAsync(IPage page) =>
        [.. await page.Locator("#search-results .search-result-title").AllInnerTextsAsync()];

    private static async Task SearchPageAsync(IPage page, string query)
    {
        await page.Locator("#search-page-input").FillAsync(query);
        await RenderedAsync(page, "#search-results", query);
    }

    [Theory]
    [InlineData("red flags", "Recognizing red flags", "Policies and procedures")]
    [InlineData("confidentiality", "Policies and procedures", "Peer helper confidentiality agreement")]
    [InlineData("tier 2 mentoring", "Tier 2: Targeted support", "Peer mentoring")]
    [InlineData("restorative", "Restorative justice peer leaders", "Restorative circle after a cafeteria argument")]
    [InlineData("mindful", "Peer-led mindfulness", "A mindfulness moment gone awry")]
    public async Task Queries_people_type_find_the_pages_they_mean(string query, string first, string second)
    {
        var page = await OpenAsync("search/");
        await SearchPageAsync(page, query);
        var top = (await ResultTitlesAsync(page)).Take(3).ToList();
        output.WriteLine($"{query}: {string.Join(" | ", top)}");
        Assert.Contains(first, top);
        Assert.Contains(second, top);
        Assert.Empty(_outside);
    }

    [Theory]
    [InlineData("ayuda")]
    [InlineData("confidencialidad")]
    [InlineData("escuchando")]
    public async Task Spanish_search_finds_spanish_pages_with_the_spanish_pipeline(string query)
    {
        var page = await OpenAsync("es/search/");
        await SearchPageAsync(page, query);
        var links = await page.Locator("#search-results .search-result-title a").EvaluateAllAsync<string[]>("els => els.map(a => a.getAttribute('href'))");
        output.WriteLine($"{query}: {string.Join(" | ", links.Take(5))}");
        Assert.True(links.Length >= 3, $"{query}: only {links.Length} results");
        // Every result is a page of the Spanish site (under es/); English results come only when asked for.
        Assert.All(links.Take(10), href => Assert.Contains("/es/", href));
        if (query == "escuchando")
        {
            // The stemmer takes "escuchando" to the stem of "escuchar", which the Spanish pages use.
            var text = await page.Locator("#search-results").InnerTextAsync();
            Assert.Contains("escuch", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Header_box_loads_the_index_on_first_use_suggests_pages_and_works_by_keyboard()
    {
        var page = await OpenAsync("models/peer-mentoring/");
        Assert.Equal(0, IndexRequests); // lazy: nothing until someone uses search

        await page.Keyboard.PressAsync("/");
        Assert.Equal("site-search", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.searchReady === 'true'");
        var box = page.Locator("#site-search");
        Assert.Equal("combobox", await box.GetAttributeAsync("role"));
        Assert.Equal("site-search-listbox", await box.GetAttributeAsync("aria-controls"));
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));

        // Type as a person does, a key at a time: the debounce renders once the typing pauses.
        await box.PressSequentiallyAsync("mindful", new() { Delay = 30 });
        await RenderedAsync(page, "#site-search-listbox", "mindful");
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        var options = page.Locator("#site-search-listbox [role=option]");
        Assert.Equal("Peer-led mindfulness", await options.First.Locator(".search-suggest-title").InnerTextAsync());
        Assert.Equal("mindfulness", (await options.First.Locator("mark").InnerTextAsync()).ToLowerInvariant());

        // Escape closes the list and clears the box.
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        Assert.Equal("", await box.InputValueAsync());

        await box.FillAsync("restorative");
        await RenderedAsync(page, "#site-search-listbox", "restorative");
        await page.Keyboard.PressAsync("ArrowDown");
        var activeId = await box.GetAttributeAsync("aria-activedescendant");
        Assert.Equal("site-search-listbox-0", activeId);
        Assert.Equal("true", await page.Locator("#" + activeId).GetAttributeAsync("aria-selected"));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("site-search-listbox-0", await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal(1, IndexRequests); // several queries, one download
        await Task.WhenAll(page.WaitForURLAsync("**/models/restorative-justice-peer-leaders/"), page.Keyboard.PressAsync("Enter"));
        Assert.Equal("Restorative justice peer leaders", await page.InnerTextAsync("main h1"));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Header_box_see_all_results_and_submit_open_the_search_page_with_the_query()
    {
        var page = await OpenAsync("tiers/tier-1/");
        var box = page.Locator("#site-search");
        await box.FillAsync("peer");
        await RenderedAsync(page, "#site-search-listbox", "peer");
        var all = page.Locator("#site-search-listbox [role=option]").Last;
        Assert.StartsWith("See all", await all.InnerTextAsync());
        await Task.WhenAll(page.WaitForURLAsync("**/peerhub/search/?q=peer"), all.ClickAsync());
        await RenderedAsync(page, "#search-results", "peer");
        Assert.Equal("peer", await page.Locator("#search-page-input").InputValueAsync());
        // Long result lists come a page at a time; "Show more" adds the next and moves focus to it.
        Assert.Equal(30, await page.Locator("#search-results .search-result").CountAsync());
        await page.Locator("#search-results .search-more").ClickAsync();
        Assert.True(await page.Locator("#search-results .search-result").CountAsync() > 30);
        Assert.Equal(await page.Locator("#search-results .search-result-title a").Nth(30).InnerTextAsync(),
            await page.EvaluateAsync<string>("() => document.activeElement.textContent"));

        // Enter without choosing an option submits: the search page shows that query.
        await page.GotoAsync(_server.BaseUrl + "about/");
        await page.Locator("#site-search").FillAsync("red flags");
        await Task.WhenAll(page.WaitForURLAsync("**/peerhub/search/?q=red+flags"), page.Locator("#site-search").PressAsync("Enter"));
        await RenderedAsync(page, "#search-results", "red flags");
        Assert.NotEmpty(await ResultTitlesAsync(page));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Search_page_highlights_filters_and_keeps_the_state_in_the_url()
    {
        var page = await OpenAsync("search/");
        await SearchPageAsync(page, "restorative");
        Assert.EndsWith("/search/?q=restorative", page.Url); // replaceState while typing
        var firstMark = page.Locator("#search-results .search-result").First.Locator(".search-result-title mark");
        Assert.Equal("restorative", (await firstMark.InnerTextAsync()).ToLowerInvariant());
        Assert.True(await page.Locator("#search-results .search-result-snippet mark").CountAsync() > 0);
        Assert.Contains("results for “restorative”", await page.InnerTextAsync("#search-status"));

        // A type chip filters by the document store's kind, is pressed, and goes into the URL.
        var scenarios = page.Locator("#search-filters button[data-kind=scenario]");
        Assert.Equal("false", await scenarios.GetAttributeAsync("aria-pressed"));
        var before = await ResultTitlesAsync(page);
        await scenarios.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#search-filters button[data-kind=scenario]').getAttribute('aria-pressed') === 'true'");
        var kinds = await page.Locator("#search-results .search-result-kind").AllInnerTextsAsync();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("Scenario", k));
        Assert.True(kinds.Count < before.Count);
        Assert.Contains("type=scenario", page.Url);

        // Tier chips use the tiers in the store: turning off scenarios and picking Tier 2 shows tier 2 pages only.
        await scenarios.ClickAsync();
        await page.Locator("#search-filters button[data-tier='2']").ClickAsync();
        var metas = await page.Locator("#search-results .search-result-meta").AllInnerTextsAsync();
        Assert.NotEmpty(metas);
        Assert.All(metas, m => Assert.Matches(@"Tiers? .*2", m));
        Assert.Contains("tier=2", page.Url);

        // The URL is shareable: opened fresh, it shows the same search with the same filter.
        var shared = await OpenAsync("search/?q=restorative&type=scenario");
        await RenderedAsync(shared, "#search-results", "restorative");
        Assert.Equal("restorative", await shared.Locator("#search-page-input").InputValueAsync());
        Assert.Equal("true", await shared.Locator("#search-filters button[data-kind=scenario]").GetAttributeAsync("aria-pressed"));
        Assert.Contains("Restorative circle after a cafeteria argument", await ResultTitlesAsync(shared));
        Assert.DoesNotContain("Restorative justice peer leaders", await ResultTitlesAsync(shared));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Audience_filter_keeps_the_families_page_drops_scenarios_and_combines_with_the_type_filter()
    {
        var page = await OpenAsync("search/?q=confidentiality");
        await RenderedAsync(page, "#search-results", "confidentiality");
        var before = await ResultTitlesAsync(page);
        Assert.Contains("For families", before);
        Assert.Contains("Promise you won't tell", before);
        Assert.Equal("Audience", await page.InnerTextAsync("#search-filter-audience"));
        // A result says whom it is for only when that is families or students: not on a scenario, which is the trainers'.
        var scenario = page.Locator("#search-results .search-result", new() { HasText = "Promise you won't tell" });
        Assert.Equal(0, await scenario.Locator(".search-result-audience").CountAsync());
        Assert.Equal("For families", await page.Locator("#search-results .search-result", new() { HasText = "What a peer support program at your child" })
            .Locator(".search-result-audience").InnerTextAsync());

        // The chips are buttons in the filters' order, with the count each would show; Families is pressed by keyboard.
        Assert.Equal(["coordinators", "trainers", "families", "students"],
            await page.Locator("#search-filters button[data-audience]").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.audience)"));
        var families = page.Locator("#search-filters button[data-audience=families]");
        var label = await families.InnerTextAsync();
        Assert.StartsWith("Families (", label);
        await families.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-filters button[data-audience=families]').getAttribute('aria-pressed') === 'true'");
        var shown = await ResultTitlesAsync(page);
        Assert.Contains("For families", shown);
        Assert.DoesNotContain("Promise you won't tell", shown);
        Assert.Equal($"Families ({shown.Count})", label);
        Assert.Empty(await page.Locator("#search-results .search-result-kind", new() { HasText = "Scenario" }).AllInnerTextsAsync());
        Assert.Contains("audience=families", page.Url);
        // The pressed chip and the results' audience labels pass WCAG 2.2 AA (contrast, names).
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Html))}"));

        // With a type as well, both apply: guides for families.
        await page.Locator("#search-filters button[data-kind=page]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#search-filters button[data-kind=page]').getAttribute('aria-pressed') === 'true'");
        Assert.Equal(["For families"], await ResultTitlesAsync(page));
        Assert.Contains("type=page&audience=families", page.Url);
        // Enter turns the audience off again, leaving the type.
        await families.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-filters button[data-audience=families]').getAttribute('aria-pressed') === 'false'");
        Assert.True((await ResultTitlesAsync(page)).Count > 1);
        Assert.DoesNotContain("audience=", page.Url);

        // The Spanish search page names the filter and its chips in Spanish, and finds the families page's translation.
        var es = await OpenAsync("es/search/?q=familias&audience=families");
        await RenderedAsync(es, "#search-results", "familias");
        Assert.Equal("Para quién", await es.InnerTextAsync("#search-filter-audience"));
        Assert.StartsWith("Familias (", await es.Locator("#search-filters button[data-audience=families]").InnerTextAsync());
        Assert.Equal("true", await es.Locator("#search-filters button[data-audience=families]").GetAttributeAsync("aria-pressed"));
        Assert.Contains("Para las familias", await ResultTitlesAsync(es));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Search_page_keyboard_submit_and_back()
    {
        var page = await OpenAsync("search/");
        var input = page.Locator("#search-page-input");
        await input.FillAsync("mindful");
        await input.PressAsync("Enter"); // pushState: a history entry per submitted search
        await RenderedAsync(page, "#search-results", "mindful");
        await input.FillAsync("confidentiality");
        await input.PressAsync("Enter");
        await RenderedAsync(page, "#search-results", "confidentiality");
        Assert.EndsWith("/search/?q=confidentiality", page.Url);

        await page.GoBackAsync();
        await RenderedAsync(page, "#search-results", "mindful");
        Assert.Equal("mindful", await input.InputValueAsync());
        Assert.Equal("Peer-led mindfulness", (await ResultTitlesAsync(page))[0]);

        // Arrow keys walk from the box into the results; Enter follows the focused link.
        await input.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("A mindfulness moment gone awry", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("Peer-led mindfulness", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await Task.WhenAll(page.WaitForURLAsync("**/models/peer-led-mindfulness/"), page.Keyboard.PressAsync("Enter"));

        // Back from the page returns to the search, results and all.
        await page.GoBackAsync();
        await RenderedAsync(page, "#search-results", "mindful");
        Assert.Equal("Peer-led mindfulness", (await ResultTitlesAsync(page))[0]);
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Spelling_slips_are_forgiven_and_no_results_offers_popular_pages_and_the_crisis_lines()
    {
        // Slips are searched for close spellings at once, with the likely word offered.
        var page = await OpenAsync("search/?q=grife");
        await RenderedAsync(page, "#search-results", "grife");
        Assert.Equal("fuzzy", await page.Locator("#search-results").GetAttributeAsync("data-mode"));
        // The Grief topic page (topics and skills are searchable) and the grief scenario lead.
        Assert.Contains("Grief after a grandparent dies", (await ResultTitlesAsync(page)).Take(3));
        var fix = page.Locator("#search-results a[data-suggestion]");
        Assert.Equal("grief", await fix.InnerTextAsync());
        await fix.ClickAsync();
        await RenderedAsync(page, "#search-results", "grief");
        Assert.EndsWith("/search/?q=grief", page.Url);
        foreach (var (slip, title) in new[] { ("restorativ circle", "Restorative circle after a cafeteria argument"), ("confidentialty", "Policies and procedures"), ("mindfu", "Peer-led mindfulness") })
        {
            await SearchPageAsync(page, slip);
            Assert.Contains(title, (await ResultTitlesAsync(page)).Take(3));
        }

        // Nothing at all: say so, suggest other words and popular pages; the crisis lines stay in view.
        await SearchPageAsync(page, "xylophone");
        var empty = page.Locator("#search-results .search-empty");
        Assert.Contains("No results for “xylophone”", await empty.InnerTextAsync());
        Assert.True(await page.Locator(".search-popular a").CountAsync() >= 3);
        Assert.True(await page.Locator(".crisis-bar").IsVisibleAsync());
        Assert.Contains("Call or text 988", await page.InnerTextAsync(".crisis-bar"));
        Assert.True(await page.Locator("#search-filters").IsHiddenAsync());
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Results_show_a_line_of_the_page_text_with_the_matched_words_marked()
    {
        // Each of the first results shows a line of its own text around the words it matched, marked.
        var page = await OpenAsync("search/?q=parent%20permission");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-results')?.dataset.contextFor === 'parent permission'");
        var contexts = page.Locator(".search-result-context:not([hidden])");
        Assert.True(await contexts.CountAsync() >= 3);
        var marked = await contexts.Locator("mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Equals("consent", StringComparison.OrdinalIgnoreCase) || m.Equals("permission", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(marked, m => m.StartsWith("parent", StringComparison.OrdinalIgnoreCase) || m.StartsWith("famil", StringComparison.OrdinalIgnoreCase));

        // Words of neighboring blocks stay apart: a template's "What it is for" heading and its text, a card's facts.
        await SearchPageAsync(page, "red flag card");
        await page.WaitForFunctionAsync("() => document.querySelector('#search-results')?.dataset.contextFor === 'red flag card'");
        var card = page.Locator("#search-results .search-result", new() { HasText = "The card peer helpers keep with them" }).Locator(".search-result-context");
        var line = await card.InnerTextAsync();
        Assert.Contains("What it is for The red flag card", line);
        Assert.DoesNotContain("forThe", await page.InnerTextAsync("#search-results"));
        Assert.DoesNotContain("Families1 printed page", await page.InnerTextAsync("#search-results"));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Search_works_from_disk_where_fetch_is_refused()
    {
        var page = await browser.Browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(new Uri(Path.Combine(hub.Site.Dir, "index.html")).AbsoluteUri);
        var box = page.Locator("#site-search");
        await box.FillAsync("mindful");
        await RenderedAsync(page, "#site-search-listbox", "mindful");
        Assert.Equal("Peer-led mindfulness", await page.Locator("#site-search-listbox .search-suggest-title").First.InnerTextAsync());
        Assert.Contains(requests, r => r.EndsWith("/search/search-data.js", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => !r.StartsWith("file://", StringComparison.Ordinal));

        // Links name index.html, since a folder URL on disk is a directory listing.
        await box.PressAsync("ArrowDown");
        await Task.WhenAll(page.WaitForURLAsync("**/models/peer-led-mindfulness/index.html"), box.PressAsync("Enter"));

        // The search page from disk too.
        await page.GotoAsync(new Uri(Path.Combine(hub.Site.Dir, "search", "index.html")).AbsoluteUri + "?q=red+flags");
        await RenderedAsync(page, "#search-results", "red flags");
        Assert.Contains("Writing the session note after a red flag", await ResultTitlesAsync(page));
    }

    [Fact]
    public async Task Search_page_with_results_and_open_suggestions_has_no_wcag_22_aa_violations()
    {
        var page = await OpenAsync("search/?q=tier+2+mentoring&tier=2");
        await RenderedAsync(page, "#search-results", "tier 2 mentoring");
        await page.Locator("#site-search").FillAsync("red flags");
        await RenderedAsync(page, "#site-search-listbox", "red flags");
        await page.Keyboard.PressAsync("ArrowDown");
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes) output.WriteLine("  " + string.Join(" ", node.Target) + " " + node.Html);
        }
        Assert.Empty(result.Violations);
        Assert.True(result.Passes.Length > 10);
        Assert.Empty(_outside);
    }
}

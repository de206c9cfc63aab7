using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>WCAG 2.2 AA, checked by axe in Chromium on one page of every type, plus keyboard basics.</summary>
[Collection("browser")]
public class AccessibilityTests(BrowserFixture browser, RealHubSite hub) : IClassFixture<RealHubSite>
{
    // The fixture xunit builds once for the class; a field initialised with new() built the hub again for every test.
    private readonly RealHubSite _hub = hub;

    public static readonly TheoryData<string> PageOfEveryType = new()
    {
        "", "tiers/", "tiers/tier-2/", "models/", "models/peer-mentoring/", "curricula/peer-mentor-foundations/",
        "scenarios/", "scenarios/thoughts-of-not-wanting-to-be-alive/", "skills/", "skills/active-listening/",
        "topics/grief/", "resources/", "why-peer-support/", "elements/", "elements/needs-assessment/", "evaluation/",
        "search/", "planner/", "no-such-page/",
        // In Spanish: translated, not yet translated (English inside lang=en), and the interface's own pages.
        "es/", "es/families/", "es/scenarios/thoughts-of-not-wanting-to-be-alive/", "es/models/peer-mentoring/",
        "es/search/", "es/planner/", "es/toolkit/permission-form/",
        // The Spanish 404 page (the service worker shows it offline for a Spanish address) and a bilingual pack, whose
        // role cards hold the English text inside lang="en".
        "es/404.html", "es/packs/models/peer-mentoring/bilingual/",
    };

    internal static AxeRunOptions WcagAA => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [MemberData(nameof(PageOfEveryType))]
    public async Task Page_has_no_wcag_22_aa_violations(string path)
    {
        // Served at the real hub's own base path, so its 404 page finds its stylesheet.
        using var server = new StaticSiteServer(_hub.Site.Dir, "/");
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + path);
        var result = await page.RunAxe(WcagAA);
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Skip_link_is_first_and_moves_focus_to_main_content_with_a_visible_outline()
    {
        using var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "models/peer-mentoring/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        // The focused skip link is on screen, not hidden above it.
        Assert.True(await page.EvaluateAsync<double>("() => document.activeElement.getBoundingClientRect().top") >= 0);
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Reduced_motion_is_honoured()
    {
        using var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        var normal = await browser.Browser.NewPageAsync();
        await normal.GotoAsync(server.BaseUrl);
        Assert.Equal("smooth", await normal.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
        var reduced = await browser.Browser.NewPageAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await reduced.GotoAsync(server.BaseUrl);
        Assert.Equal("auto", await reduced.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).scrollBehavior"));
    }
}

using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>The fixture's generated packs, printed to PDF in Chromium on Letter and A4.</summary>
[Collection("browser")]
public sealed class PackPrintTests(BrowserFixture browser) : IDisposable
{
    private readonly BuiltSite _site = new(PackSites.Fixture().Input());

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("packs/curricula/foundations/")]
    [InlineData("packs/models/peer-mentoring/")]
    [InlineData("packs/models/wellness-peers/")]
    public async Task Fixture_pack_prints_one_page_per_sheet_with_cards_whole_and_apart_from_the_guides(string path)
    {
        using var server = new StaticSiteServer(_site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + path);

        foreach (var paper in Paper.Both)
        {
            var (problems, texts, sheets) = await PrintCheck.CheckAsync(page, paper);
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
            Assert.Equal(await page.GetAttributeAsync("[data-pack]", "data-pages"), sheets.Count.ToString());
            Assert.Contains("How to use this pack", texts[0]);
            Assert.Contains("Call or text 988", texts[0]);
        }
    }

    [Fact]
    public async Task Curriculum_pack_prints_guides_then_cards_in_session_order()
    {
        using var server = new StaticSiteServer(_site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/curricula/foundations/");

        var (problems, texts, sheets) = await PrintCheck.CheckAsync(page, Paper.Letter);

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Assert.Equal(["cover", "contents", "guide", "cards", "guide", "cards"], sheets.Select(s => s.Kind));
        Assert.Contains("Scenario 1 of 2: Exam stress", texts[2]);
        Assert.Contains("Agree a step-out signal first.", texts[2]);
        Assert.Contains("Scenario 2 of 2: A worrying disclosure", texts[4]);
        Assert.Contains("Red flags: stop the role-play and go to the adult advisor together", texts[4]);
        Assert.Contains("Opt-out:", texts[4]);
        Assert.Contains("Coping step afterwards:", texts[4]);
        Assert.Contains("You have been struggling.", texts[5]);
        Assert.Contains("Your adult advisor and local support:", texts[5]);
        // Screen furniture stays off paper: the crisis lines appear once, on the cover.
        Assert.DoesNotContain(texts, t => t.Contains("Search", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("Text HOME to 741741", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pack_page_has_no_accessibility_violations()
    {
        using var server = new StaticSiteServer(_site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/curricula/foundations/");
        await PackBrowser.AssertNoAxeViolationsAsync(page);
    }
}

/// <summary>Every generated pack of the real hub. Needs the full content (models, tiers, data) to be merged.</summary>
[Collection(PrintSweepCollection.Name)]
public sealed class RealHubPackPrintTests(BrowserFixture browser, RealHubPackPrintTests.Site site) : IClassFixture<RealHubPackPrintTests.Site>
{
    /// <summary>The real hub, built once for the class.</summary>
    public sealed class Site : IDisposable
    {
        public BuiltSite Built { get; } = new(PackSites.RealHub());
        public void Dispose() => Built.Dispose();
    }

    private readonly Site _site = site;

    [Theory]
    [InlineData("Letter")]
    [InlineData("A4")]
    public async Task Every_real_pack_prints_one_page_per_sheet_with_cards_whole_and_apart_from_the_guides(string format)
    {
        var paper = Paper.Both.Single(p => p.Format == format);
        // Every pack in both languages, the bilingual ones (role cards in English and Spanish) included.
        var packs = new[] { "packs", "es/packs" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(_site.Built.Dir, folder), "index.html", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(_site.Built.Dir, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(p => p is not ("packs/" or "es/packs/")).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("packs/curricula/peer-mentor-foundations/", packs);
        Assert.Contains("es/packs/models/peer-mentoring/bilingual/", packs);
        Assert.True(packs.Count >= 3, "expected a pack per curriculum and per model with scenarios");

        using var server = new StaticSiteServer(_site.Built.Dir);
        var problems = new List<string>();
        foreach (var path in packs)
        {
            var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + path);
            var (found, _, _) = await PrintCheck.CheckAsync(page, paper);
            problems.AddRange(found.Select(p => $"{path}: {p}"));
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public async Task Foundations_pack_holds_every_scenario_of_the_course_and_passes_axe()
    {
        using var server = new StaticSiteServer(_site.Built.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/curricula/peer-mentor-foundations/");
        var guides = await page.Locator(".pack-guide h2 a").AllInnerTextsAsync();
        Assert.Contains("Promise you won't tell", guides);
        Assert.Equal(guides.Distinct().Count(), await page.Locator(".pack-contents li").CountAsync());
        await PackBrowser.AssertNoAxeViolationsAsync(page);
    }
}

using Xunit;
using AngleSharp.Html.Parser;
using PeerHub.Site;
using PeerHub.Tests.Support;

namespace PeerHub.Tests.Templates;

/// <summary><c>partial_cached</c>: one rendering per key and build, as Hugo's partialCached.</summary>
public class CachedPartialTests
{
    // The partial prints the page it is rendered for, so a reused rendering shows another page's title.
    private static FixtureSite Site(string tierLayout) => FixtureSite.Minimal()
        .With("theme/layouts/partials/stamp.html", "{{ page.title }}")
        .With("theme/layouts/tier.html", "<p class=\"title\">{{ page.title }}</p>\n" + tierLayout);

    private static string Text(BuildResult result, string path, string selector) =>
        new HtmlParser().ParseDocument(FixtureSite.Html(result, path)).QuerySelector(selector)!.TextContent;

    private static readonly string[] Tiers = ["tiers/tier-1/index.html", "tiers/tier-2/index.html"];

    [Fact]
    public void One_key_is_rendered_once_and_reused_on_every_page()
    {
        var result = Site("<p class=\"stamp\">{{ partial_cached 'stamp.html' 'the same key' }}</p>\n").Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var stamps = Tiers.Select(path => Text(result, path, ".stamp")).ToList();
        Assert.Single(stamps.Distinct());
        Assert.Contains(stamps[0], Tiers.Select(path => Text(result, path, ".title")));
    }

    [Fact]
    public void Different_keys_are_rendered_separately()
    {
        var result = Site("<p class=\"stamp\">{{ partial_cached 'stamp.html' page.url 'x' }}</p>\n").Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(Tiers.Select(path => Text(result, path, ".title")), Tiers.Select(path => Text(result, path, ".stamp")));
        Assert.NotEqual(Text(result, Tiers[0], ".stamp"), Text(result, Tiers[1], ".stamp"));
    }

    [Fact]
    public void A_new_build_does_not_reuse_the_last_builds_rendering()
    {
        const string layout = "<p class=\"stamp\">{{ partial_cached 'stamp.html' page.url }}</p>\n";
        var first = Site(layout).Build();
        var second = Site(layout).With("content/tiers/tier-1.md", "---\ntier: 1\ntitle: \"Tier 1: Renamed\"\nwho: All students\nsummary: For everyone.\n---\nBody.\n").Build();

        Assert.Equal("Tier 1: Universal", Text(first, Tiers[0], ".stamp"));
        Assert.Equal("Tier 1: Renamed", Text(second, Tiers[0], ".stamp"));
    }

    [Fact]
    public void A_missing_partial_is_a_template_error_at_the_calling_line()
    {
        var result = Site("<p>{{ partial_cached 'no-such.html' 1 }}</p>\n").Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0008" && d.Span.Path == "theme/layouts/tier.html" && d.Span.Line == 2
            && d.Message.Contains("no partial `no-such.html`"));
    }

    [Fact]
    public void A_call_without_a_name_is_a_template_error()
    {
        var none = Site("<p>{{ partial_cached }}</p>\n").Build();
        var empty = Site("<p>{{ partial_cached '' 'key' }}</p>\n").Build();

        Assert.Contains(none.Diagnostics, d => d.Code == "PH0008" && d.Span.Path == "theme/layouts/tier.html" && d.Span.Line == 2
            && d.Message.Contains("`partial_cached`"));
        Assert.Contains(empty.Diagnostics, d => d.Code == "PH0008" && d.Span.Path == "theme/layouts/tier.html" && d.Span.Line == 2
            && d.Message.Contains("partial_cached needs the partial's name first"));
    }

    [Fact]
    public void Packs_holding_the_same_scenario_print_the_same_guide_and_cards()
    {
        // The fixture's curriculum and its model both use the exam-stress scenario: each pack prints it.
        var result = FixtureSite.Minimal().WithRealTheme().Build();
        var packs = result.Files!.Keys.Where(p => p.StartsWith("packs/") && p.EndsWith("/index.html") && p != "packs/index.html").ToList();
        var sheets = packs.Select(path =>
        {
            var doc = new HtmlParser().ParseDocument(FixtureSite.Html(result, path));
            var guide = doc.QuerySelectorAll(".pack-guide").First(s => s.QuerySelector("h2 a")!.TextContent == "Exam stress");
            var cards = doc.QuerySelectorAll(".pack-cards").First(s => s.QuerySelector("h2")!.TextContent.Contains("Exam stress"));
            // Everything below the sheet's heading is the cached part; the heading and footer carry pack numbering.
            guide.QuerySelector("h2")!.Remove();
            cards.QuerySelector("h2")!.Remove();
            return (Guide: guide.QuerySelector(".sheet-body")!.InnerHtml, Cards: cards.QuerySelector(".sheet-body")!.InnerHtml);
        }).ToList();

        Assert.True(sheets.Count >= 2, $"expected two packs holding the scenario, found {string.Join(", ", packs)}");
        Assert.Contains("Debrief questions", sheets[0].Guide);
        Assert.Contains("role-slip", sheets[0].Cards);
        Assert.All(sheets, s => Assert.Equal(sheets[0], s));
    }
}

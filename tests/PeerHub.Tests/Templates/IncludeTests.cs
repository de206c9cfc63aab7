using AngleSharp.Html.Parser;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Templates;

/// <summary>
/// <c>include</c> as a statement is evaluated straight into the page; other uses go to Scriban's include. Both
/// must behave as Scriban's include always did.
/// </summary>
public class IncludeTests
{
    private static FixtureSite Site(string tierLayout, string partialName, string partial) => FixtureSite.Minimal()
        .With($"theme/layouts/partials/{partialName}", partial)
        .With("theme/layouts/tier.html", tierLayout);

    [Fact]
    public void A_mistake_in_an_included_partial_names_the_partial_and_its_line()
    {
        var result = Site("<p>before</p>\n{{ include 'broken.html' }}\n", "broken.html", "<p>ok</p>\n<p>{{ page.no_such_field }}</p>\n").Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0008" && d.Span.Path == "theme/layouts/partials/broken.html" && d.Span.Line == 2);
    }

    [Fact]
    public void An_include_whose_result_is_assigned_still_returns_the_partial_as_text()
    {
        var result = Site("{{ x = include 'stamp.html' }}<p class=\"kept\">[{{ x | string.upcase }}]</p>\n", "stamp.html", "{{ page.title }}").Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var doc = new HtmlParser().ParseDocument(FixtureSite.Html(result, "tiers/tier-1/index.html"));
        Assert.Equal("[TIER 1: UNIVERSAL]", doc.QuerySelector(".kept")!.TextContent);
        Assert.DoesNotContain("Tier 1: Universal", doc.QuerySelector("main")!.TextContent.Replace("[TIER 1: UNIVERSAL]", ""));
    }

    [Fact]
    public void Statement_includes_keep_their_place_in_the_page()
    {
        var result = Site("<p class=\"a\">A</p>{{ include 'stamp.html' }}<p class=\"b\">B</p>{{ include 'stamp.html' }}\n", "stamp.html", "<i>{{ page.title }}</i>").Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = FixtureSite.Html(result, "tiers/tier-2/index.html");
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.Contains("<p class=\"a\">A</p><i>Tier 2", main);
        Assert.Matches("<p class=\"b\">B</p><i>Tier 2[^<]*</i>", main);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_an_error_not_a_crash()
    {
        var result = Site("{{ include 'loop.html' }}\n", "loop.html", "<p>again</p>{{ include 'loop.html' }}").Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0008" && d.Span.Path == "theme/layouts/partials/loop.html");
    }
}

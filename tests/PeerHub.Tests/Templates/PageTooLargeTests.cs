using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Templates;

/// <summary>A page whose HTML would pass the theme's limit is the page's problem, reported at its content file.</summary>
public class PageTooLargeTests
{
    [Fact]
    public void A_page_too_large_to_render_is_reported_at_its_content_file_with_the_limit()
    {
        // 60 paragraphs of a million characters: about 60 MB of Markdown.
        var paragraph = string.Concat(Enumerable.Repeat("A long page about listening to a friend. ", 1_000_000 / 41));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 60));
        var result = FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\nsummary: About the hub.\n---\n" + body + "\n").Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(error.ToString(), @"^content/about\.md:1:1: error PH0010: the page is too large: its HTML passes 50,000,000 characters, the most one page "
            + @"may have, and its Markdown body alone makes \d{2},\d{3},\d{3} of them; split it into several pages \(while rendering /about/ from content/about\.md\)$"),
            error.ToString());
    }

    [Fact]
    public void A_template_that_writes_a_small_page_past_the_limit_is_reported_where_it_writes()
    {
        // 60,000 times a thousand characters, for the one page that uses this layout.
        var result = FixtureSite.Minimal()
            .With("theme/layouts/tier.html", "<h1>{{ page.title }}</h1>\n{{ filler = '' | string.pad_right 1000 }}\n{{ for i in 1..60000 }}{{ filler }}{{ end }}\n")
            .With("content/tiers/tier-2.md", "---\ntier: 2\ntitle: \"Tier 2: Targeted\"\nwho: Some students\nsummary: For some.\n---\nShort.\n")
            .Without("content/tiers/tier-1.md")
            .Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == PeerHub.Diagnostics.Severity.Error);
        Assert.StartsWith("theme/layouts/tier.html:3:", error.ToString());
        Assert.Contains("error PH0008: the page's HTML passes 50,000,000 characters, the most one page may have, though its own Markdown body "
            + "makes only 14: the template writes too much here, perhaps in a loop (while rendering /tiers/tier-2/ from content/tiers/tier-2.md)", error.ToString());
    }
}

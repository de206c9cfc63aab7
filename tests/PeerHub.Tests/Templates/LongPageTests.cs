using Xunit;
using PeerHub.Tests.Support;

namespace PeerHub.Tests.Templates;

/// <summary>Scriban cuts strings and pages at 1,048,576 characters by default; the theme must not.</summary>
public class LongPageTests
{
    [Fact]
    public void A_page_over_a_million_characters_is_rendered_whole()
    {
        var body = string.Concat(Enumerable.Range(1, 40_000).Select(i => $"Paragraph {i} of a long page about listening.\n\n")) + "The very last paragraph.\n";
        var result = FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\nsummary: About the hub.\n---\n" + body).Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = FixtureSite.Html(result, "about/index.html");
        Assert.True(html.Length > 1_100_000, $"the page has {html.Length} characters");
        Assert.Contains("<p>The very last paragraph.</p>", html);
        Assert.True(html.IndexOf("</main>", StringComparison.Ordinal) > html.IndexOf("The very last paragraph.", StringComparison.Ordinal),
            "the page frame after the content is cut");
        Assert.EndsWith("</html>\n", html);
    }
}

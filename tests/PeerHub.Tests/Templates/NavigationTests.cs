using AngleSharp.Html.Parser;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Templates;

/// <summary>
/// The site navigation tells screen readers where the reader is: aria-current="page" on the item of the page itself,
/// "true" on the item of the section a page is in (home aside), and nothing elsewhere.
/// </summary>
public class NavigationTests
{
    private static Dictionary<string, string?> Current(PeerHub.Site.BuildResult result, string path) =>
        new HtmlParser().ParseDocument(FixtureSite.Html(result, path)).QuerySelectorAll("nav ul.nav a")
            .ToDictionary(a => a.TextContent, a => a.GetAttribute("aria-current"));

    [Fact]
    public void Each_page_marks_its_own_item_and_the_section_it_is_in()
    {
        // Given a navigation with home, a section and a page
        var site = FixtureSite.Minimal().WithRealTheme();
        site = site.With("content/site.yml", site.Text("content/site.yml").Replace(
            "nav:\n  - title: Models\n    url: /models/\n",
            "nav:\n  - title: Home\n    url: /\n  - title: Models\n    url: /models/\n  - title: About\n    url: /about/\n"));

        // When it is built
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Then home is current only on the home page, a section on its own page and (as "true") on the pages inside it
        Assert.Equal(new Dictionary<string, string?> { ["Home"] = "page", ["Models"] = null, ["About"] = null }, Current(result, "index.html"));
        Assert.Equal(new Dictionary<string, string?> { ["Home"] = null, ["Models"] = "page", ["About"] = null }, Current(result, "models/index.html"));
        Assert.Equal(new Dictionary<string, string?> { ["Home"] = null, ["Models"] = "true", ["About"] = null }, Current(result, "models/peer-mentoring/index.html"));
        Assert.Equal(new Dictionary<string, string?> { ["Home"] = null, ["Models"] = null, ["About"] = "page" }, Current(result, "about/index.html"));
        Assert.Equal(new Dictionary<string, string?> { ["Home"] = null, ["Models"] = null, ["About"] = null }, Current(result, "tiers/tier-1/index.html"));
        // Two pages in the same section get the same navigation
        Assert.Equal(Current(result, "models/peer-mentoring/index.html"), Current(result, "models/wellness-peers/index.html"));
    }
}

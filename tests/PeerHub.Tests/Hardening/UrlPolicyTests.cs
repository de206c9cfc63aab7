using PeerHub.Site;
using PeerHub.Tests.Support;
using PeerHub.Text;
using Xunit;

namespace PeerHub.Tests.Hardening;

/// <summary>
/// One URL policy wherever a URL enters: https, http (warned), mailto, tel, sms or a site path. Anything else is an
/// error at the place it was written, whether in a Markdown body, Markdown inside front matter, resources.yml,
/// site.yml or a layout, and the build publishes nothing.
/// </summary>
public class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/", UrlKind.Https)]
    [InlineData("HTTP://example.org/", UrlKind.Http)]
    [InlineData("mailto:lead@example.org", UrlKind.Mailto)]
    [InlineData("tel:988", UrlKind.Tel)]
    [InlineData("sms:741741", UrlKind.Sms)]
    [InlineData("/models/peer-mentoring/", UrlKind.Relative)]
    [InlineData("../a.png", UrlKind.Relative)]
    [InlineData("#top", UrlKind.Relative)]
    [InlineData("//example.org/x", UrlKind.Relative)]
    [InlineData("guides/a:b", UrlKind.Relative)]
    [InlineData("?q=a:b", UrlKind.Relative)]
    [InlineData("javascript:alert(1)", UrlKind.Forbidden)]
    [InlineData("JaVaScRiPt:alert(1)", UrlKind.Forbidden)]
    [InlineData(" \u0001javascript:alert(1)", UrlKind.Forbidden)]
    [InlineData("java\tscr\nipt:alert(1)", UrlKind.Forbidden)]
    [InlineData("data:text/html,<b>x</b>", UrlKind.Forbidden)]
    [InlineData("vbscript:x", UrlKind.Forbidden)]
    [InlineData("file:///etc/passwd", UrlKind.Forbidden)]
    public void Urls_are_classified_as_a_browser_reads_their_scheme(string url, UrlKind expected) =>
        Assert.Equal(expected, UrlPolicy.Classify(url).Kind);

    private static void AssertRefused(BuildResult result, string at, string url)
    {
        Assert.False(result.Succeeded);
        var line = Assert.Single(result.Diagnostics, d => d.Code == "PH0014").ToString();
        Assert.StartsWith($"{at}: error PH0014: the link `{url}` starts with", line);
    }

    [Fact]
    public void An_autolink_with_a_refused_scheme_in_a_body_is_an_error_at_its_place()
    {
        var result = FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\nsummary: About.\n---\nClick <javascript:alert(1)> now.\n").Build();
        AssertRefused(result, "content/about.md:5:7", "javascript:alert(1)");
    }

    [Fact]
    public void A_data_url_image_in_a_body_is_an_error_at_its_place()
    {
        var result = FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\nsummary: About.\n---\n![a dot](data:image/png;base64,iVBORw0KGgo=)\n").Build();
        AssertRefused(result, "content/about.md:5:1", "data:image/png;base64,iVBORw0KGgo=");
    }

    [Fact]
    public void Markdown_inside_front_matter_with_a_refused_link_is_an_error_at_its_line()
    {
        var site = FixtureSite.Minimal().WithRealTheme();
        var scenario = site.Text("content/scenarios/exam-stress.md")
            .Replace("setup: ", "setup: See [the plan](javascript:alert(document.cookie)) first. ");
        var result = site.With("content/scenarios/exam-stress.md", scenario).Build();
        var line = 1 + scenario[..scenario.IndexOf("javascript:", StringComparison.Ordinal)].Count(c => c == '\n');
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0014" && d.Span.Path == "content/scenarios/exam-stress.md" && d.Span.Line == line);
    }

    [Fact]
    public void A_resource_url_with_a_refused_scheme_is_an_error_at_its_line()
    {
        var result = FixtureSite.Minimal().WithRealTheme()
            .With("content/data/resources.yml", "- id: webinar\n  title: A webinar\n  url: javascript:alert(1)\n  kind: webinar\n  publisher: CSHA\n  tiers: [1]\n")
            .Build();
        AssertRefused(result, "content/data/resources.yml:3:8", "javascript:alert(1)");
    }

    [Fact]
    public void A_crisis_line_href_with_a_refused_scheme_is_an_error_at_its_line_in_site_yml()
    {
        var site = FixtureSite.Minimal().WithRealTheme();
        var config = site.Text("content/site.yml").Replace("href: \"tel:988\"", "href: \"javascript:alert(1)\"");
        var result = site.With("content/site.yml", config).Build();
        var line = 1 + config[..config.IndexOf("javascript:", StringComparison.Ordinal)].Count(c => c == '\n');
        AssertRefused(result, $"content/site.yml:{line}:12", "javascript:alert(1)");
    }

    [Fact]
    public void A_layout_that_writes_a_refused_link_is_an_error_at_its_line()
    {
        var result = FixtureSite.Minimal()
            .With("theme/layouts/default.html", "<h1>{{ page.title }}</h1>\n<a href=\"javascript:void(0)\">menu</a>\n{{ page.content }}\n")
            .Build();
        AssertRefused(result, "theme/layouts/default.html:2:10", "javascript:void(0)");
    }
}

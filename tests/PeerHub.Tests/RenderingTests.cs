using AngleSharp.Html.Parser;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary>The fixture site built once for the class with the real theme, whose markup these tests read.</summary>
public sealed class RenderedFixtureSite
{
    public BuildResult Result { get; }

    public RenderedFixtureSite()
    {
        Result = FixtureSite.Minimal().WithRealTheme().Build();
        if (!Result.Succeeded) throw new InvalidOperationException("the fixture failed to build:\n" + string.Join("\n", Result.Diagnostics));
    }
}

public class RenderingTests(RenderedFixtureSite site) : IClassFixture<RenderedFixtureSite>
{
    private BuildResult Result => site.Result;
    private AngleSharp.Html.Dom.IHtmlDocument Doc(string path) => new HtmlParser().ParseDocument(FixtureSite.Html(Result, path));

    [Fact]
    public void Model_page_lists_its_scenarios_curricula_facts_and_sources()
    {
        var doc = Doc("models/peer-mentoring/index.html");
        Assert.Equal("Peer mentoring", doc.QuerySelector("main h1")!.TextContent);
        var scenarioLinks = doc.QuerySelectorAll("main .card-scenario h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(["A worrying disclosure", "Exam stress"], scenarioLinks);
        Assert.Contains(doc.QuerySelectorAll("main a"), a => a.TextContent == "Foundations" && a.GetAttribute("href") == "../../curricula/foundations/");
        Assert.Contains("1-20 hours (PeerHub planning estimate)", doc.QuerySelector(".facts-table")!.TextContent);
        Assert.Contains("The deck", doc.QuerySelector(".sources")!.TextContent);
        Assert.NotNull(doc.QuerySelector("h2#good-fit-when"));
    }

    [Fact]
    public void Tier_page_lists_the_models_of_its_tier_only()
    {
        var tier1 = Doc("tiers/tier-1/index.html").QuerySelectorAll(".card-model h3").Select(h => h.TextContent).ToList();
        var tier2 = Doc("tiers/tier-2/index.html").QuerySelectorAll(".card-model h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Wellness peers"], tier1);
        Assert.Equal(["Peer mentoring", "Wellness peers"], tier2);
    }

    [Fact]
    public void Scenario_page_shows_roles_red_flags_escalation_and_content_note()
    {
        var doc = Doc("scenarios/a-worrying-disclosure/index.html");
        Assert.Equal(["Peer mentor", "Student (Alex)"], doc.QuerySelectorAll(".role-card h3").Select(h => h.TextContent));
        Assert.Contains("Alex mentions hurting themselves.", doc.QuerySelector(".red-flags")!.TextContent);
        Assert.Contains("Walk with Alex to the school counselor now.", doc.QuerySelector(".red-flags ol")!.TextContent);
        Assert.Contains("Talks about self-harm", doc.QuerySelector(".content-warning")!.TextContent);
        Assert.Contains("step out", doc.QuerySelector(".content-warning")!.TextContent);
    }

    [Fact]
    public void Curriculum_page_numbers_sessions_and_links_their_scenarios()
    {
        var doc = Doc("curricula/foundations/index.html");
        Assert.Equal(["Session 1: Listening 60 min", "Session 2: Red flags 90 min"],
            doc.QuerySelectorAll(".session h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("2.5 hours", doc.QuerySelector(".facts-table")!.TextContent);
        Assert.Equal("../../scenarios/exam-stress/", doc.QuerySelector("#session-1 a")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_carries_the_crisis_lines_skip_link_and_csp()
    {
        foreach (var path in Result.Files!.Keys.Where(k => k.EndsWith(".html")))
        {
            var doc = Doc(path);
            Assert.True(doc.QuerySelector(".crisis-bar")?.TextContent.Contains("Call or text 988") == true, path);
            Assert.True(doc.QuerySelector(".crisis-box")?.TextContent.Contains("Text HOME to 741741") == true, path);
            Assert.True(doc.QuerySelector(".crisis-box")?.TextContent.Contains("Call 911 in an emergency") == true, path);
            Assert.NotNull(doc.QuerySelector("a.skip-link[href='#main']"));
            Assert.Contains("script-src 'self'", doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        }
    }

    [Fact]
    public void Links_are_relative_to_the_page_except_on_the_404_page()
    {
        var model = Doc("models/peer-mentoring/index.html");
        Assert.Equal("../../css/site.css", model.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("../../", model.QuerySelector("a.brand")!.GetAttribute("href"));
        var home = Doc("index.html");
        Assert.Equal("css/site.css", home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        // The 404 page is served at any address, so its links carry the site's base path.
        var notFound = Doc("404.html");
        Assert.Equal("/peerhub/css/site.css", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Pages_have_breadcrumbs_and_edit_links()
    {
        var doc = Doc("scenarios/exam-stress/index.html");
        Assert.Equal(["Home", "Role-play scenarios", "Exam stress"], doc.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent));
        Assert.Equal("https://example.org/edit/content/scenarios/exam-stress.md",
            doc.QuerySelectorAll(".footer-meta a").First(a => a.TextContent.Contains("Suggest an edit")).GetAttribute("href"));
    }

    [Fact]
    public void Taxonomy_pages_group_scenarios_by_skill_and_topic()
    {
        Assert.Equal(["Exam stress"], Doc("skills/active-listening/index.html").QuerySelectorAll(".card h3").Select(h => h.TextContent));
        Assert.Equal(["A worrying disclosure"], Doc("topics/self-harm/index.html").QuerySelectorAll(".card h3").Select(h => h.TextContent));
        Assert.Contains(Doc("skills/index.html").QuerySelectorAll(".card h3 a"), a => a.TextContent == "Getting an adult");
    }

    [Fact]
    public void Markdown_tables_and_heading_anchors_render()
    {
        var result = FixtureSite.Minimal().WithRealTheme().With("content/about.md", "---\ntitle: About\n---\n## Who we are\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nKeys like <kbd>Esc</kbd> and <span style=\"color:red\">red</span> text.\n").Build();
        var doc = new HtmlParser().ParseDocument(FixtureSite.Html(result, "about/index.html"));
        Assert.NotNull(doc.QuerySelector("main h2#who-we-are"));
        Assert.Equal("2", doc.QuerySelector("main table td:last-child")!.TextContent);
        Assert.Equal("Esc", doc.QuerySelector("main kbd")!.TextContent);
        Assert.Null(doc.QuerySelector("main span")!.GetAttribute("style"));
    }

    [Fact]
    public void Sitemap_lists_every_page_but_the_404()
    {
        var sitemap = System.Text.Encoding.UTF8.GetString(Result.Files!["sitemap.xml"]);
        Assert.Contains("<loc>https://example.org/peerhub/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/peerhub/scenarios/exam-stress/</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
    }
}

public class ChecklistRenderingTests
{
    [Fact]
    public void Checklist_items_label_their_checkboxes()
    {
        var result = FixtureSite.Minimal().WithRealTheme().With("content/about.md", "---\ntitle: About\nsummary: S.\n---\n- [ ] Name a lead\n- [x] Book a room\n").Build();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(FixtureSite.Html(result, "about/index.html"));
        var labels = doc.QuerySelectorAll("main li.task-list-item > label").ToList();
        Assert.Equal(2, labels.Count);
        Assert.NotNull(labels[0].QuerySelector("input[type=checkbox]"));
        Assert.Equal("Name a lead", labels[0].TextContent.Trim());
    }
}

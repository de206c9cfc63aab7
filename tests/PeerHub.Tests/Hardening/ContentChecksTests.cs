using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Hardening;

/// <summary>Checks that close gaps where content used to be accepted and then shown wrong or lost.</summary>
public class ContentChecksTests
{
    private static List<string> Errors(BuildResult result) =>
        result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()).ToList();

    [Fact]
    public void A_model_named_twice_by_a_scenario_is_an_error_at_the_second_name()
    {
        var site = FixtureSite.Minimal();
        var text = site.Text("content/scenarios/exam-stress.md").Replace("models: [peer-mentoring]", "models: [peer-mentoring, peer-mentoring]");
        var result = site.With("content/scenarios/exam-stress.md", text).Build();

        var line = 1 + text[..text.IndexOf("models:", StringComparison.Ordinal)].Count(c => c == '\n');
        Assert.Equal([$"content/scenarios/exam-stress.md:{line}:26: error PH0005: `peer-mentoring` is already in `models`; name it once"], Errors(result));
    }

    [Fact]
    public void A_folder_name_that_is_not_a_slug_is_an_error()
    {
        var result = FixtureSite.Minimal().With("content/Guides/first-steps.md", "---\ntitle: First steps\nsummary: Start.\n---\nBody.\n").Build();
        Assert.Equal(["content/Guides/first-steps.md:1:1: error PH0010: the folder name `Guides` must be lower-case words joined by hyphens, for example `guides`"], Errors(result));
    }

    [Fact]
    public void A_content_robots_txt_is_an_error_not_silently_replaced()
    {
        var result = FixtureSite.Minimal().With("content/robots.txt", "User-agent: *\nDisallow: /\n").Build();
        var error = Assert.Single(Errors(result));
        Assert.StartsWith("content/robots.txt:1:1: error PH0005: `robots.txt` is written twice", error);
    }

    [Fact]
    public void Two_files_whose_names_differ_only_in_case_are_an_error()
    {
        var result = FixtureSite.Minimal()
            .WithBytes("content/images/chart.png", [0x89, 0x50, 0x4E, 0x47])
            .WithBytes("content/images/Chart.png", [0x89, 0x50, 0x4E, 0x47])
            .Build();
        var error = Assert.Single(Errors(result));
        Assert.Contains("error PH0005: the site would have both `images/c", error);
        Assert.Contains("one file on a host that ignores case", error);
    }

    [Theory]
    [InlineData("2024-13-45")]
    [InlineData("2024-02-30")]
    [InlineData("24-01-01")]
    [InlineData("soon")]
    public void A_resource_date_that_is_not_a_real_date_is_an_error(string date)
    {
        var result = FixtureSite.Minimal()
            .With("content/data/resources.yml", $"- id: webinar\n  title: A webinar\n  url: https://example.org/webinar\n  kind: webinar\n  publisher: CSHA\n  date: \"{date}\"\n  tiers: [1]\n")
            .Build();
        var error = Assert.Single(Errors(result));
        Assert.Contains($"error PH0010: `date` must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, not `{date}`", error);
        Assert.StartsWith("content/data/resources.yml:", error);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-02")]
    [InlineData("2024-02-29")]
    public void A_real_resource_date_is_accepted(string date)
    {
        var result = FixtureSite.Minimal()
            .With("content/data/resources.yml", $"- id: webinar\n  title: A webinar\n  url: https://example.org/webinar\n  kind: webinar\n  publisher: CSHA\n  date: \"{date}\"\n  tiers: [1]\n")
            .Build();
        Assert.Empty(Errors(result));
    }

    [Fact]
    public void A_body_nested_deeper_than_markdown_renders_is_an_error_not_a_crash()
    {
        var result = FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\nsummary: About.\n---\n" + new string('[', 300) + "x\n").Build();
        Assert.Equal(["content/about.md:5:1: error PH0010: this page's Markdown nests deeper than PeerHub can render (lists, quotes or brackets inside each other); flatten it"],
            Errors(result));
    }

    [Fact]
    public void A_field_nested_deeper_than_markdown_renders_is_an_error_at_its_page_not_a_crash()
    {
        var site = FixtureSite.Minimal();
        var text = site.Text("content/scenarios/exam-stress.md").Replace("setup: Sam arrives looking tired.", "setup: \"" + new string('[', 300) + " Sam arrives.\"");
        var result = site.With("content/scenarios/exam-stress.md", text).Build();
        Assert.False(result.Succeeded);
        Assert.Contains(Errors(result), e => e.StartsWith("content/scenarios/exam-stress.md:1:1: error PH0010: a front-matter field's Markdown nests deeper", StringComparison.Ordinal));
    }
}

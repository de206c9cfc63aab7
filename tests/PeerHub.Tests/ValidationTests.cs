using System.Text;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary>Each class of bad input gives one exact <c>path:line:col: error CODE: message</c> line and no files.</summary>
public class ValidationTests
{
    private static readonly string Model = """
        ---
        title: Peer mentoring
        summary: Older students meet younger ones.
        tiers: [2]
        intensity: high
        training_hours: {min: 2, max: 20}
        clinical_support: regular_check_ins
        supervision: Weekly with the counselor
        adult_hours_per_week: {min: 1, max: 3}
        grades: {from: 6, to: 12}
        evidence: {summary: No published evaluation was found.}
        ---
        Body.
        """;

    private static BuildResult Build(FixtureSite site)
    {
        var result = site.Build();
        Assert.False(result.Succeeded, "the build should have failed");
        Assert.Null(result.Files);
        return result;
    }

    private static void AssertHas(BuildResult result, string expected) =>
        Assert.True(result.Diagnostics.Any(d => d.ToString() == expected),
            $"expected:\n{expected}\nbut got:\n{string.Join("\n", result.Diagnostics)}");

    [Fact]
    public void Build_fails_on_malformed_yaml_with_its_position()
    {
        var result = Build(FixtureSite.Minimal().With("content/models/peer-mentoring.md", Model.Replace("tiers: [2]", "tiers: [2")));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PH0001", d.Code);
        Assert.Equal("content/models/peer-mentoring.md", d.Span.Path);
        Assert.StartsWith("content/models/peer-mentoring.md:4:", d.ToString());
    }

    [Fact]
    public void Build_fails_on_a_missing_required_field()
    {
        var result = Build(FixtureSite.Minimal().With("content/models/peer-mentoring.md", Model.Replace("supervision: Weekly with the counselor\n", "")));
        AssertHas(result, "content/models/peer-mentoring.md:2:1: error PH0002: missing required field `supervision` (Who supervises the peers, and how often)");
    }

    [Fact]
    public void Build_fails_on_a_wrong_type()
    {
        var result = Build(FixtureSite.Minimal().With("content/models/peer-mentoring.md", Model.Replace("tiers: [2]", "tiers: two")));
        AssertHas(result, "content/models/peer-mentoring.md:4:8: error PH0003: `tiers` must be a list (lines starting with `- `), but found the value `two`");
    }

    [Fact]
    public void Build_fails_on_a_wrong_number_with_its_column()
    {
        var result = Build(FixtureSite.Minimal().With("content/models/peer-mentoring.md", Model.Replace("tiers: [2]", "tiers: [2, x]")));
        AssertHas(result, "content/models/peer-mentoring.md:4:12: error PH0003: an item of `tiers` must be a whole number, not `x`");
    }

    [Fact]
    public void Build_fails_on_an_unknown_key_with_a_did_you_mean_hint()
    {
        var result = Build(FixtureSite.Minimal().With("content/models/peer-mentoring.md", Model.Replace("grades:", "grade:")));
        var d = Assert.Single(result.Diagnostics, d => d.Code == "PH0004");
        Assert.StartsWith("content/models/peer-mentoring.md:10:1: error PH0004: unknown key `grade`; did you mean `grades`?", d.ToString());
    }

    [Fact]
    public void Build_fails_on_an_enum_value_it_does_not_know()
    {
        var result = Build(FixtureSite.Minimal().With("content/models/peer-mentoring.md", Model.Replace("intensity: high", "intensity: hgh")));
        AssertHas(result, "content/models/peer-mentoring.md:5:12: error PH0010: `intensity` must be one of light, moderate, high, not `hgh`; did you mean `high`?");
    }

    [Fact]
    public void Build_fails_on_a_duplicate_address()
    {
        var result = Build(FixtureSite.Minimal().With("content/models/peer-mentoring/index.md", "---\ntitle: Again\n---\n"));
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0005" && d.Message.Contains("/models/peer-mentoring/"));
    }

    [Fact]
    public void Build_fails_on_a_broken_cross_reference_and_suggests_the_slug()
    {
        var scenario = FixtureSite.Minimal();
        var result = Build(scenario.With("content/curricula/foundations.md", """
            ---
            title: Foundations
            summary: The basics.
            audience: New peer mentors
            models: [peer-mentorin]
            sessions:
              - title: Listening
                minutes: 60
                objectives: [Listen well]
                activities: ["10 min: warm-up"]
                scenarios: [exam-stres]
            ---
            """));
        AssertHas(result, "content/curricula/foundations.md:5:10: error PH0006: there is no program model `peer-mentorin` (looked for content/models/peer-mentorin.md); did you mean `peer-mentoring`?");
        AssertHas(result, "content/curricula/foundations.md:11:17: error PH0006: there is no scenario `exam-stres` (looked for content/scenarios/exam-stres.md); did you mean `exam-stress`?");
    }

    [Fact]
    public void Build_fails_on_a_broken_internal_link_at_its_source_line()
    {
        var result = Build(FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\n---\nFirst line.\n\nSee [the planner](/nowhere/) now.\n"));
        AssertHas(result, "content/about.md:6:5: error PH0007: the link `/nowhere/` points to nowhere/index.html, which the site does not have");
    }

    [Fact]
    public void Build_fails_on_a_link_to_a_missing_anchor()
    {
        var result = Build(FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\n---\nSee [mentoring](/models/peer-mentoring/#no-such-part).\n"));
        AssertHas(result, "content/about.md:4:5: error PH0007: the link `/models/peer-mentoring/#no-such-part` points to #no-such-part, which is not a heading or anchor on models/peer-mentoring/index.html");
    }

    [Fact]
    public void Build_fails_on_a_template_error_naming_the_layout_line()
    {
        var result = Build(FixtureSite.Minimal().With("theme/layouts/tier.html", "<p>ok</p>\n<p>{{ page.no_such_field }}</p>\n"));
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0008" && d.Span.Path == "theme/layouts/tier.html" && d.Span.Line == 2);
    }

    [Fact]
    public void Build_fails_when_the_theme_has_no_service_worker_script()
    {
        var input = FixtureSite.Minimal().Input();
        var result = SiteBuilder.Build(input with { Theme = input.Theme.Where(f => f.RelativePath != ServiceWorker.TemplatePath).ToList() });
        Assert.False(result.Succeeded);
        AssertHas(result, "themes/default/layouts/sw.js:1:1: error PH0017: the theme has no layouts/sw.js, the service worker published as sw.js; restore it from the default theme");
    }

    [Fact]
    public void Build_fails_when_the_service_worker_names_its_placeholder_twice()
    {
        var result = Build(FixtureSite.Minimal().With("theme/layouts/sw.js", "// PEERHUB_PRECACHE\nconst PRECACHE = PEERHUB_PRECACHE;\n"));
        AssertHas(result, "theme/layouts/sw.js:2:18: error PH0008: the service worker names PEERHUB_PRECACHE more than once; the build fills in only one, so leave it out of comments and strings");
    }

    [Fact]
    public void The_service_worker_gets_every_url_of_the_site_and_a_version_in_place_of_its_placeholder()
    {
        var result = FixtureSite.Minimal().With("theme/layouts/sw.js", "const PRECACHE = PEERHUB_PRECACHE;\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var script = Encoding.UTF8.GetString(result.Files!["sw.js"]);
        Assert.StartsWith("const PRECACHE = {\n  \"version\": \"", script);
        var data = System.Text.Json.JsonDocument.Parse(script["const PRECACHE = ".Length..^";\n".Length]).RootElement;
        Assert.Matches("^[0-9a-f]{16}$", data.GetProperty("version").GetString());
        var files = data.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("./", files);
        Assert.Contains("models/peer-mentoring/", files);
        Assert.DoesNotContain("sw.js", files);
        Assert.DoesNotContain("sitemap.xml", files);
    }

    [Fact]
    public void Build_fails_on_a_template_syntax_error()
    {
        var result = Build(FixtureSite.Minimal().With("theme/layouts/tier.html", "<p>{{ for x in page.toc }}</p>\n"));
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0008" && d.Span.Path == "theme/layouts/tier.html" && d.Span.Line == 1);
    }

    [Fact]
    public void Build_fails_on_a_file_that_is_not_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: About\n---\nCaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" menu\n")).ToArray();
        var result = Build(FixtureSite.Minimal().WithBytes("content/about.md", bytes));
        AssertHas(result, "content/about.md:4:4: error PH0009: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8 in your editor");
    }

    [Fact]
    public void Build_fails_on_a_file_without_front_matter()
    {
        var result = Build(FixtureSite.Minimal().With("content/about.md", "# About\n\nNo front matter.\n"));
        AssertHas(result, "content/about.md:1:1: error PH0011: the file must start with front matter: a line `---`, YAML fields such as `title:`, and a closing `---`");
    }

    [Fact]
    public void Scenario_with_red_flags_needs_escalation_steps()
    {
        var site = FixtureSite.Minimal();
        var result = Build(site.With("content/scenarios/a-worrying-disclosure.md", """
            ---
            title: A worrying disclosure
            summary: A mentee says something that must go to an adult.
            models: [peer-mentoring]
            skills: [recognising red flags]
            difficulty: advanced
            grade_bands: [high]
            minutes: 30
            content_warning: Talks about self-harm (no details).
            roles:
              - name: Peer mentor
                brief: You are meeting Alex.
            setup: Alex is quiet today.
            red_flags: [Alex mentions hurting themselves.]
            debrief: [What happened?]
            facilitator_notes: [Agree a step-out signal first.]
            ---
            """));
        AssertHas(result, "content/scenarios/a-worrying-disclosure.md:14:1: error PH0012: a scenario with `red_flags` must have `escalation` steps that end with the adult the concern goes to");
    }

    [Fact]
    public void All_errors_of_a_run_are_reported_at_once()
    {
        var result = Build(FixtureSite.Minimal()
            .With("content/models/peer-mentoring.md", Model.Replace("grades:", "grade:"))
            .With("content/about.md", "no front matter\n")
            .With("content/data/resources.yml", "- id: x\n  title: X\n  url: https://example.org\n  kind: podcast\n  publisher: P\n"));
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0004" && d.Span.Path.EndsWith("peer-mentoring.md"));
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0011" && d.Span.Path.EndsWith("about.md"));
        Assert.Contains(result.Diagnostics, d => d.Code == "PH0010" && d.Span.Path.EndsWith("resources.yml") && d.Span.Line == 4);
    }
}

public class UnsafeHtmlTests
{
    [Theory]
    [InlineData("Hello <script>alert(1)</script> there.", "5:7", "<script")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\">", "5:1", "onerror=")]
    [InlineData("A [link](javascript:alert(1)) here.", "5:3", "javascript:")]
    [InlineData("<a href=\"javascript:void(0)\">x</a>", "5:1", "javascript:")]
    [InlineData("<iframe src=\"https://example.org/video\"></iframe>", "5:1", "<iframe")]
    public void Code_in_a_page_body_is_an_error_at_its_place(string body, string at, string what)
    {
        // The body starts on line 5, after four lines of front matter.
        var result = FixtureSite.Minimal().With("content/about.md", $"---\ntitle: About\nsummary: S.\n---\n{body}\n").Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "PH0014");
        Assert.Equal($"content/about.md:{at}", d.Span.ToString());
        Assert.Contains(what, d.Message);
    }
}

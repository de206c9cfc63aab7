using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Planner;

public class PlannerValidationTests
{
    private const string Scale = "- id: not-yet\n  label: Not yet\n  score: 0\n- id: close\n  label: We're close\n  score: 3\n- id: dont-know\n  label: I don't know\n";

    private const string Sections = """
        - id: school
          title: About your school
          group: profile
          questions:
            - id: need
              text: Main need?
              options:
                - id: stress
                  label: Stress
                - id: conflict
                  label: Conflict
        - id: staffing
          title: Staffing
          group: element
          nappp: staffing
          shape: teaming
          links: [/about/]
          questions:
            - id: st-lead
              text: A lead has time.
              links: [/models/peer-mentoring/]
        """;

    private const string Rules = """
        - model: wellness-peers
          tier: 1
          when:
            - { question: need, is: [stress] }
          reason: Stress is common.
        """;

    private static FixtureSite Site(string? scale = null, string? sections = null, string? rules = null) => FixtureSite.Minimal()
        .With("content/planner/scale.yml", scale ?? Scale)
        .With("content/planner/sections.yml", sections ?? Sections)
        .With("content/planner/rules.yml", rules ?? Rules);

    private static void AssertErrors(BuildResult result, params string[] expected)
    {
        Assert.False(result.Succeeded, "the build should have failed");
        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()).ToArray());
    }

    [Fact]
    public void Valid_planner_builds()
    {
        var result = Site().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Rule_naming_an_unknown_model_is_an_error_at_the_model()
    {
        var result = Site(rules: Rules.Replace("model: wellness-peers", "model: wellnes-peers")).Build();
        AssertErrors(result,
            "content/planner/rules.yml:1:10: error PH0006: there is no program model `wellnes-peers` (looked for content/models/wellnes-peers.md); did you mean `wellness-peers`?");
    }

    [Fact]
    public void Rule_naming_an_unknown_question_or_option_is_an_error_at_that_name()
    {
        var result = Site(rules: Rules.Replace("{ question: need, is: [stress] }", "{ question: neeed, is: [stress] }\n    - { question: need, is: [stres, conflict] }")).Build();
        AssertErrors(result,
            "content/planner/rules.yml:4:19: error PH0006: there is no planner question `neeed` in content/planner/sections.yml; did you mean `need`?",
            "content/planner/rules.yml:5:30: error PH0006: question `need` has no option `stres` (its options: stress, conflict)");
    }

    [Fact]
    public void An_answer_added_later_names_an_edition_after_the_first()
    {
        var later = Sections.Replace("        - id: conflict\n          label: Conflict", "        - id: conflict\n          label: Conflict\n          added_in: 2");
        Assert.True(Site(sections: later).Build().Succeeded);
        var result = Site(sections: later.Replace("added_in: 2", "added_in: 1")).Build();
        AssertErrors(result,
            "content/planner/sections.yml:12:21: error PH0010: `added_in` is 1, but the first edition of the planner is 1: an answer added later says 2 or more");
    }

    [Fact]
    public void Rule_tier_must_be_one_of_the_models_tiers()
    {
        var result = Site(rules: Rules.Replace("model: wellness-peers\n  tier: 1", "model: peer-mentoring\n  tier: 1")).Build();
        AssertErrors(result,
            "content/planner/rules.yml:2:9: error PH0010: `tier` is 1, but content/models/peer-mentoring.md places `peer-mentoring` in tier 2");
    }

    [Fact]
    public void Help_link_to_a_missing_page_is_an_error_at_the_link()
    {
        var result = Site(sections: Sections.Replace("links: [/about/]", "links: [/abut/, elements/staffing]")).Build();
        AssertErrors(result,
            "content/planner/sections.yml:17:11: error PH0006: the link `/abut/` points to a page the site does not have; did you mean `/about/`?",
            "content/planner/sections.yml:17:19: error PH0010: the link `elements/staffing` must be a hub page written from the site root with a trailing slash, such as /elements/staffing/");
    }

    [Fact]
    public void Duplicate_question_ids_and_profile_questions_without_options_are_errors()
    {
        var sections = Sections.Replace("- id: st-lead", "- id: need") + "\n    - id: size\n      text: How big?\n";
        var result = Site(sections: sections.Replace("group: element", "group: profile")).Build();
        AssertErrors(result,
            "content/planner/sections.yml:15:10: error PH0010: section `staffing` is a profile section, which is not rated, so it takes no `nappp` or `shape`",
            "content/planner/sections.yml:19:7: error PH0002: question `need` is in a profile section, which is not rated, so it needs its own `options`",
            "content/planner/sections.yml:19:11: error PH0005: the question id `need` is already used at line 5",
            "content/planner/sections.yml:22:7: error PH0002: question `size` is in a profile section, which is not rated, so it needs its own `options`");
    }

    [Fact]
    public void Unknown_keys_are_reported_by_the_binder_with_a_hint()
    {
        var result = Site(sections: Sections.Replace("title: Staffing", "titel: Staffing\n  title: Staffing")).Build();
        AssertErrors(result,
            "content/planner/sections.yml:13:3: error PH0004: unknown key `titel`; did you mean `title`? (allowed: id, title, group, intro, links, actions, nappp, shape, questions)");
    }

    [Fact]
    public void A_sections_file_that_cannot_be_read_gives_one_error_not_one_per_rule()
    {
        var result = Site(sections: Sections.Replace("text: Main need?", "text: Main: need?")).Build();
        var d = Assert.Single(result.Diagnostics);
        Assert.StartsWith("content/planner/sections.yml:6:", d.ToString());
        Assert.Equal("PH0001", d.Code);
    }

    [Fact]
    public void Extra_files_in_the_planner_folder_are_warned_about()
    {
        var result = Site().With("content/planner/notes.yml", "x: 1\n").Build();
        Assert.True(result.Succeeded);
        Assert.Equal("content/planner/notes.yml:1:1: warning PH0013: this file is not used: the planner reads planner/scale.yml, planner/sections.yml and planner/rules.yml",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Unknown_nappp_standard_or_shape_domain_is_an_error_at_the_value()
    {
        var result = Site(sections: Sections.Replace("nappp: staffing", "nappp: staffng").Replace("shape: teaming", "shape: early-intervention")).Build();
        AssertErrors(result,
            "content/planner/sections.yml:15:10: error PH0010: `nappp` must be one of planning, commitment, staffing, structure, implementation, evaluation, not `staffng`; did you mean `staffing`?",
            "content/planner/sections.yml:16:10: error PH0010: `shape` must be one of teaming, needs_assessment_resource_mapping, screening, mental_health_promotion, early_intervention_treatment, funding_sustainability, impact, not `early-intervention`");
    }

    [Fact]
    public void A_rated_section_needs_its_nappp_standard_and_a_profile_section_takes_none()
    {
        var result = Site(sections: Sections.Replace("  nappp: staffing\n  shape: teaming\n", "").Replace("  group: profile\n", "  group: profile\n  shape: screening\n")).Build();
        AssertErrors(result,
            "content/planner/sections.yml:4:10: error PH0010: section `school` is a profile section, which is not rated, so it takes no `nappp` or `shape`",
            "content/planner/sections.yml:13:3: error PH0002: section `staffing` is rated, so it needs `nappp`, the NAPPP standard it belongs to (planning, commitment, staffing, structure, implementation or evaluation)");
    }

    [Fact]
    public void Nappp_and_shape_reach_the_planner_data_in_snake_case_and_shape_may_be_left_out()
    {
        var sections = Sections.Replace("shape: teaming", "shape: needs_assessment_resource_mapping") + "\n- id: mission\n  title: Mission\n  group: element\n  nappp: planning\n  questions:\n    - id: m1\n      text: A mission.\n";
        var result = Site(sections: sections).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var json = System.Text.Json.JsonDocument.Parse(result.Files!["planner/planner-data.json"]).RootElement.GetProperty("sections");
        Assert.Equal("staffing", json[1].GetProperty("nappp").GetString());
        Assert.Equal("needs_assessment_resource_mapping", json[1].GetProperty("shape").GetString());
        Assert.Equal("planning", json[2].GetProperty("nappp").GetString());
        Assert.False(json[2].TryGetProperty("shape", out _));
        Assert.False(json[0].TryGetProperty("nappp", out _));
    }
}

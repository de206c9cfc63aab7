using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Yaml;

/// <summary>
/// A problem found after binding (a rule of the record's kind, of site.yml, of the planner) names the line and column
/// of the field that is wrong, not the start of the record; a YAML syntax error names the character at fault.
/// </summary>
public class FieldLocationTests
{
    private const string Model = """
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

    private const string SiteYml = """
        title: Test Hub
        description: A hub for tests.
        base_url: https://example.org/peerhub/
        edit_url: https://example.org/edit/content/
        crisis_checked: "2026-11-01"
        crisis:
          - name: 988 Suicide & Crisis Lifeline
            action: Call or text 988
        """;

    private static string[] Errors(FixtureSite site)
    {
        var result = site.Build();
        Assert.False(result.Succeeded, "the build should have failed");
        return result.Diagnostics.Select(d => d.ToString()).ToArray();
    }

    private static void AssertErrors(FixtureSite site, params string[] expected) => Assert.Equal(expected, Errors(site));

    [Fact]
    public void A_tab_used_for_indentation_is_reported_at_the_tab()
    {
        var site = FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\nsummary: About.\nsources:\n\t- deck\n---\nBody.\n");
        AssertErrors(site, "content/about.md:5:1: error PH0001: the YAML cannot be read: a tab indents this line; YAML indents with spaces only");
    }

    [Fact]
    public void A_tab_after_spaces_in_a_nested_mapping_is_reported_at_the_tab()
    {
        var site = FixtureSite.Minimal().With("content/site.yml", SiteYml.Replace("    action: Call or text 988", "  \taction: Call or text 988"));
        AssertErrors(site, "content/site.yml:8:3: error PH0001: the YAML cannot be read: a tab indents this line; YAML indents with spaces only");
    }

    [Fact]
    public void Site_yml_crisis_checked_that_is_not_a_date_is_reported_at_the_value()
    {
        var site = FixtureSite.Minimal().With("content/site.yml", SiteYml.Replace("crisis_checked: \"2026-11-01\"", "crisis_checked: last week"));
        AssertErrors(site, "content/site.yml:5:17: error PH0010: `crisis_checked` must be a date written YYYY-MM-DD, not `last week`");
    }

    [Fact]
    public void Site_yml_base_url_that_is_not_absolute_is_reported_at_the_value()
    {
        var site = FixtureSite.Minimal().With("content/site.yml", SiteYml.Replace("base_url: https://example.org/peerhub/", "base_url:   /peerhub/"));
        AssertErrors(site, "content/site.yml:3:13: error PH0010: `base_url` must be a full URL such as https://example.org/peerhub/, not `/peerhub/`");
    }

    [Fact]
    public void Site_yml_empty_crisis_list_is_reported_at_the_key()
    {
        var yml = SiteYml.Replace("crisis:\n  - name: 988 Suicide & Crisis Lifeline\n    action: Call or text 988", "crisis: []");
        AssertErrors(FixtureSite.Minimal().With("content/site.yml", "# The hub's settings.\n" + yml),
            "content/site.yml:7:1: error PH0002: `crisis` must list at least one crisis line; they are shown on every page");
    }

    [Fact]
    public void Site_yml_syntax_error_is_the_only_error()
    {
        var errors = Errors(FixtureSite.Minimal().With("content/site.yml", SiteYml.Replace("title: Test Hub", "title: [Test Hub")));
        var error = Assert.Single(errors);
        Assert.StartsWith("content/site.yml:", error);
        Assert.Contains("error PH0001:", error);
        Assert.DoesNotContain("empty", error);
    }

    [Fact]
    public void Site_yml_with_only_comments_is_empty()
    {
        var errors = Errors(FixtureSite.Minimal().With("content/site.yml", "# nothing yet\n\n"));
        Assert.Contains("content/site.yml:1:1: error PH0002: site.yml is empty; it needs title, description, base_url, edit_url, crisis and crisis_checked", errors);
    }

    [Fact]
    public void Model_training_hours_and_tiers_are_reported_at_their_values()
    {
        var site = FixtureSite.Minimal().With("content/models/peer-mentoring.md",
            Model.Replace("training_hours: {min: 2, max: 20}", "training_hours: {min: 2, max: 1}").Replace("tiers: [2]", "tiers: [2, 5]"));
        AssertErrors(site,
            "content/models/peer-mentoring.md:4:8: error PH0010: `tiers` may hold only 1, 2 or 3, not 5",
            "content/models/peer-mentoring.md:6:23: error PH0010: `training_hours.min` (2) is more than `training_hours.max` (1)");
    }

    [Fact]
    public void Model_grades_and_hours_that_are_not_numbers_are_reported_at_their_values()
    {
        var site = FixtureSite.Minimal().With("content/models/peer-mentoring.md",
            Model.Replace("max: 20}", "max: a lot}"));
        AssertErrors(site, "content/models/peer-mentoring.md:6:31: error PH0003: `max` must be a number, not `a lot`");
        AssertErrors(FixtureSite.Minimal().With("content/models/peer-mentoring.md", Model.Replace("grades: {from: 6, to: 12}", "grades: {from: 9, to: 6}")),
            "content/models/peer-mentoring.md:10:9: error PH0010: `grades` must run from a grade to a later one between 0 (kindergarten) and 12, not 9 to 6");
    }

    [Fact]
    public void Tier_out_of_range_is_reported_at_the_value()
    {
        var site = FixtureSite.Minimal().With("content/tiers/tier-1.md", "---\ntitle: \"Tier 1: Universal\"\nwho: All students\ntier: 4\nsummary: For everyone.\n---\nBody.\n");
        AssertErrors(site, "content/tiers/tier-1.md:4:7: error PH0010: `tier` must be 1, 2 or 3, not 4");
    }

    [Fact]
    public void Scenario_minutes_and_session_minutes_are_reported_at_their_values()
    {
        var site = FixtureSite.Minimal();
        var scenario = """
            ---
            title: A worrying disclosure
            summary: A mentee says something that must go to an adult.
            models: [peer-mentoring]
            skills: [recognising red flags, getting an adult]
            topics: [self-harm]
            difficulty: advanced
            grade_bands: [high]
            minutes: 0
            content_warning: Talks about self-harm (no details).
            roles:
              - name: Peer mentor
                brief: You are meeting Alex.
            setup: Alex is quiet today.
            red_flags: [Alex mentions hurting themselves.]
            escalation: [Walk with Alex to the school counselor now.]
            debrief: [How did the mentor explain why an adult was needed?]
            hope: People get through this with support; asking for help is strong, and 988 is there any time.
            facilitator_notes: [Agree a step-out signal first.]
            ---
            Body.
            """;
        var curriculum = """
            ---
            title: Foundations
            summary: The basics.
            audience: New peer mentors
            models: [peer-mentoring]
            sessions:
              - title: Listening
                minutes: -5
                objectives: [Listen well]
                activities: ["10 min: warm-up"]
                scenarios: [a-worrying-disclosure]
            ---
            How to run it.
            """;
        var errors = Errors(site.With("content/scenarios/a-worrying-disclosure.md", scenario).With("content/curricula/foundations.md", curriculum));
        Assert.Contains("content/scenarios/a-worrying-disclosure.md:9:10: error PH0010: `minutes` must be more than 0", errors);
        Assert.Contains("content/curricula/foundations.md:8:14: error PH0010: session `Listening` must last more than 0 minutes", errors);
    }

    [Fact]
    public void An_empty_title_is_reported_at_the_title()
    {
        var site = FixtureSite.Minimal().With("content/about.md", "---\nsummary: About.\ntitle: \"  \"\n---\nBody.\n");
        AssertErrors(site, "content/about.md:3:8: error PH0002: `title` must not be empty");
    }

    [Fact]
    public void Planner_rule_tier_and_duplicate_ids_are_reported_at_the_field()
    {
        var site = FixtureSite.Minimal()
            .With("content/planner/scale.yml", "- id: not-yet\n  label: Not yet\n  score: 0\n- id: not-yet\n  label: Again\n  score: 1\n")
            .With("content/planner/sections.yml", """
                - id: staffing
                  title: Staffing
                  group: element
                  nappp: staffing
                  questions:
                    - id: lead
                      text: Is there a lead?
                """)
            .With("content/planner/rules.yml", "- model: peer-mentoring\n  reason: Mentoring.\n  tier: 3\n  when: []\n");
        AssertErrors(site,
            "content/planner/rules.yml:3:9: error PH0010: `tier` must be 1 or 2: the planner recommends universal and targeted programs, not 3",
            "content/planner/scale.yml:4:7: error PH0005: the scale option id `not-yet` is already used at line 1");
    }
}

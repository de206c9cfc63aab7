using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Kinds;

/// <summary>
/// Models' typed requirements, the checks built on them (a course's hours against its models' minimum, the hope line
/// of a scenario about suicide or self-harm) and how the real theme shows them.
/// </summary>
public class RequirementTests
{
    private static string Model(string training = "{min: 12, max: 20}", string extra = "") => $$"""
        ---
        title: Peer mentoring
        summary: Older students meet younger ones.
        tiers: [2]
        intensity: high
        training_hours: {{training}}
        clinical_support: every_session
        supervision: Weekly with the counselor
        adult_hours_per_week: {min: 4, max: 6, source: deck}
        grades: {from: 6, to: 8}
        {{extra}}
        ---
        Body.
        """;

    private const string NoEvidence = "evidence: {summary: A district report describes the program but measures no outcome.}";

    private static FixtureSite Site(string model, string? furtherTraining = null) => FixtureSite.Minimal()
        .With("content/models/peer-mentoring.md", model)
        .With("content/curricula/foundations.md", FixtureSite.Minimal().Text("content/curricula/foundations.md")
            .Replace("models: [peer-mentoring]\n", "models: [peer-mentoring]\n" + (furtherTraining ?? "")));

    private static string[] Problems(FixtureSite site) => site.Build().Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void A_course_shorter_than_its_models_minimum_is_a_warning_at_the_model_it_names()
    {
        // The fixture's course runs 2.5 hours.
        Assert.Equal(
            ["content/curricula/foundations.md:5:10: warning PH0021: this course runs 2.5 hours, but Peer mentoring needs at least 12 hours of training; name the course that completes it under `further_training` with `models: [peer-mentoring]`"],
            Problems(Site(Model(extra: NoEvidence))));
    }

    [Fact]
    public void A_further_course_that_reaches_the_minimum_clears_the_warning_and_one_that_does_not_keeps_it()
    {
        Assert.Empty(Problems(Site(Model(extra: NoEvidence),
            "further_training:\n  - title: Youth Mental Health First Aid\n    hours: 9.5\n    models: [peer-mentoring]\n")));
        Assert.Equal(
            ["content/curricula/foundations.md:5:10: warning PH0021: this course and its further training for Peer mentoring run 7 hours, but the model needs at least 12 hours"],
            Problems(Site(Model(extra: NoEvidence), "further_training:\n  - title: A short course\n    hours: 4.5\n    models: [peer-mentoring]\n")));
    }

    [Fact]
    public void A_further_course_in_the_hub_counts_its_own_sessions()
    {
        var site = Site(Model(extra: NoEvidence), "further_training:\n  - curriculum: advanced\n    models: [peer-mentoring]\n")
            .With("content/curricula/advanced.md", """
                ---
                title: Advanced
                summary: More practice.
                audience: Peer mentors who finished Foundations
                models: [peer-mentoring]
                sessions:
                  - title: Supervised practice
                    minutes: 600
                    objectives: [Practice with a supervisor]
                    activities: ["600 min: observed shifts"]
                ---
                Body.
                """);
        Assert.Empty(Problems(site));
        Assert.Contains(
            "content/curricula/foundations.md:7:17: error PH0006: there is no curriculum `advancd` (looked for content/curricula/advancd.md); did you mean `advanced`?",
            Problems(site.With("content/curricula/foundations.md", site.Text("content/curricula/foundations.md").Replace("curriculum: advanced", "curriculum: advancd"))));
    }

    [Fact]
    public void Further_training_must_say_what_it_is_and_complete_a_model_the_course_names()
    {
        Assert.Equal(
            [
                "content/curricula/foundations.md:5:10: warning PH0021: this course runs 2.5 hours, but Peer mentoring needs at least 12 hours of training; name the course that completes it under `further_training` with `models: [peer-mentoring]`",
                "content/curricula/foundations.md:7:5: error PH0010: the outside course `A course` needs its length in `hours`",
                "content/curricula/foundations.md:8:14: error PH0010: `wellness-peers` is not one of this course's `models`; further training completes the training for a model the course names",
            ],
            Problems(Site(Model(extra: NoEvidence), "further_training:\n  - title: A course\n    models: [wellness-peers]\n")));
    }

    [Fact]
    public void A_scenario_about_self_harm_without_a_hope_line_is_an_error()
    {
        var site = FixtureSite.Minimal();
        var scenario = site.Text("content/scenarios/a-worrying-disclosure.md");
        var withoutHope = string.Join('\n', scenario.Split('\n').Where(l => !l.TrimStart().StartsWith("hope:", StringComparison.Ordinal)));
        Assert.Contains(
            "content/scenarios/a-worrying-disclosure.md:6:9: error PH0022: a scenario about `self-harm` closes its debrief with a `hope` line: recovery is possible, asking for help is normal and strong, and 988 is there (call or text)",
            Problems(site.With("content/scenarios/a-worrying-disclosure.md", withoutHope)));
        Assert.DoesNotContain(Problems(site), p => p.Contains("PH0022"));
    }

    [Fact]
    public void The_model_page_labels_estimates_names_sourced_figures_and_says_when_no_evaluation_was_found()
    {
        var result = Site(Model("{min: 2, max: 4}", NoEvidence)).WithRealTheme().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = FixtureSite.Html(result, "models/peer-mentoring/index.html");
        Assert.Contains("2-4 hours <span class=\"estimate\">(PeerHub planning estimate)</span>", page);
        Assert.Contains("4-6 hours <span class=\"figure-source\">(source: <a href=\"#sources-heading\">CSHA</a>)</span>", page);
        Assert.Contains("present at every session", page);
        Assert.Contains("<dd>6-8</dd>", page);
        Assert.Contains("<strong>No published evaluation found.</strong> A district report describes the program", page);
        // The figure's source joins the page's sources list even though the page's own `sources` does not name it.
        Assert.Contains("id=\"sources-heading\"", page);

        var listing = FixtureSite.Html(result, "models/index.html");
        Assert.Contains("<span>2-4 hours training (PeerHub estimate)</span>", listing);
        Assert.Contains("<span>Grades 6-8</span>", listing);
    }

    [Fact]
    public void A_sourced_training_figure_is_not_labelled_an_estimate_and_found_evidence_cites_its_evaluations()
    {
        var result = Site(Model("{min: 3, max: 3, source: deck}", "evidence: {summary: Students said they felt better., sources: [deck]}"))
            .WithRealTheme().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = FixtureSite.Html(result, "models/peer-mentoring/index.html");
        Assert.Contains("3 hours <span class=\"figure-source\">", page);
        Assert.DoesNotContain("No published evaluation found", page);
        Assert.Contains("Students said they felt better. (<a href=\"#sources-heading\">The deck</a>)", page);
        Assert.Contains("<span>3 hours training</span>", FixtureSite.Html(result, "models/index.html"));
    }

    [Fact]
    public void Scenarios_show_their_grade_bands_and_hope_line()
    {
        var site = FixtureSite.Minimal().WithRealTheme();
        var result = site.With("content/scenarios/a-worrying-disclosure.md",
            site.Text("content/scenarios/a-worrying-disclosure.md").Replace("grade_bands: [high]", "grade_bands: [middle, high]")).Build();
        var page = FixtureSite.Html(result, "scenarios/a-worrying-disclosure/index.html");
        Assert.Contains("<dt>Grades</dt><dd>6-12</dd>", page);
        Assert.Contains("<strong>Close with hope:</strong> People get through this with support", page);
        Assert.Contains("<span>Grades 9-12</span>", FixtureSite.Html(result, "scenarios/index.html"));
    }

    [Fact]
    public void A_guide_half_too_long_for_a_printed_page_is_a_warning_at_its_notes()
    {
        var site = FixtureSite.Minimal();
        var notes = string.Concat(Enumerable.Range(1, 30).Select(i => $"\n  - Note {i} " + new string('x', 120)));
        var scenario = site.Text("content/scenarios/exam-stress.md").Replace("facilitator_notes: [Agree a step-out signal first.]", "facilitator_notes:" + notes);
        var warnings = Problems(site.With("content/scenarios/exam-stress.md", scenario)).Where(p => p.Contains("PH0100")).ToList();
        Assert.Equal(["content/scenarios/exam-stress.md:18:1: warning PH0100: the printed facilitator guide's first half runs to about 73 lines, more than the 47 a page holds; shorten the facilitator notes, prompts or content note so it prints on one page"], warnings);
        // The fixture's own notes fit.
        Assert.DoesNotContain(Problems(site), p => p.Contains("PH0100"));
    }
}

using PeerHub.Content;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;
using PeerHub.Model;

namespace PeerHub.Tests;

/// <summary>The hub's own content: it builds cleanly and holds what a school needs (issue 3's counts).</summary>
public class RealHubTests
{
    private static readonly Lazy<BuildResult> Result = new(() => SiteBuilder.Build(BuiltSite.RealHub()));
    private static readonly Lazy<LoadedContent> Content = new(() => ContentLoader.Load(BuiltSite.RealHub(), SiteKinds.Default.Content, new Diagnostics.DiagnosticBag()));

    private static IEnumerable<(Page Page, T Meta)> Of<T>() =>
        Content.Value.Pages.Where(p => p.Meta is T).Select(p => (p, (T)p.Meta!));

    [Fact]
    public void Hub_builds_without_errors_or_warnings()
    {
        Assert.True(Result.Value.Succeeded, string.Join("\n", Result.Value.Diagnostics));
        Assert.Empty(Result.Value.Diagnostics);
    }

    [Fact]
    public void Hub_has_fifty_scenarios_a_middle_school_track_and_scenarios_for_the_youngest()
    {
        var scenarios = Of<ScenarioMeta>().ToList();
        Assert.True(scenarios.Count >= 50, $"only {scenarios.Count} scenarios");
        var middle = scenarios.Count(s => s.Meta.GradeBands.Contains(GradeBand.Middle));
        Assert.True(middle >= 10, $"only {middle} scenarios for grades 6-8");
        var elementary = scenarios.Count(s => s.Meta.GradeBands.Contains(GradeBand.Elementary));
        Assert.True(elementary >= 3, $"only {elementary} scenarios for grades K-5");
        // A scenario for the youngest is for the models that serve them.
        foreach (var (page, meta) in scenarios.Where(s => s.Meta.GradeBands.Contains(GradeBand.Elementary)))
            foreach (var model in meta.Models)
                Assert.True(Of<ModelMeta>().Single(m => m.Page.Slug == model.Slug).Meta.Grades.From <= 5, $"{page.Slug} names {model.Slug}, which does not serve K-5");
    }

    [Fact]
    public void Every_scenario_about_suicide_or_self_harm_closes_with_hope_and_offers_an_opt_out_and_a_coping_step()
    {
        var sensitive = Of<ScenarioMeta>().Where(s => s.Meta.Topics.Any(ContentRules.SuicideTopics.Contains)).ToList();
        Assert.True(sensitive.Count >= 10, $"only {sensitive.Count} scenarios about suicide or self-harm");
        foreach (var (page, meta) in sensitive)
        {
            Assert.False(string.IsNullOrWhiteSpace(meta.Hope), $"{page.Slug} has no hope line");
            Assert.Contains("988", meta.Hope);
            Assert.NotNull(meta.ContentWarning);
            Assert.Matches("(?i)step out|observe|observer|sit (this|it) out", meta.ContentWarning);
            Assert.Matches("(?i)grounding|breath|coping|calm|stretch", meta.ContentWarning);
        }
    }

    [Fact]
    public void Every_course_reaches_its_models_minimum_training_with_the_further_training_it_names()
    {
        var courses = Of<CurriculumMeta>().ToDictionary(c => c.Page.Slug, c => c.Meta);
        double Hours(CurriculumMeta c) => c.Sessions.Sum(s => s.Minutes) / 60.0;
        foreach (var (slug, course) in courses)
            foreach (var model in course.Models)
            {
                var needed = Of<ModelMeta>().Single(m => m.Page.Slug == model.Slug).Meta.TrainingHours.Min ?? 0;
                var further = course.FurtherTraining.Where(f => f.Models.Any(m => m.Slug == model.Slug))
                    .Sum(f => f.Curriculum is { } r ? Hours(courses[r.Slug]) : f.Hours ?? 0);
                var before = courses.Values.Where(c => c.FurtherTraining.Any(f => f.Curriculum?.Slug == slug && f.Models.Any(m => m.Slug == model.Slug))).Sum(Hours);
                Assert.True(before + Hours(course) + further >= needed, $"{slug} trains {model.Slug} for {before + Hours(course) + further} h of {needed}");
            }
        // The advanced course takes Foundations to the high-intensity models' hours.
        Assert.True(Hours(courses["peer-mentor-foundations"]) + Hours(courses["peer-helper-advanced"]) >= 30);
    }

    [Fact]
    public void Hub_has_the_tiers_models_and_enough_scenarios()
    {
        Assert.Equal([1, 2, 3], Of<TierMeta>().Select(t => t.Meta.Tier).Order());
        var models = Of<ModelMeta>().Select(m => m.Page.Slug).ToHashSet();
        foreach (var slug in new[] { "peer-health-education", "wellness-peers", "mental-health-ambassadors", "mental-health-clubs",
                     "youth-mental-health-first-aid", "peer-led-mindfulness", "positive-school-climate", "peer-counseling", "peer-mentoring",
                     "restorative-justice-peer-leaders", "culture-keepers", "peer-tutoring", "peer-coaching", "peer-listening",
                     "peer-mediation", "befriending", "buddying" })
            Assert.Contains(slug, models);
        Assert.True(Of<ScenarioMeta>().Count() >= 24, $"only {Of<ScenarioMeta>().Count()} scenarios");
        Assert.True(Of<CurriculumMeta>().Count() >= 2);
        Assert.Contains(Of<CurriculumMeta>(), c => c.Meta.Sessions.Count >= 8);
    }

    [Fact]
    public void Every_scenario_with_red_flags_has_escalation_ending_with_an_adult()
    {
        var adults = new[] { "counselor", "adult", "advisor", "teacher", "psychologist", "nurse", "911", "social worker", "administrator" };
        foreach (var (page, s) in Of<ScenarioMeta>().Where(s => s.Meta.RedFlags.Count > 0))
        {
            Assert.True(s.Escalation.Count > 0, $"{page.ContentPath} has red flags but no escalation");
            Assert.True(adults.Any(a => s.Escalation[^1].Contains(a, StringComparison.OrdinalIgnoreCase)),
                $"{page.ContentPath}: the last escalation step should name the adult: {s.Escalation[^1]}");
        }
    }

    [Fact]
    public void Sensitive_scenarios_have_content_warnings_and_mention_crisis_lines()
    {
        var crisisTopics = new[] { "self-harm", "suicidal thoughts" };
        foreach (var (page, s) in Of<ScenarioMeta>().Where(s => s.Meta.Topics.Any(ContentRules.SensitiveTopics.Contains)))
            Assert.False(string.IsNullOrWhiteSpace(s.ContentWarning), $"{page.ContentPath} needs a content warning");
        foreach (var (page, s) in Of<ScenarioMeta>().Where(s => s.Meta.Topics.Any(crisisTopics.Contains)))
        {
            var all = string.Join(" ", s.Escalation.Concat(s.FacilitatorNotes));
            Assert.True(all.Contains("988"), $"{page.ContentPath} should point to 988");
        }
    }

    [Fact]
    public void The_required_situations_are_covered()
    {
        var topics = Of<ScenarioMeta>().SelectMany(s => s.Meta.Topics).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in new[] { "exam stress", "friendship conflict", "loneliness", "family pressure", "grief", "bullying", "cyberbullying",
                     "identity and belonging", "sleep and phones", "self-harm", "suicidal thoughts", "abuse or neglect", "substance use",
                     "disordered eating", "threat to others", "secrets", "social media", "documentation" })
            Assert.Contains(topic, topics);
    }

    [Fact]
    public void Every_model_page_lists_scenarios_or_says_none_and_links_training()
    {
        Assert.True(Result.Value.Succeeded);
        foreach (var (page, _) in Of<ModelMeta>())
        {
            var html = FixtureSite.Html(Result.Value, page.OutputPath);
            Assert.Contains("id=\"model-training\"", html);
            Assert.Contains("id=\"model-scenarios\"", html);
        }
        var mentoring = FixtureSite.Html(Result.Value, "models/peer-mentoring/index.html");
        Assert.Contains("Peer Mentor Foundations", mentoring, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_safety_regressions_in_the_wording()
    {
        foreach (var (path, bytes) in Result.Value.Files!.Where(f => f.Key.EndsWith(".html")))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("Press 3", text);
            Assert.DoesNotContain("committed suicide", text, StringComparison.OrdinalIgnoreCase);
            // "epidemic" may appear only in the guidance not to use it.
            Assert.DoesNotContain("suicide epidemic", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("an epidemic of", text, StringComparison.OrdinalIgnoreCase);
        }
    }
}

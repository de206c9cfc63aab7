using AngleSharp.Html.Parser;
using PeerHub.Model;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>The order a model's pack prints its scenarios in: easy to hard, then as the model's curricula teach them.</summary>
public sealed class PackOrderTests
{
    private static readonly Lazy<BuildResult> Hub = new(() => SiteBuilder.Build(PackSites.RealHub()));

    private static string Scenario(string title, string difficulty) => $"""
        ---
        title: {title}
        summary: A scenario.
        models: [peer-mentoring]
        skills: [empathy]
        difficulty: {difficulty}
        grade_bands: [high]
        minutes: 15
        roles:
          - name: Peer mentor
            brief: You are meeting a mentee.
        setup: A quiet room.
        debrief: [What helped?]
        facilitator_notes: [Agree a step-out signal first.]
        ---
        """;

    /// <summary>The titles in a pack's contents, each with the difficulty it shows.</summary>
    private static List<(string Title, string Facts)> Contents(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".pack-toc li")
            .Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector(".toc-facts")!.TextContent)).ToList();

    [Fact]
    public void Model_pack_runs_from_introductory_to_advanced_in_the_order_its_curricula_teach()
    {
        // Given a model whose scenarios' titles sort against teaching order, and a curriculum naming it
        var site = FixtureSite.Minimal().WithRealTheme()
            .With("content/scenarios/later-check-in.md", Scenario("Later check-in", "introductory"))
            .With("content/scenarios/alone-at-lunch.md", Scenario("Alone at lunch", "introductory"))
            .With("content/scenarios/calm-talk.md", Scenario("Calm talk", "intermediate"))
            .With("content/scenarios/busy-hallway.md", Scenario("Busy hallway", "intermediate"))
            .With("content/curricula/foundations.md", """
                ---
                title: Foundations
                summary: The basics.
                audience: New peer mentors
                models: [peer-mentoring]
                sessions:
                  - title: Listening
                    minutes: 60
                    objectives: [Listen well]
                    activities: ["10 min: warm-up"]
                    scenarios: [exam-stress]
                  - title: Red flags
                    minutes: 90
                    objectives: [Spot red flags]
                    activities: ["20 min: role-play"]
                    scenarios: [a-worrying-disclosure, later-check-in, calm-talk]
                ---
                """);

        // When it is built
        var result = site.Build();

        // Then the model's pack goes by difficulty, then curriculum order (unused scenarios after), then title
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["Exam stress", "Later check-in", "Alone at lunch", "Calm talk", "Busy hallway", "A worrying disclosure"],
            Contents(FixtureSite.Html(result, "packs/models/peer-mentoring/index.html")).Select(c => c.Title));
        // and the curriculum's own pack keeps session order, whatever the difficulty
        Assert.Equal(["Exam stress", "A worrying disclosure", "Later check-in", "Calm talk"],
            Contents(FixtureSite.Html(result, "packs/curricula/foundations/index.html")).Select(c => c.Title));
    }

    [Fact]
    public void Real_hub_model_packs_never_put_a_harder_scenario_before_an_easier_one()
    {
        Assert.True(Hub.Value.Succeeded, string.Join("\n", Hub.Value.Diagnostics));
        string[] levels = ["introductory", "intermediate", "advanced"];
        var packs = Hub.Value.Files!.Keys.Where(k => k.StartsWith("packs/models/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(packs);
        foreach (var path in packs)
        {
            var rank = Contents(FixtureSite.Html(Hub.Value, path))
                .Select(c => Array.FindIndex(levels, l => c.Facts.Contains(l, StringComparison.OrdinalIgnoreCase))).ToList();
            Assert.DoesNotContain(-1, rank);
            Assert.True(rank.SequenceEqual(rank.Order()), $"{path}: difficulties out of order ({string.Join(", ", rank)})");
        }
    }

    [Fact]
    public void Real_hub_peer_mentoring_pack_opens_with_the_first_check_in_and_follows_the_foundations_course()
    {
        var titles = Contents(FixtureSite.Html(Hub.Value, "packs/models/peer-mentoring/index.html")).Select(c => c.Title).ToList();

        // The peer mentor foundations course opens with this introductory scenario, then exam stress and the late-night phone.
        Assert.Equal(["First check-in with a new mentee", "Exam stress the week before finals", "Up all night on the phone"], titles.Take(3));
    }
}

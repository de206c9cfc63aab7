using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>What a printed role card says: the player's brief and, once, that they can step out.</summary>
public sealed partial class PackCardTests
{
    private static readonly Lazy<BuildResult> Hub = new(() => SiteBuilder.Build(PackSites.RealHub()));

    [GeneratedRegex(@"\bstep out\b", RegexOptions.IgnoreCase)]
    private static partial Regex StepOut();

    private static List<string> CardTexts(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".role-slip")
            .Select(s => Regex.Replace(s.TextContent, @"\s+", " ")).ToList();

    [Fact]
    public void A_card_whose_brief_already_says_the_player_can_step_out_says_it_once()
    {
        // Given a role brief that ends with the step-out sentence, and one that does not
        var site = FixtureSite.Minimal().WithRealTheme().With("content/scenarios/exam-stress.md", """
            ---
            title: Exam stress
            summary: A mentee is worried about finals.
            models: [peer-mentoring]
            skills: [active listening]
            difficulty: introductory
            grade_bands: [high]
            minutes: 20
            roles:
              - name: Peer mentor
                brief: You are meeting Sam.
              - name: Student (Sam)
                brief: >
                  You are worried about finals. You can step out at any time
                  with the agreed signal. Say you slept badly.
            setup: Sam arrives looking tired.
            debrief: [What helped?]
            facilitator_notes: [Agree a step-out signal first.]
            ---
            """);

        // When it is built
        var result = site.Build();

        // Then each card tells its player once, and the rest of the brief is kept
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var path in new[] { "packs/curricula/foundations/index.html", "packs/models/peer-mentoring/index.html" })
        {
            var cards = CardTexts(FixtureSite.Html(result, path));
            Assert.Equal(4, cards.Count);
            Assert.All(cards, c => Assert.Equal(1, StepOut().Count(c)));
            Assert.Contains(cards, c => c.Contains("You are worried about finals. Say you slept badly.", StringComparison.Ordinal));
        }
        // The scenario's own page keeps the brief as written.
        Assert.Contains("You can step out at any time with the agreed signal.", FixtureSite.Html(result, "scenarios/exam-stress/index.html"));
    }

    [Fact]
    public void Every_card_in_every_real_hub_pack_says_once_that_the_player_can_step_out()
    {
        Assert.True(Hub.Value.Succeeded, string.Join("\n", Hub.Value.Diagnostics));
        var packs = Hub.Value.Files!.Keys.Where(k => k.StartsWith("packs/", StringComparison.Ordinal) && k.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.True(packs.Count > 5);
        var cards = 0;
        foreach (var path in packs)
            foreach (var card in CardTexts(FixtureSite.Html(Hub.Value, path)))
            {
                cards++;
                Assert.True(StepOut().Count(card) == 1, $"{path}: {card}");
            }
        Assert.True(cards > 100, $"only {cards} cards");
    }
}

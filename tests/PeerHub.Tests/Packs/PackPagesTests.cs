using System.Text.Json;
using AngleSharp.Html.Parser;
using PeerHub.Packs;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>The generated pack pages, as HTML: which packs exist, their order, and what each sheet holds.</summary>
public sealed class PackPagesTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Built(FixtureSite site, string path)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new HtmlParser().ParseDocument(FixtureSite.Html(result, path));
    }

    [Fact]
    public void Build_adds_the_builder_a_pack_per_curriculum_and_a_pack_per_model_with_scenarios()
    {
        var result = FixtureSite.Minimal().WithRealTheme().Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("packs/index.html", result.Files!.Keys);
        Assert.Contains("packs/curricula/foundations/index.html", result.Files.Keys);
        Assert.Contains("packs/models/peer-mentoring/index.html", result.Files.Keys);
        // Wellness peers has no scenario in the minimal fixture, so it gets no pack.
        Assert.DoesNotContain("packs/models/wellness-peers/index.html", result.Files.Keys);
    }

    [Fact]
    public void Curriculum_pack_takes_scenarios_in_session_order_each_once()
    {
        var site = FixtureSite.Minimal().WithRealTheme().With("content/curricula/foundations.md", """
            ---
            title: Foundations
            summary: The basics.
            audience: New peer mentors
            models: [peer-mentoring]
            sessions:
              - title: Red flags
                minutes: 90
                objectives: [Spot red flags]
                activities: ["20 min: role-play"]
                scenarios: [a-worrying-disclosure]
              - title: Listening
                minutes: 60
                objectives: [Listen well]
                activities: ["10 min: warm-up"]
                scenarios: [exam-stress, a-worrying-disclosure]
            ---
            """);

        var doc = Built(site, "packs/curricula/foundations/index.html");

        Assert.Equal(["A worrying disclosure", "Exam stress"], doc.QuerySelectorAll(".pack-contents li a").Select(a => a.TextContent));
        Assert.Equal("New peer mentors", doc.QuerySelector(".pack-facts dd")!.TextContent);
        Assert.Contains("50 minutes", doc.QuerySelector(".pack-facts")!.TextContent);
    }

    [Fact]
    public void Card_sheets_hold_one_role_per_card_and_nothing_from_the_facilitator_guide()
    {
        var doc = Built(FixtureSite.Minimal().WithRealTheme(), "packs/curricula/foundations/index.html");

        var cardSheets = doc.QuerySelectorAll(".pack-cards");
        Assert.Equal(2, cardSheets.Length);
        var slips = cardSheets[1].QuerySelectorAll(".role-slip");
        Assert.Equal(["Peer mentor", "Student (Alex)"], slips.Select(s => s.QuerySelector(".slip-role")!.TextContent));
        Assert.All(slips, s => Assert.Equal("A worrying disclosure", s.QuerySelector(".slip-scenario")!.TextContent));
        Assert.All(slips, s => Assert.NotNull(s.QuerySelector(".slip-local .slip-blank")));
        var text = cardSheets[1].TextContent;
        foreach (var facilitator in new[] { "Agree a step-out signal first.", "Alex mentions hurting themselves.", "Walk with Alex", "Alex is quiet today.", "How did the mentor explain", "Talks about self-harm" })
            Assert.DoesNotContain(facilitator, text);
    }

    [Fact]
    public void Every_sheet_is_numbered_in_order_and_guides_carry_the_content_note_with_opt_out_and_coping_step()
    {
        var doc = Built(FixtureSite.Minimal().WithRealTheme(), "packs/models/peer-mentoring/index.html");

        var sheets = doc.QuerySelectorAll(".pack-sheet");
        Assert.Equal(sheets.Length.ToString(), doc.QuerySelector("[data-pack]")!.GetAttribute("data-pages"));
        for (var i = 0; i < sheets.Length; i++)
            Assert.EndsWith($"Page {i + 1} of {sheets.Length}", sheets[i].QuerySelector(".sheet-foot")!.TextContent);
        var warning = doc.QuerySelector(".guide-warning")!.TextContent;
        Assert.Contains("Talks about self-harm (no details).", warning);
        Assert.Contains("Opt-out:", warning);
        Assert.Contains("Coping step afterwards:", warning);
        Assert.Contains("Call or text 988", doc.QuerySelector(".pack-cover")!.TextContent);
    }

    [Fact]
    public void Builder_embeds_the_library_as_inert_json_that_cannot_close_its_script_element()
    {
        var site = FixtureSite.Minimal().WithRealTheme().With("content/scenarios/exam-stress.md", """
            ---
            title: Exam stress </script><script>alert(1)</script>
            summary: A mentee is worried about finals.
            models: [peer-mentoring]
            skills: [active listening]
            difficulty: introductory
            grade_bands: [high]
            minutes: 20
            roles:
              - name: Peer mentor
                brief: You are meeting Sam.
            setup: Sam arrives looking tired.
            debrief: [What helped?]
            facilitator_notes: [Agree a step-out signal first.]
            ---
            """);

        var doc = Built(site, "packs/index.html");

        var data = doc.QuerySelector("script#pack-library")!;
        Assert.Equal("application/json", data.GetAttribute("type"));
        Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/json'])"));
        var library = JsonDocument.Parse(data.TextContent).RootElement;
        Assert.Equal(2, library.GetArrayLength());
        var exam = library.EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "exam-stress");
        Assert.Equal("Exam stress </script><script>alert(1)</script>", exam.GetProperty("title").GetString());
        Assert.False(exam.GetProperty("escalates").GetBoolean());

        // The sheets to print come pre-rendered in an inert template, the title escaped as text.
        var sheets = (AngleSharp.Html.Dom.IHtmlTemplateElement)doc.QuerySelector("template[data-scenario-sheets='exam-stress']")!;
        Assert.Equal(["guide", "cards"], sheets.Content.Children.Where(e => e.LocalName == "section").Select(e => e.GetAttribute("data-sheet")));
        Assert.Contains("Exam stress </script><script>alert(1)</script>", sheets.Content.QuerySelector(".sheet-head")!.TextContent);
    }

    [Fact]
    public void Long_guides_split_in_two_and_long_briefs_print_two_cards_to_a_page()
    {
        var notes = Enumerable.Range(1, 30).Select(i => $"Note {i}: " + new string('x', 150)).ToList();
        var scenario = new Model.ScenarioMeta
        {
            Title = "Long", Summary = "Long.", Models = [], Skills = ["listening"], Difficulty = Model.Difficulty.Advanced, GradeBands = [Model.GradeBand.High], Minutes = 30,
            Roles = [new() { Name = "Helper", Brief = new string('b', 900) }], Setup = "Setup.", Debrief = ["Why?"], FacilitatorNotes = notes,
        };
        var shortOne = scenario with { FacilitatorNotes = ["One note."], Roles = [new() { Name = "Helper", Brief = "Short." }] };

        Assert.Equal([GuidePart.Before, GuidePart.After], PackLayout.GuideParts(scenario));
        Assert.Equal(2, PackLayout.CardsPerSheet(scenario));
        Assert.Equal([GuidePart.Whole], PackLayout.GuideParts(shortOne));
        Assert.Equal(4, PackLayout.CardsPerSheet(shortOne));
    }

    [Theory]
    [InlineData(45, "45 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(125, "2 hours 5 minutes")]
    public void Duration_reads_naturally(int minutes, string expected) => Assert.Equal(expected, PackPages.Duration(minutes));
}

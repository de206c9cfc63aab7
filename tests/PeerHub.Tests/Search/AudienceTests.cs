using System.Text.Json;
using PeerHub.Site;
using PeerHub.Tests.Support;
using PeerHub.Tests.Toolkit;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// Who a page is for (issue 17's audience filter): the typed <c>audience:</c> field, each kind's default when a page does
/// not name one, the toolkit's own audiences mapped onto the filter's, and the search store's <c>a</c> that carries them
/// to the search page.
/// </summary>
public class AudienceTests
{
    private static BuildResult Built(FixtureSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result;
    }

    /// <summary>Every stored doc's audiences, by address; a doc with none maps to an empty list.</summary>
    private static Dictionary<string, string[]> Audiences(BuildResult result, string store = "search/docs.json")
    {
        using var docs = JsonDocument.Parse(result.Files![store]);
        return docs.RootElement.EnumerateObject().ToDictionary(d => d.Name,
            d => d.Value.TryGetProperty("a", out var a) ? a.EnumerateArray().Select(v => v.GetString()!).ToArray() : []);
    }

    private static string[] Problems(FixtureSite site) => site.Build().Diagnostics.Select(d => d.ToString()).ToArray();

    private static FixtureSite WithAbout(string audienceLine, FixtureSite? site = null) =>
        (site ?? FixtureSite.Minimal()).With("content/about.md", $"---\ntitle: About\nsummary: About the hub.\n{audienceLine}\n---\nBody.\n");

    [Fact]
    public void Each_kind_has_its_default_audience_and_every_indexed_page_has_one()
    {
        var a = Audiences(Built(ToolkitSites.Fixture()));

        // Content kinds: staff choose models and read the tier guides and plain pages; trainers run scenarios and courses.
        Assert.Equal(["coordinators"], a["models/peer-mentoring/"]);
        Assert.Equal(["coordinators"], a["tiers/tier-1/"]);
        Assert.Equal(["coordinators"], a["about/"]);
        Assert.Equal(["trainers"], a["scenarios/exam-stress/"]);
        Assert.Equal(["trainers"], a["curricula/foundations/"]);
        // Generated pages: a listing is for whom its pages are for; skills and topics list scenarios.
        Assert.Equal(["coordinators"], a["models/"]);
        Assert.Equal(["trainers"], a["scenarios/"]);
        Assert.Equal(["trainers"], a["skills/active-listening/"]);
        Assert.Equal(["trainers"], a["topics/"]);
        Assert.Equal(["coordinators", "trainers"], a["resources/"]);
        Assert.Equal(["coordinators"], a["planner/"]);
        Assert.Equal(["coordinators"], a["toolkit/profile/"]);
        // Toolkit templates by their own audience: family -> families, peer_helper -> students, the adult advisor runs the
        // program and trains its helpers -> coordinators and trainers. The toolkit's listing is for all four.
        Assert.Equal(["families"], a["toolkit/permission-form/"]);
        Assert.Equal(["students"], a["toolkit/contact-log/"]);
        Assert.Equal(["coordinators", "trainers", "students"], a["toolkit/red-flag-card/"]);
        Assert.Equal(["coordinators", "trainers", "families", "students"], a["toolkit/"]);

        Assert.All(a, doc => Assert.True(doc.Value.Length > 0, $"{doc.Key} has no audience"));
    }

    [Fact]
    public void A_page_that_names_its_audience_overrides_the_default_in_the_filters_order()
    {
        var scenario = FixtureSite.Minimal().Text("content/scenarios/exam-stress.md").Replace("minutes: 20\n", "minutes: 20\naudience: [students, trainers]\n");
        var a = Audiences(Built(WithAbout("audience: [students, families]").With("content/scenarios/exam-stress.md", scenario)
            .With("content/scenarios/index.md", "---\ntitle: Role-plays\nsummary: Every role-play.\naudience: [students]\n---\nPick one.\n")));

        Assert.Equal(["families", "students"], a["about/"]);
        Assert.Equal(["trainers", "students"], a["scenarios/exam-stress/"]);
        // A listing whose introduction (index.md) names an audience takes it.
        Assert.Equal(["students"], a["scenarios/"]);
        Assert.Equal(["coordinators"], a["tiers/tier-1/"]);
    }

    [Fact]
    public void A_translation_keeps_its_sources_audience_and_may_not_set_its_own()
    {
        var site = WithAbout("audience: [families]", FixtureSite.Minimal().WithRealTheme());
        site = site.WithSpanishListed();
        var translation = $"---\ntranslated_from: {ToolkitSites.Fingerprint(site.Text("content/about.md"))}\ntitle: Acerca de\nsummary: Acerca del sitio.\n";
        var result = Built(site.With("content/about.es.md", translation + "---\nCuerpo.\n"));

        Assert.Equal(["families"], Audiences(result, "es/search/docs.json")["es/about/"]);
        Assert.Equal(["families"], Audiences(result)["about/"]);
        Assert.Equal(
            ["content/about.es.md:5:1: error PH0023: `audience` is the same in every language, so a translation leaves it out: the source's value is used"],
            Problems(site.With("content/about.es.md", translation + "audience: [students]\n---\nCuerpo.\n")));
    }

    [Fact]
    public void An_unknown_audience_is_a_located_error_with_a_hint()
    {
        Assert.Equal(
            ["content/about.md:4:22: error PH0010: an item of `audience` must be one of coordinators, trainers, families, students, not `famlies`; did you mean `families`?"],
            Problems(WithAbout("audience: [trainers, famlies]")));
        var model = FixtureSite.Minimal().Text("content/models/peer-mentoring.md").Replace("sources: [deck]\n", "sources: [deck]\naudience: [parents]\n");
        Assert.Equal(
            ["content/models/peer-mentoring.md:13:12: error PH0010: an item of `audience` must be one of coordinators, trainers, families, students, not `parents`"],
            Problems(FixtureSite.Minimal().With("content/models/peer-mentoring.md", model)));
    }

    [Fact]
    public void An_empty_or_repeated_audience_is_a_located_error()
    {
        Assert.Equal(
            ["content/about.md:4:11: error PH0010: `audience` must name at least one of coordinators, trainers, families, students; leave it out for the default"],
            Problems(WithAbout("audience: []")));
        Assert.Equal(
            ["content/about.md:4:11: error PH0005: `families` is already in `audience`; name it once"],
            Problems(WithAbout("audience: [families, trainers, families]")));
    }

    [Fact]
    public void A_curriculum_keeps_its_audience_in_words_and_is_for_trainers()
    {
        // A course's own `audience` says who takes it; it is not the filter's, so any words are fine and the page stays the trainers'.
        var course = FixtureSite.Minimal().Text("content/curricula/foundations.md").Replace("audience: New peer mentors", "audience: Families who volunteer");
        Assert.Equal(["trainers"], Audiences(Built(FixtureSite.Minimal().With("content/curricula/foundations.md", course)))["curricula/foundations/"]);
    }
}

using System.Text.RegularExpressions;
using PeerHub.Tests.Support;

namespace PeerHub.Tests.Planner;

/// <summary>
/// The minimal fixture site plus the repository's real planner content (read at test time), with a stub page
/// for every hub page and model the planner links to, so the planner builds without the full hub.
/// </summary>
public static partial class PlannerFixture
{
    public static readonly string[] Files = ["scale.yml", "sections.yml", "rules.yml"];

    public static string Read(string name) => File.ReadAllText(Path.Combine(Repo.Content, "planner", name));

    public static FixtureSite Site()
    {
        var site = FixtureSite.Minimal();
        foreach (var name in Files) site = site.With($"content/planner/{name}", Read(name));
        var texts = string.Join("\n", Files.Select(Read));
        var generated = new HashSet<string> { "/models/", "/curricula/", "/scenarios/", "/tiers/tier-1/", "/tiers/tier-2/" };
        foreach (var url in LinkPattern().Matches(texts).Select(m => m.Value).Distinct().Where(u => !generated.Contains(u)))
            site = site.With($"content{url.TrimEnd('/')}.md", $"---\ntitle: Stub {url}\nsummary: A stub page.\n---\nStub.\n");
        foreach (var slug in ModelPattern().Matches(texts).Select(m => m.Groups[1].Value).Distinct()
                     .Where(s => s is not ("peer-mentoring" or "wellness-peers")))
            site = site.With($"content/models/{slug}.md",
                $"---\ntitle: Model {slug}\nsummary: A stub model.\ntiers: [1, 2]\nintensity: light\ntraining_hours: {{min: 4, max: 4}}\nclinical_support: on_call\nsupervision: Monthly\nadult_hours_per_week: {{min: 1, max: 1}}\ngrades: {{from: 6, to: 12}}\nevidence: {{summary: None known.}}\n---\nStub.\n");
        return site;
    }

    /// <summary>The site with Spanish added: its language in site.yml and the planner's Spanish files.</summary>
    public static FixtureSite Bilingual(FixtureSite site)
    {
        site = site.WithSpanishListed();
        foreach (var name in new[] { "scale.es.yml", "sections.es.yml", "rules.es.yml" }) site = site.With($"content/planner/{name}", PlannerFixture.Read(name));
        return site;
    }

    [GeneratedRegex(@"(?<=[\[ ,])/[a-z0-9-]+(?:/[a-z0-9-]+)*/")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"model: ([a-z0-9-]+)")]
    private static partial Regex ModelPattern();
}


namespace PeerHub.Model;

/// <summary>
/// The whole site after loading and cross-checking: pages (content and generated), data, and the relations
/// between them, computed once. Nothing changes it after it is built.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Resource> Resources,
    IReadOnlyDictionary<string, Source> Sources,
    IReadOnlyList<InputFile> Assets,
    SiteRelations Relations)
{
    private readonly Dictionary<string, Page> _byUrl = Pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
    private readonly ILookup<PageKind, Page> _byKind = Pages.ToLookup(p => p.Kind);

    public Page? ByUrl(string url) => _byUrl.GetValueOrDefault(url);
    /// <summary>The pages of one kind, in site order; looked up, not searched, as views ask for them per page.</summary>
    public IEnumerable<Page> OfKind(PageKind kind) => _byKind[kind];
}

/// <summary>Who lists whom: computed from the references in front matter, sorted for stable output.</summary>
public sealed record SiteRelations(
    IReadOnlyDictionary<int, IReadOnlyList<Page>> ModelsByTier,
    IReadOnlyDictionary<string, IReadOnlyList<Page>> ScenariosByModel,
    IReadOnlyDictionary<string, IReadOnlyList<Page>> CurriculaByModel,
    IReadOnlyDictionary<string, IReadOnlyList<Page>> CurriculaByScenario,
    IReadOnlyDictionary<string, IReadOnlyList<Page>> ScenariosBySkill,
    IReadOnlyDictionary<string, IReadOnlyList<Page>> ScenariosByTopic)
{
    public static IReadOnlyList<Page> Get<TKey>(IReadOnlyDictionary<TKey, IReadOnlyList<Page>> map, TKey key) where TKey : notnull =>
        map.TryGetValue(key, out var list) ? list : [];
}

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
    SiteRelations Relations,
    IReadOnlyList<SynonymGroup>? Synonyms = null)
{
    /// <summary>The hub's languages, this site's among them; one language unless site.yml lists more.</summary>
    public SiteLanguages Languages { get; init; } = SiteLanguages.OnlyOne(Config.Language);

    /// <summary>Each language's pages by address, only those really in that language (no fallback copies).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, Page>> PagesByLanguage { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, Page>>();

    /// <summary>The fixed notices of content/data/notices.yml, by id, in the default language.</summary>
    public IReadOnlyDictionary<string, Notice> Notices { get; init; } = new Dictionary<string, Notice>();

    /// <summary>This language's notices (content/data/notices.es.yml), by id; empty for the default language.</summary>
    public IReadOnlyDictionary<string, Notice> TranslatedNotices { get; init; } = new Dictionary<string, Notice>();

    /// <summary>The page at an address as it is in a language, or null when that language has no version of it.</summary>
    public Page? PageIn(string language, string url) =>
        PagesByLanguage.GetValueOrDefault(language)?.GetValueOrDefault(url);

    private readonly Dictionary<string, Page> _byUrl = Pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
    private readonly ILookup<PageKind, Page> _byKind = Pages.ToLookup(p => p.Kind);
    private readonly ILookup<Type?, Page> _byMetaType = Pages.ToLookup(p => p.Meta?.GetType());

    public Page? ByUrl(string url) => _byUrl.GetValueOrDefault(url);
    /// <summary>The pages of one kind, in site order; looked up, not searched, as views ask for them per page.</summary>
    public IEnumerable<Page> OfKind(PageKind kind) => _byKind[kind];
    /// <summary>The pages whose front matter is a <typeparamref name="TMeta"/>, in site order, with it.</summary>
    /// <remarks>Looked up by the record's exact type, as views ask per page: records are sealed.</remarks>
    public IEnumerable<(Page Page, TMeta Meta)> Of<TMeta>() where TMeta : IPageMeta =>
        _byMetaType[typeof(TMeta)].Select(p => (p, (TMeta)p.Meta!));
}

/// <summary>
/// Who lists whom, computed once from what each page's kind says it belongs under: the address of a page it
/// names (a scenario under its models), a tier (<c>tier:2</c>) or a taxonomy term (<c>skills:empathy</c>).
/// Each list is sorted by weight, title and address, so output is stable.
/// </summary>
public sealed record SiteRelations(IReadOnlyDictionary<string, IReadOnlyList<Page>> Under)
{
    /// <summary>The pages listed under a key, in order.</summary>
    public IReadOnlyList<Page> Listed(string key) => Under.TryGetValue(key, out var list) ? list : [];

    /// <summary>The pages listed under a key whose front matter is a <typeparamref name="TMeta"/>, in order.</summary>
    public IReadOnlyList<Page> Listed<TMeta>(string key) where TMeta : IPageMeta => Listed(key).Where(p => p.Meta is TMeta).ToList();

    public static string TierKey(int tier) => $"tier:{tier}";
    public static string TermKey(string taxonomy, string termSlug) => $"{taxonomy}:{termSlug}";
}

/// <summary>One language of the hub: its code, its name in itself, the folder its pages live in, and the addresses it has a page for.</summary>
/// <param name="Pages">Addresses with a page really in this language (a fallback page, showing the default language's text, is not one); null means every page.</param>
public sealed record SiteLanguage(string Code, string Name, string Prefix, IReadOnlySet<string>? Pages)
{
    public bool Has(string url) => Pages is null || Pages.Contains(url);
}

/// <summary>The hub's languages as one language's site sees them: the default first, and which one this site is.</summary>
public sealed record SiteLanguages(string Current, IReadOnlyList<SiteLanguage> All)
{
    public static SiteLanguages OnlyOne(string code) => new(code, [new SiteLanguage(code, code, "", null)]);
    public SiteLanguage Default => All[0];
    /// <summary>The folder this site's pages live in: empty for the default language, "es/" for Spanish.</summary>
    public string Prefix => All.First(l => l.Code == Current).Prefix;
    public bool IsDefault => Current == Default.Code;
}

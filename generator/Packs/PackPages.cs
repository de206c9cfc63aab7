using PeerHub.Templates;
using PeerHub.Model;

namespace PeerHub.Packs;

/// <summary>Printable role-play scenario packs: one page per curriculum and per program model, and a pack builder.</summary>
public static class PackPages
{
    /// <summary>The address of the pack builder.</summary>
    public const string BuilderUrl = "/packs/";

    /// <summary>
    /// The generated pack pages, given the content pages (called by the assembler): the builder, a pack for each
    /// curriculum that uses at least one scenario, and a pack for each program model that has at least one.
    /// </summary>
    /// <param name="secondLanguage">In a hub of two languages, the other one: every pack also comes as a bilingual pack.</param>
    public static IEnumerable<Page> Create(IReadOnlyList<Page> contentPages, ThemeStrings strings, string? secondLanguage = null)
    {
        yield return new Page
        {
            Kind = PackBuilderKind.Instance, Url = BuilderUrl, Title = strings.Get("packs.builder.title"),
            Summary = strings.Get("packs.builder.summary"),
        };

        var scenarioSlugs = contentPages.Where(p => p.Meta is ScenarioMeta).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var page in contentPages.Where(p => p.Meta is CurriculumMeta).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var meta = (CurriculumMeta)page.Meta!;
            if (!meta.Sessions.SelectMany(s => s.Scenarios).Any(r => scenarioSlugs.Contains(r.Slug))) continue;
            yield return Pack(PackSource.Curriculum, page, strings);
            if (secondLanguage is not null) yield return Bilingual(Pack(PackSource.Curriculum, page, strings), secondLanguage, strings);
        }

        var modelsWithScenarios = contentPages.Select(p => p.Meta).OfType<ScenarioMeta>()
            .SelectMany(s => s.Models).Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var page in contentPages.Where(p => p.Meta is ModelMeta && modelsWithScenarios.Contains(p.Slug)).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            yield return Pack(PackSource.Model, page, strings);
            if (secondLanguage is not null) yield return Bilingual(Pack(PackSource.Model, page, strings), secondLanguage, strings);
        }
    }

    /// <summary>The same pack with role cards in both languages, for groups where players read one or the other: /packs/models/x/bilingual/.</summary>
    private static Page Bilingual(Page pack, string secondLanguage, ThemeStrings strings)
    {
        var spec = (PackSpec)pack.Meta!;
        var title = strings.Get("packs.bilingual.title", ("title", pack.Title));
        var summary = strings.Get("packs.bilingual.summary", ("title", pack.Title));
        return pack with { Url = pack.Url + "bilingual/", Title = title, Summary = summary, Meta = spec with { Title = title, Summary = summary, AlsoIn = secondLanguage } };
    }

    private static Page Pack(PackSource source, Page origin, ThemeStrings strings)
    {
        var key = source == PackSource.Curriculum ? "packs.curriculum" : "packs.model";
        var title = strings.Get($"{key}.title", ("title", origin.Title));
        var summary = strings.Get($"{key}.summary", ("title", origin.Title));
        return new Page
        {
            Kind = PackKind.Instance,
            Url = $"/packs/{(source == PackSource.Curriculum ? "curricula" : "models")}/{origin.Slug}/",
            Title = title,
            Summary = summary,
            Meta = new PackSpec(source, origin.Slug, title, summary),
        };
    }

    /// <summary>The view a pack layout renders, or null for pages that are not packs.</summary>
    public static PackView? View(Page page, SiteModel site, ViewBuilder views) => page switch
    {
        { Kind: PackBuilderKind } => PackLibrary.View(page, site, views),
        { Kind: PackKind, Meta: PackSpec spec } => PrintedPack(page, spec, site, views),
        _ => null,
    };

    /// <summary>
    /// A curriculum's scenarios in session order (each once, where first used); a model's in teaching order
    /// (<see cref="TeachingOrder"/>).
    /// </summary>
    public static IReadOnlyList<Page> Scenarios(PackSpec spec, SiteModel site) => spec.Source switch
    {
        PackSource.Curriculum when site.ByUrl($"/curricula/{spec.Slug}/")?.Meta is CurriculumMeta c =>
            SessionOrder(c).Select(slug => site.ByUrl($"/scenarios/{slug}/")).OfType<Page>().ToList(),
        PackSource.Model => TeachingOrder(spec.Slug, site.Relations.Listed<ScenarioMeta>($"/models/{spec.Slug}/"), site),
        _ => [],
    };

    /// <summary>
    /// A model's scenarios as a trainer would run them: introductory first, then intermediate, then advanced; within a
    /// difficulty in the order the model's curricula use them (the curricula naming the model, by address, each in
    /// session order), scenarios no curriculum uses after those, then by title.
    /// </summary>
    public static IReadOnlyList<Page> TeachingOrder(string modelSlug, IReadOnlyList<Page> scenarios, SiteModel site)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var curricula = site.Of<CurriculumMeta>().Where(c => c.Meta.Models.Any(m => m.Slug == modelSlug))
            .OrderBy(c => c.Page.Url, StringComparer.Ordinal);
        foreach (var slug in curricula.SelectMany(c => SessionOrder(c.Meta)))
            position.TryAdd(slug, position.Count);
        return scenarios
            .OrderBy(p => ((ScenarioMeta)p.Meta!).Difficulty)
            .ThenBy(p => position.GetValueOrDefault(p.Slug, int.MaxValue))
            .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> SessionOrder(CurriculumMeta curriculum) =>
        curriculum.Sessions.SelectMany(s => s.Scenarios).Select(r => r.Slug).Distinct(StringComparer.Ordinal);

    internal static PackView PrintedPack(Page page, PackSpec spec, SiteModel site, ViewBuilder views)
    {
        var origin = site.ByUrl(spec.Source == PackSource.Curriculum ? $"/curricula/{spec.Slug}/" : $"/models/{spec.Slug}/")!;
        var audience = origin.Meta switch
        {
            CurriculumMeta c => c.Audience,
            ModelMeta m => views.Words.Word("values.pack_audience", "Peer helpers in {title} programs (grades {grades})", ("title", origin.Title), ("grades", Requirements.Grades(m.Grades))),
            _ => null,
        };
        var scenarios = Scenarios(spec, site);
        var numbered = PageNumbering.Number(scenarios, views, spec.AlsoIn);
        return new PackView(spec.Source == PackSource.Curriculum ? "curriculum" : "model", page.Title, audience,
            new LinkView(origin.Title, origin.Url) { Lang = views.TextLang(origin) }, numbered.TotalMinutes, views.Words.Duration(numbered.TotalMinutes), numbered.Scenarios,
            numbered.PageCount, null) { AlsoIn = spec.AlsoIn };
    }

    /// <summary>"95 minutes" or "4 hours 5 minutes", in English: how long running every scenario takes.</summary>
    public static string Duration(int minutes) => Words.English.Duration(minutes);
}

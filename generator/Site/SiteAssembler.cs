using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Kinds;
using PeerHub.Model;
using PeerHub.Templates;
using PeerHub.Text;

namespace PeerHub.Site;

/// <summary>
/// Checks references between content, works out who lists whom and adds the generated pages. Every question about
/// a page is asked of its kind: what it names, what it cites, which terms and tiers it is listed under.
/// </summary>
public static class SiteAssembler
{
    /// <summary>
    /// The site in a further language: each page's translation where there is one, else the default language's page
    /// shown as not yet translated, and the generated pages in the language's own words. References and rules were
    /// checked on the default language's pages, which hold the same ones, so they are not reported twice.
    /// </summary>
    public static SiteModel? AssembleLanguage(LoadedContent content, LanguageConfig language, SiteKinds kinds, ThemeStrings strings)
    {
        if (content.Config is not { } defaults) return null;
        var prefix = language.Code + "/";
        var translated = (content.Translations.GetValueOrDefault(language.Code) ?? []).ToDictionary(t => t.SourcePath, t => t.Page, StringComparer.Ordinal);
        var pages = content.Pages
            .Select(p => p.ContentPath is { } path && translated.TryGetValue(path, out var t) ? t : p with { Language = language.Code, PathPrefix = prefix, Fallback = true })
            .ToList();
        var config = defaults with
        {
            Language = language.Code, LanguageName = language.Name, Title = language.Title, Description = language.Description,
            Nav = language.Nav.Count > 0 ? language.Nav : defaults.Nav, Crisis = language.Crisis,
        };
        var site = Assemble(content with { Config = config, Pages = pages }, kinds, strings, new DiagnosticBag(), (language.Code, prefix), defaults.Language);
        return site is null ? null : site with
        {
            TranslatedNotices = (content.TranslatedNotices.GetValueOrDefault(language.Code) ?? []).DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal),
        };
    }

    public static SiteModel? Assemble(LoadedContent content, SiteKinds kinds, ThemeStrings strings, DiagnosticBag d,
        (string Code, string Prefix)? language = null, string? defaultLanguage = null)
    {
        if (content.Config is null) return null;

        CheckDuplicates(content, d);
        var byUrl = content.Pages.GroupBy(p => p.Url).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sources = content.Sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var notices = content.Notices.DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);

        foreach (var page in content.Pages)
        {
            if (page.Kind is not ContentKind kind || page.Meta is not { } meta) continue;
            foreach (var r in kind.References(meta).Where(r => !byUrl.ContainsKey(r.TargetUrl) && !content.FailedFiles.Contains($"{r.Folder}/{r.Ref.Slug}.md")))
            {
                var targets = content.Pages.Where(p => p.Kind is ContentKind k && k.Folder == r.Folder).Select(p => p.Slug);
                var hint = Suggest.Closest(r.Ref.Slug, targets);
                d.Error(Codes.BrokenReference, r.Ref.At,
                    $"there is no {r.What} `{r.Ref.Slug}` (looked for content/{r.Folder}/{r.Ref.Slug}.md)" + (hint is null ? "" : $"; did you mean `{hint}`?"));
            }
            foreach (var r in kind.Sources(meta).Where(r => !sources.ContainsKey(r.Slug)))
            {
                var hint = Suggest.Closest(r.Slug, sources.Keys);
                d.Error(Codes.BrokenReference, r.At,
                    $"there is no source `{r.Slug}` in content/data/sources.yml" + (hint is null ? "" : $"; did you mean `{hint}`?"));
            }
            foreach (var r in kind.Notices(meta).Where(r => !notices.ContainsKey(r.Slug)))
            {
                var hint = Suggest.Closest(r.Slug, notices.Keys);
                d.Error(Codes.BrokenReference, r.At,
                    $"there is no notice `{r.Slug}` in content/data/notices.yml" + (hint is null ? "" : $"; did you mean `{hint}`?"));
            }
        }

        foreach (var page in content.Pages)
            if (page.Kind is ContentKind kind && page.Meta is { } meta)
                kind.CheckAgainst(meta, byUrl, d);

        // Keep the first page of each address, so the checks below still run after a duplicate is reported.
        var pages = content.Pages.DistinctBy(p => p.Url).ToList();
        var relations = Relate(pages, kinds);
        // In a hub of two languages, every pack also comes with role cards in both.
        var languages = content.Config.Languages;
        var secondLanguage = languages.Count != 1 ? null : language is null ? languages[0].Code : defaultLanguage;
        AddGenerated(pages, kinds, strings, secondLanguage);
        AddRedirects(pages, content.Config, d);
        if (language is var (code, prefix))
            for (var i = 0; i < pages.Count; i++)
                if (pages[i].PathPrefix.Length == 0) pages[i] = pages[i] with { Language = code, PathPrefix = prefix };
        pages.Sort((a, b) => string.CompareOrdinal(a.Url, b.Url));
        return new SiteModel(content.Config, pages, content.Resources, sources, content.Assets, relations, content.Synonyms) { Notices = notices };
    }

    private static void CheckDuplicates(LoadedContent content, DiagnosticBag d)
    {
        foreach (var group in content.Pages.GroupBy(p => p.Url).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.Source,
                    $"this page has the same address {group.Key} as {group.First().Source.Path}; rename one of the files");
        foreach (var tier in content.Pages.Where(p => p.Meta is TierMeta).GroupBy(p => ((TierMeta)p.Meta!).Tier).Where(g => g.Count() > 1))
            foreach (var dup in tier.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.Meta!.Spans.Of(nameof(TierMeta.Tier)), $"tier {tier.Key} is already described by {tier.First().Source.Path}");
        foreach (var group in content.Resources.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.Spans.Of(nameof(dup.Id)), $"the id `{group.Key}` is already used by the resource at line {group.First().Spans.Of(nameof(dup.Id)).Line}");
        foreach (var group in content.Sources.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.Spans.Of(nameof(dup.Id)), $"the id `{group.Key}` is already used by the source at line {group.First().Spans.Of(nameof(dup.Id)).Line}");
    }

    /// <summary>Each page under the pages it names, its terms and whatever else its kind lists it under.</summary>
    private static SiteRelations Relate(IReadOnlyList<Page> pages, SiteKinds kinds)
    {
        IEnumerable<string> Keys(Page page, ContentKind kind, IPageMeta meta) =>
            kind.References(meta).Select(r => r.TargetUrl)
                .Concat(kind.Terms(meta).Select(t => SiteRelations.TermKey(t.Taxonomy, Naming.Slugify(t.Name))))
                .Concat(kind.ListedUnder(meta));

        var under = pages
            .SelectMany(p => p.Kind is ContentKind kind && p.Meta is { } meta ? Keys(p, kind, meta).Select(key => (Key: key, Page: p)) : [])
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Page>)g.Select(x => x.Page).Distinct(ReferenceEqualityComparer.Instance).Cast<Page>()
                .OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Url, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
        return new SiteRelations(under);
    }

    /// <param name="secondLanguage">In a hub of two languages, the other one, for bilingual packs.</param>
    private static void AddGenerated(List<Page> pages, SiteKinds kinds, ThemeStrings strings, string? secondLanguage)
    {
        var indexOf = pages.Select((p, i) => (p.Url, i)).ToDictionary(x => x.Url, x => x.i, StringComparer.Ordinal);
        void Add(PageKind kind, string url, Func<(string Title, string Summary)> words, Page? generated = null)
        {
            if (indexOf.TryGetValue(url, out var existing))
            {
                // A content index.md for a generated page supplies its title and introduction.
                pages[existing] = pages[existing] with { Kind = kind };
                return;
            }
            indexOf[url] = pages.Count;
            if (generated is null)
            {
                var (title, summary) = words();
                generated = new Page { Kind = kind, Url = url, Title = title, Summary = summary };
            }
            pages.Add(generated);
        }
        (string, string) Words(string key, params (string, string)[] values) =>
            (strings.Get($"{key}.title", values), strings.Get($"{key}.summary", values));

        foreach (var kind in kinds.Content.InFolders.Where(k => k.Listed))
            Add(new ListingKind(kind), $"/{kind.Folder}/", () => Words($"lists.{kind.Folder}"));
        foreach (var taxonomy in kinds.Taxonomies)
            Add(taxonomy.ListKind, taxonomy.Url, () => Words($"lists.{taxonomy.Name}"));
        foreach (var generated in kinds.Generated)
            Add(generated.Kind, generated.Url, () => Words($"pages.{generated.StringsKey}"));

        foreach (var pack in Packs.PackPages.Create(pages.ToList(), strings, secondLanguage)) Add(pack.Kind, pack.Url, () => ("", ""), pack);
        foreach (var taxonomy in kinds.Taxonomies)
            foreach (var (slug, name) in Terms(pages, taxonomy.Name))
                Add(taxonomy.TermKind, $"/{taxonomy.Name}/{slug}/",
                    () => (Capitalise(name), strings.Get($"lists.{taxonomy.Name}.term_summary", ("term", name))));
    }

    /// <summary>A page at each old address of site.yml's `redirects`, once the pages they point to are all known.</summary>
    private static void AddRedirects(List<Page> pages, SiteConfig config, DiagnosticBag d)
    {
        var byUrl = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        foreach (var r in config.Redirects)
        {
            var from = r.From.Trim();
            if (!from.StartsWith('/') || !from.EndsWith('/') || from.Contains("//", StringComparison.Ordinal) || from.Length < 3)
                d.Error(Codes.InvalidValue, r.Spans.Of(nameof(r.From)), $"`from` must be a site path such as /skills/old-name/, not `{from}`");
            else if (byUrl.ContainsKey(from))
                d.Error(Codes.InvalidValue, r.Spans.Of(nameof(r.From)), $"{from} is a page of the site, so it cannot forward to another");
            else if (!byUrl.TryGetValue(r.To.Trim(), out var target))
                d.Error(Codes.BrokenReference, r.Spans.Of(nameof(r.To)), $"there is no page at {r.To.Trim()} to forward {from} to" +
                    (Suggest.Closest(r.To.Trim(), byUrl.Keys) is { } hint ? $"; did you mean `{hint}`?" : ""));
            else
            {
                var page = new Page
                {
                    Kind = RedirectKind.Instance, Url = from, Title = target.Title, Summary = target.Summary,
                    Meta = new RedirectMeta(target.Title, target.Summary, target, r.At),
                };
                byUrl[from] = page;
                pages.Add(page);
            }
        }
    }

    /// <summary>Each distinct term of a taxonomy by slug, named as it was first written.</summary>
    private static IEnumerable<(string Slug, string Name)> Terms(IEnumerable<Page> pages, string taxonomy) =>
        pages.SelectMany(p => p.Kind is ContentKind kind && p.Meta is { } meta ? kind.Terms(meta) : [])
            .Where(t => t.Taxonomy == taxonomy)
            .Select(t => (Slug: Naming.Slugify(t.Name), Name: t.Name.Trim()))
            .Where(t => t.Slug.Length > 0)
            .DistinctBy(t => t.Slug)
            .OrderBy(t => t.Slug, StringComparer.Ordinal);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

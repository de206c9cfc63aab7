using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Yaml;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Site;

/// <summary>Checks references between content, works out relations and adds the generated pages.</summary>
public static class SiteAssembler
{
    public static SiteModel? Assemble(LoadedContent content, DiagnosticBag d)
    {
        if (content.Config is null) return null;

        CheckDuplicates(content, d);
        var models = SlugMap(content.Pages, PageKind.Model);
        var scenarios = SlugMap(content.Pages, PageKind.Scenario);
        var sources = content.Sources.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        void Resolve(IEnumerable<SlugRef> refs, IReadOnlyDictionary<string, Page> targets, string what, string folder)
        {
            foreach (var r in refs.Where(r => !targets.ContainsKey(r.Slug) && !content.FailedFiles.Contains($"{folder}/{r.Slug}.md")))
            {
                var hint = Suggest.Closest(r.Slug, targets.Keys);
                d.Error(Codes.BrokenReference, r.At,
                    $"there is no {what} `{r.Slug}` (looked for content/{folder}/{r.Slug}.md)" + (hint is null ? "" : $"; did you mean `{hint}`?"));
            }
        }
        void ResolveSources(IEnumerable<SlugRef> refs)
        {
            foreach (var r in refs.Where(r => !sources.ContainsKey(r.Slug)))
            {
                var hint = Suggest.Closest(r.Slug, sources.Keys);
                d.Error(Codes.BrokenReference, r.At,
                    $"there is no source `{r.Slug}` in content/data/sources.yml" + (hint is null ? "" : $"; did you mean `{hint}`?"));
            }
        }

        foreach (var page in content.Pages)
        {
            switch (page.Meta)
            {
                case ModelMeta m: ResolveSources(m.Sources); break;
                case PageMeta m: ResolveSources(m.Sources); break;
                case ScenarioMeta s: Resolve(s.Models, models, "program model", "models"); break;
                case CurriculumMeta c:
                    Resolve(c.Models, models, "program model", "models");
                    ResolveSources(c.Sources);
                    foreach (var session in c.Sessions) Resolve(session.Scenarios, scenarios, "scenario", "scenarios");
                    break;
            }
        }

        // Keep the first page of each address, so the checks below still run after a duplicate is reported.
        var pages = content.Pages.DistinctBy(p => p.Url).ToList();
        var relations = Relate(pages);
        AddGenerated(pages);
        pages.Sort((a, b) => string.CompareOrdinal(a.Url, b.Url));
        return new SiteModel(content.Config, pages, content.Resources, sources, content.Assets, relations);
    }

    private static Dictionary<string, Page> SlugMap(IEnumerable<Page> pages, PageKind kind) =>
        pages.Where(p => p.Kind == kind).GroupBy(p => p.Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static void CheckDuplicates(LoadedContent content, DiagnosticBag d)
    {
        foreach (var group in content.Pages.GroupBy(p => p.Url).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.Source,
                    $"this page has the same address {group.Key} as {group.First().Source.Path}; rename one of the files");
        foreach (var tier in content.Pages.Where(p => p.Meta is TierMeta).GroupBy(p => ((TierMeta)p.Meta!).Tier).Where(g => g.Count() > 1))
            foreach (var dup in tier.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.Source, $"tier {tier.Key} is already described by {tier.First().Source.Path}");
        foreach (var group in content.Resources.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.At, $"the id `{group.Key}` is already used by the resource at line {group.First().At.Line}");
        foreach (var group in content.Sources.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.At, $"the id `{group.Key}` is already used by the source at line {group.First().At.Line}");
    }

    private static SiteRelations Relate(IReadOnlyList<Page> pages)
    {
        static IReadOnlyDictionary<TKey, IReadOnlyList<Page>> Group<TKey>(IEnumerable<(TKey Key, Page Page)> pairs) where TKey : notnull =>
            pairs.GroupBy(p => p.Key)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Page>)g.Select(x => x.Page).Distinct(ReferenceEqualityComparer.Instance).Cast<Page>()
                    .OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Url, StringComparer.Ordinal).ToList());

        var scenarios = pages.Where(p => p.Meta is ScenarioMeta).Select(p => (Page: p, Meta: (ScenarioMeta)p.Meta!)).ToList();
        var curricula = pages.Where(p => p.Meta is CurriculumMeta).Select(p => (Page: p, Meta: (CurriculumMeta)p.Meta!)).ToList();
        return new SiteRelations(
            Group(pages.Where(p => p.Meta is ModelMeta).SelectMany(p => ((ModelMeta)p.Meta!).Tiers.Select(t => (t, p)))),
            Group(scenarios.SelectMany(s => s.Meta.Models.Select(m => (m.Slug, s.Page)))),
            Group(curricula.SelectMany(c => c.Meta.Models.Select(m => (m.Slug, c.Page)))),
            Group(curricula.SelectMany(c => c.Meta.Sessions.SelectMany(s => s.Scenarios).Select(s => (s.Slug, c.Page)))),
            Group(scenarios.SelectMany(s => s.Meta.Skills.Select(k => (Naming.Slugify(k), s.Page)))),
            Group(scenarios.SelectMany(s => s.Meta.Topics.Select(k => (Naming.Slugify(k), s.Page)))));
    }

    private static void AddGenerated(List<Page> pages)
    {
        var indexOf = pages.Select((p, i) => (p.Url, i)).ToDictionary(x => x.Url, x => x.i, StringComparer.Ordinal);
        void Add(PageKind kind, string url, string title, string summary, Page? generated = null)
        {
            if (indexOf.TryGetValue(url, out var existing))
            {
                // A content index.md for a generated page supplies its title and introduction.
                pages[existing] = pages[existing] with { Kind = kind };
                return;
            }
            indexOf[url] = pages.Count;
            pages.Add(generated ?? new Page { Kind = kind, Url = url, Title = title, Summary = summary });
        }

        Add(PageKind.Listing, "/tiers/", "MTSS tiers", "How peer programs fit the three tiers of a multi-tiered system of support.");
        Add(PageKind.Listing, "/models/", "Program models", "Every peer program model in the hub, with its tiers, intensity and training.");
        Add(PageKind.Listing, "/scenarios/", "Role-play scenarios", "Practice scenarios for training peer helpers, with roles, red flags and debriefs.");
        Add(PageKind.Listing, "/curricula/", "Training curricula", "Session-by-session courses for training peer helpers.");
        Add(PageKind.Resources, "/resources/", "Resources and webinars", "Webinars, guides and organisations for peer support programs.");
        Add(PageKind.Listing, "/skills/", "Skills", "Role-play scenarios grouped by the skill they practise.");
        Add(PageKind.Listing, "/topics/", "Topics", "Role-play scenarios grouped by the topic they touch.");
        Add(PageKind.Search, "/search/", "Search", "Search the whole hub.");
        Add(PageKind.Planner, "/planner/", "Program planner", "Rate your school's readiness for a peer program and get a plan and recommended models. Your answers stay on this device.");
        Add(PageKind.NotFound, "/404/", "Page not found", "The page you asked for is not here.");

        foreach (var pack in Packs.PackPages.Create(pages.ToList())) Add(pack.Kind, pack.Url, pack.Title, pack.Summary ?? "", pack);
        foreach (var (slug, name) in ScenarioTerms(pages, s => s.Skills))
            Add(PageKind.Term, $"/skills/{slug}/", Capitalise(name), $"Role-play scenarios that practise {name}.");
        foreach (var (slug, name) in ScenarioTerms(pages, s => s.Topics))
            Add(PageKind.Term, $"/topics/{slug}/", Capitalise(name), $"Role-play scenarios about {name}.");
    }

    /// <summary>Each distinct term by slug, named as it was first written.</summary>
    private static IEnumerable<(string Slug, string Name)> ScenarioTerms(IEnumerable<Page> pages, Func<ScenarioMeta, IEnumerable<string>> terms) =>
        pages.Select(p => p.Meta).OfType<ScenarioMeta>().SelectMany(terms)
            .Select(t => (Slug: Naming.Slugify(t), Name: t.Trim()))
            .Where(t => t.Slug.Length > 0)
            .DistinctBy(t => t.Slug)
            .OrderBy(t => t.Slug, StringComparer.Ordinal);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

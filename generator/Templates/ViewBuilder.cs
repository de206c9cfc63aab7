using System.Globalization;
using PeerHub.Content;
using PeerHub.Markdown;
using PeerHub.Site;
using PeerHub.Yaml;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Templates;

/// <summary>Builds the view models templates see from the immutable site model.</summary>
public sealed class ViewBuilder(SiteModel site, MarkdownRenderer markdown)
{
    public SiteView Site { get; } = new(
        site.Config.Title, site.Config.Description, site.Config.Language, site.Config.BaseUrl,
        site.Config.Nav.Select(n => new LinkView(n.Title, n.Url)).ToList(),
        site.Config.Crisis.Select(c => new CrisisView(c.Name, c.Action, c.Href, c.Detail)).ToList(),
        site.Config.CrisisChecked,
        new Uri(site.Config.BaseUrl).AbsolutePath);

    public PageView Build(Page page, RenderedMarkdown body)
    {
        var view = new PageView
        {
            Kind = page.Kind.ToString().ToLowerInvariant(),
            Url = page.Url,
            CanonicalUrl = site.Config.BaseUrl.TrimEnd('/') + page.Url,
            Title = page.Title,
            Summary = page.Summary,
            Content = body.Html,
            Toc = body.Headings.Select(h => new HeadingView(h.Level, h.Text, h.Id)).ToList(),
            Breadcrumbs = Breadcrumbs(page),
            EditUrl = page.ContentPath is null ? null : site.Config.EditUrl.TrimEnd('/') + "/" + page.ContentPath,
        };

        return page.Meta switch
        {
            TierMeta t => view with
            {
                Tier = new TierView(t.Tier, t.Who, SiteRelations.Get(site.Relations.ModelsByTier, t.Tier).Select(Card).ToList()),
            },
            ModelMeta m => view with
            {
                Sources = Sources(m.Sources),
                Model = new ModelView(
                    m.Tiers.Order().Select(TierLink).ToList(), Name(m.Intensity), Hours(m.TrainingHours), m.Supervision, m.StaffTime,
                    m.Grades, m.Tags,
                    SiteRelations.Get(site.Relations.ScenariosByModel, page.Slug).Select(Card).ToList(),
                    SiteRelations.Get(site.Relations.CurriculaByModel, page.Slug).Select(Link).ToList()),
            },
            CurriculumMeta c => view with
            {
                Sources = Sources(c.Sources),
                Curriculum = new CurriculumView(
                    c.Audience, c.Models.Select(r => Link(ModelPage(r.Slug))).ToList(),
                    c.Sessions.Select((s, i) => new SessionView(
                        i + 1, $"session-{i + 1}", s.Title, s.Minutes, Inline(s.Objectives), Inline(s.Materials), Inline(s.Activities),
                        s.Scenarios.Select(r => Link(site.ByUrl($"/scenarios/{r.Slug}/")!)).ToList())).ToList(),
                    c.Sessions.Sum(s => s.Minutes),
                    FormatHours(c.Sessions.Sum(s => s.Minutes) / 60.0),
                    site.ByUrl("/packs" + page.Url)?.Url),
            },
            ScenarioMeta s => view with { Scenario = Scenario(page, s) },
            PageMeta p => Generated(page, view with { Sources = Sources(p.Sources), Items = page.Kind == PageKind.Section ? Children(page) : [] }),
            _ => Generated(page, view),
        };
    }

    // A scenario's view is the same on its own page, in every pack that prints it and in the pack builder; built once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Page, ScenarioView> _scenarios = new(ReferenceEqualityComparer.Instance);

    public ScenarioView Scenario(Page page, ScenarioMeta s) => _scenarios.GetOrAdd(page, _ => BuildScenario(page, s));

    private ScenarioView BuildScenario(Page page, ScenarioMeta s) => new(
        s.Models.Select(r => Link(ModelPage(r.Slug))).ToList(),
        s.Skills.Select(k => Link(site.ByUrl($"/skills/{Naming.Slugify(k)}/")!)).ToList(),
        s.Topics.Select(k => Link(site.ByUrl($"/topics/{Naming.Slugify(k)}/")!)).ToList(),
        Name(s.Difficulty), s.Minutes,
        s.ContentWarning is null ? null : markdown.RenderInline(s.ContentWarning),
        s.Roles.Select(r => new RoleView(r.Name, markdown.RenderInline(r.Brief))).ToList(),
        markdown.RenderInline(s.Setup), Inline(s.Prompts), Inline(s.RedFlags), Inline(s.Escalation), Inline(s.Debrief),
        Inline(s.FacilitatorNotes),
        SiteRelations.Get(site.Relations.CurriculaByScenario, page.Slug).Select(Link).ToList());

    private PageView Generated(Page page, PageView view)
    {
        IReadOnlyList<CardView> Cards(PageKind kind) =>
            site.OfKind(kind).OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(Card).ToList();

        return (page.Kind, page.Url) switch
        {
            (PageKind.Listing, "/tiers/") => view with { Items = Cards(PageKind.Tier) },
            (PageKind.Listing, "/models/") => view with
            {
                Groups = new[] { 1, 2, 3 }.Select(t => new CardGroupView(
                    site.OfKind(PageKind.Tier).FirstOrDefault(p => p.Meta is TierMeta m && m.Tier == t)?.Title ?? $"Tier {t}",
                    $"tier-{t}", SiteRelations.Get(site.Relations.ModelsByTier, t).Select(Card).ToList()))
                    .Where(g => g.Items.Count > 0).ToList(),
            },
            (PageKind.Listing, "/scenarios/") => view with { Items = Cards(PageKind.Scenario) },
            (PageKind.Listing, "/curricula/") => view with { Items = Cards(PageKind.Curriculum) },
            (PageKind.Listing, "/skills/") => view with { Items = Terms("/skills/", site.Relations.ScenariosBySkill) },
            (PageKind.Listing, "/topics/") => view with { Items = Terms("/topics/", site.Relations.ScenariosByTopic) },
            (PageKind.Term, var url) when url.StartsWith("/skills/") =>
                view with { Items = SiteRelations.Get(site.Relations.ScenariosBySkill, page.Slug).Select(Card).ToList() },
            (PageKind.Term, _) => view with { Items = SiteRelations.Get(site.Relations.ScenariosByTopic, page.Slug).Select(Card).ToList() },
            (PageKind.Resources, _) => view with
            {
                Resources = site.Resources.OrderBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
                    .Select(r => new ResourceView(r.Title, r.Url, Name(r.Kind), r.Publisher, r.Date, r.Summary, r.Topics, r.Tiers)).ToList(),
            },
            (PageKind.Home, _) => view with { Items = Cards(PageKind.Tier) },
            (PageKind.Pack or PageKind.PackBuilder, _) => view with { Pack = Packs.PackPages.View(page, site, this) },
            _ => view,
        };
    }

    private IReadOnlyList<CardView> Terms(string prefix, IReadOnlyDictionary<string, IReadOnlyList<Page>> map) =>
        site.Pages.Where(p => p.Kind == PageKind.Term && p.Url.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select(p => new CardView(p.Title, p.Url, null, "term", [Count(SiteRelations.Get(map, p.Slug).Count, "scenario")]))
            .ToList();

    private IReadOnlyList<CardView> Children(Page section) =>
        site.Pages.Where(p => p.Url != section.Url && p.Url.StartsWith(section.Url, StringComparison.Ordinal)
                && p.Url[section.Url.Length..].TrimEnd('/').IndexOf('/') < 0)
            .OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select(Card).ToList();

    public CardView Card(Page p) => p.Meta switch
    {
        ModelMeta m => new(p.Title, p.Url, p.Summary, "model",
            [$"Tier {string.Join(", ", m.Tiers.Order())}", $"{Name(m.Intensity)} intensity", $"{Hours(m.TrainingHours)} training"]),
        ScenarioMeta s => new(p.Title, p.Url, p.Summary, "scenario",
            [$"{s.Minutes} min", Name(s.Difficulty), .. s.RedFlags.Count > 0 ? new[] { "involves escalation" } : []]),
        CurriculumMeta c => new(p.Title, p.Url, p.Summary, "curriculum",
            [Count(c.Sessions.Count, "session"), FormatHours(c.Sessions.Sum(s => s.Minutes) / 60.0)]),
        TierMeta t => new(p.Title, p.Url, p.Summary, "tier", [t.Who]),
        _ => new(p.Title, p.Url, p.Summary, p.Kind.ToString().ToLowerInvariant(), []),
    };

    private IReadOnlyList<LinkView> Breadcrumbs(Page page)
    {
        var crumbs = new List<LinkView>();
        if (page.Url == "/" || page.Kind == PageKind.NotFound) return crumbs;
        crumbs.Add(new LinkView("Home", "/"));
        var segments = page.Url.Trim('/').Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var url = "/" + string.Join('/', segments[..i]) + "/";
            if (site.ByUrl(url) is { } parent) crumbs.Add(new LinkView(parent.Title, url));
        }
        return crumbs;
    }

    private IReadOnlyList<SourceView> Sources(IEnumerable<SlugRef> refs) =>
        refs.Select(r => site.Sources.GetValueOrDefault(r.Slug)).OfType<Source>()
            .Select(s => new SourceView(s.Title, s.Publisher, s.Url, s.Date)).ToList();

    private Page ModelPage(string slug) => site.ByUrl($"/models/{slug}/")!;
    private LinkView TierLink(int tier) =>
        site.OfKind(PageKind.Tier).FirstOrDefault(p => p.Meta is TierMeta m && m.Tier == tier) is { } p
            ? new LinkView($"Tier {tier}", p.Url, p.Title) : new LinkView($"Tier {tier}", "/tiers/");
    private static LinkView Link(Page p) => new(p.Title, p.Url, p.Summary);
    private IReadOnlyList<string> Inline(IEnumerable<string> items) => items.Select(markdown.RenderInline).ToList();
    private static string Name<T>(T value) where T : Enum => Naming.ToSnake(value.ToString()).Replace('_', ' ');
    private static string Hours(string h) => h.Trim().Replace(" ", "") + (h.Trim() == "1" ? " hour" : " hours");
    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
    private static string FormatHours(double h) => h.ToString("0.#", CultureInfo.InvariantCulture) + (h == 1 ? " hour" : " hours");
}

using PeerHub.Content;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;
using PeerHub.Text;

namespace PeerHub.Kinds;

/// <summary>The listing of every page of one content kind, at <c>/folder/</c>.</summary>
public sealed class ListingKind(ContentKind of) : PageKind, IViewKind, ISearchKind
{
    public ContentKind Of => of;
    public override string Name => "listing";
    public override bool Gathers => true;

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        view = WithSources(page, view, views);
        var pages = views.SiteModel.OfKind(of).ToList();
        return of is IListedKind listed ? listed.ListView(view, pages, views) : view with { Items = views.Cards(pages) };
    }

    /// <summary>Searchable by what it lists ("role play scenarios" finds the scenarios listing).</summary>
    public IEnumerable<string> Tags(Page page, SiteModel site) => [of.Name, of.Folder];

    /// <summary>For whom the pages it lists are, unless an index.md giving its introduction names an <c>audience</c>.</summary>
    public IReadOnlyList<Audience> Audiences(Page page) =>
        page.Meta is IAudienceMeta { Audience: { Count: > 0 } own } ? own.Distinct().Order().ToList() : of.DefaultAudience;

    /// <summary>A content index.md that supplies a generated page's title and introduction also supplies its sources.</summary>
    internal static PageView WithSources(Page page, PageView view, ViewBuilder views) =>
        page.Meta is PageMeta m ? view with { Sources = views.Sources(m.Sources) } : view;
}

/// <summary>A taxonomy, such as the skills scenarios practise: its listing at <c>/name/</c> and a page per term.</summary>
/// <param name="Name">The taxonomy's name and folder, for example <c>skills</c>.</param>
/// <param name="Noun">What the listed pages are called in a term's count, for example "scenario".</param>
public sealed record Taxonomy(string Name, string Noun)
{
    public string Url => $"/{Name}/";
    public string TermUrl(string term) => $"/{Name}/{Naming.Slugify(term)}/";
    public TaxonomyListKind ListKind { get; } = new(Name, Noun);
    public TermKind TermKind { get; } = new(Name);
}

/// <summary>The listing of a taxonomy's terms, each with how many pages it has.</summary>
public sealed class TaxonomyListKind(string taxonomy, string noun) : PageKind, IViewKind, ISearchKind
{
    public override bool Gathers => true;

    public IEnumerable<string> Tags(Page page, SiteModel site) => [taxonomy];

    /// <summary>Skills and topics list role-play scenarios.</summary>
    public IReadOnlyList<Audience> Audiences(Page page) => [Audience.Trainers];

    public override string Name => "listing";

    public PageView View(Page page, PageView view, ViewBuilder views) => ListingKind.WithSources(page, view, views) with
    {
        Items = views.SiteModel.Pages.Where(p => p.Kind is TermKind t && t.Taxonomy == taxonomy)
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select(p => new CardView(p.Title, p.Url, null, "term",
                [views.Words.Counted(views.SiteModel.Relations.Listed(SiteRelations.TermKey(taxonomy, p.Slug)).Count, noun)]) { Lang = views.TextLang(p) })
            .ToList(),
    };
}

/// <summary>One term of a taxonomy: the pages that name it.</summary>
public sealed class TermKind(string taxonomy) : PageKind, IViewKind, ISearchKind
{
    /// <summary>A topic or skill page is found by its name ("cyberbullying" finds the Cyberbullying topic).</summary>
    public IEnumerable<string> Tags(Page page, SiteModel site) => [page.Title.ToLowerInvariant()];

    /// <summary>A skill or topic lists the role-play scenarios that name it.</summary>
    public IReadOnlyList<Audience> Audiences(Page page) => [Audience.Trainers];

    public string Taxonomy => taxonomy;
    public override string Name => "term";
    public override bool NamedInDefaultLanguage => true;

    public PageView View(Page page, PageView view, ViewBuilder views) => ListingKind.WithSources(page, view, views) with
    {
        Items = views.SiteModel.Relations.Listed(SiteRelations.TermKey(taxonomy, page.Slug)).Select(views.Card).ToList(),
    };
}

/// <summary>The resources page: every entry of content/data/resources.yml, by kind.</summary>
public sealed class ResourcesKind : PageKind, IViewKind, ISearchKind
{
    public override string Name => "resources";

    public PageView View(Page page, PageView view, ViewBuilder views) => ListingKind.WithSources(page, view, views) with
    {
        Resources = views.SiteModel.Resources.OrderBy(r => r.Kind).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .Select(r => new ResourceView(r.Title, r.Url, views.Words.ResourceKind(r.Kind), r.Publisher, r.Date, r.Summary, r.Topics, r.Tiers)).ToList(),
    };

    /// <summary>The kinds of resource it lists ("hotline", "webinar"), which the entries' text may not say.</summary>
    public IEnumerable<string> Tags(Page page, SiteModel site) =>
        site.Resources.Select(r => ViewBuilder.Name(r.Kind)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Webinars, guides and courses for the staff who run a program and train its peer helpers.</summary>
    public IReadOnlyList<Audience> Audiences(Page page) => [Audience.Coordinators, Audience.Trainers];
}

/// <summary>A page the theme's layout makes on its own (search, the planner): nothing beyond what every page has.</summary>
/// <param name="indexed">Whether search finds it (the planner, by its title and summary; not the search page itself).</param>
public sealed class LayoutOnlyKind(string name, bool indexed = false) : PageKind, IViewKind, ISearchKind
{
    public override string Name => name;
    public bool Indexed => indexed;
    public IEnumerable<string> Tags(Page page, SiteModel site) => [];
    /// <summary>The planner, the one such page search finds, is for the staff who plan a program.</summary>
    public IReadOnlyList<Audience> Audiences(Page page) => [Audience.Coordinators];
    public PageView View(Page page, PageView view, ViewBuilder views) => ListingKind.WithSources(page, view, views);
}

/// <summary>A page at an old address (site.yml `redirects`) that sends readers on to the page that replaced it.</summary>
public sealed class RedirectKind : PageKind, IViewKind, ISearchKind
{
    public static readonly RedirectKind Instance = new();
    public override string Name => "redirect";
    public override bool InSitemap => false;
    public bool Indexed => false;
    public IEnumerable<string> Tags(Page page, SiteModel site) => [];

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var target = ((RedirectMeta)page.Meta!).Target;
        // The refresh is a meta value the post-processor does not rewrite, so it is written relative from here:
        // it then works under any sub-path.
        return view with
        {
            TitleLang = views.TextLang(target),
            CanonicalUrl = view.CanonicalUrl[..^page.Url.Length] + target.Url,
            Redirect = new RedirectView(target.Url, UrlPath.Relative(page.Url.TrimStart('/'), target.Url.TrimStart('/')), target.Title),
        };
    }
}

/// <summary>The 404 page: served in place of any missing address, so its links start from the site root.</summary>
public sealed class NotFoundKind : PageKind
{
    public override string Name => "notfound";
    public override bool ServedAnywhere => true;
}

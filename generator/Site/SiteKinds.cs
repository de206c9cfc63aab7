using PeerHub.Content;
using PeerHub.Kinds;
using PeerHub.Model;

namespace PeerHub.Site;

/// <summary>A page the generator always makes, whatever the content: its address, kind and key in the theme's strings.</summary>
public sealed record GeneratedPage(string Url, PageKind Kind, string StringsKey);

/// <summary>
/// Every kind of page a site is built with: the content kinds, the taxonomies they feed and the pages the generator
/// makes itself. A new content type is one <see cref="ContentKind"/> class added here with <see cref="With"/>:
/// it then gets loading, validation, a page, a listing, search entries and sitemap entries.
/// </summary>
public sealed record SiteKinds(ContentKinds Content, IReadOnlyList<Taxonomy> Taxonomies, IReadOnlyList<GeneratedPage> Generated)
{
    public static readonly ResourcesKind Resources = new();
    public static readonly LayoutOnlyKind Search = new("search");
    public static readonly LayoutOnlyKind Planner = new("planner", indexed: true);
    public static readonly NotFoundKind NotFound = new();
    public static readonly ToolkitProfileKind ToolkitProfile = new();

    /// <summary>The hub's kinds.</summary>
    public static SiteKinds Default { get; } = new(
        new ContentKinds([new TierKind(), new ModelKind(), new ScenarioKind(), new CurriculumKind(), new ToolkitKind()],
            TextPageKind.Home, TextPageKind.Section, TextPageKind.Page),
        [new Taxonomy(ScenarioKind.Skills, "scenario"), new Taxonomy(ScenarioKind.Topics, "scenario")],
        [
            new GeneratedPage("/resources/", Resources, "resources"),
            new GeneratedPage("/search/", Search, "search"),
            new GeneratedPage("/planner/", Planner, "planner"),
            new GeneratedPage("/planner/team/", PeerHub.Planner.PlannerPages.Team, "planner_team"),
            new GeneratedPage("/toolkit/profile/", ToolkitProfile, "toolkit_profile"),
            new GeneratedPage("/404/", NotFound, "not_found"),
        ]);

    /// <summary>These kinds and one more content kind.</summary>
    public SiteKinds With(ContentKind kind) => this with { Content = Content with { InFolders = [.. Content.InFolders, kind] } };
}

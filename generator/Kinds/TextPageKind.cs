using PeerHub.Content;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;

namespace PeerHub.Kinds;

/// <summary>
/// Any other Markdown file: a plain page (about, getting started), a folder's index.md (a section, which lists
/// the pages inside it) or the home page (which lists the tier guides). They share the <see cref="PageMeta"/> record.
/// </summary>
public sealed class TextPageKind : ContentKind<PageMeta>, IViewKind, ISearchKind
{
    public static readonly TextPageKind Page = new("page", indexed: true);
    public static readonly TextPageKind Section = new("section", indexed: true);
    public static readonly TextPageKind Home = new("home", indexed: false);

    private readonly bool _indexed;

    private TextPageKind(string name, bool indexed)
    {
        Name = name;
        _indexed = indexed;
    }

    public override string Name { get; }
    public override string Folder => "";
    public override string Description => "Front matter of any other content/**/*.md page";

    /// <summary>Whether the page is searchable; the home page only repeats what the pages it links say.</summary>
    public bool Indexed => _indexed;

    protected override IEnumerable<SlugRef> Sources(PageMeta m) => m.Sources;

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var m = page.Meta as PageMeta;
        view = view with { Sources = m is null ? [] : views.Sources(m.Sources) };
        if (this == Section) return view with { Items = views.Children(page) };
        if (this == Home) return view with { Items = views.Cards(views.SiteModel.Pages.Where(p => p.Kind is TierKind)) };
        return view;
    }

    public IEnumerable<string> Tags(Page page, SiteModel site) => (page.Meta as PageMeta)?.Tags ?? [];
}

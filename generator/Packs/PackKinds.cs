using PeerHub.Model;
using PeerHub.Templates;

namespace PeerHub.Packs;

/// <summary>A printed pack of a curriculum's or a model's scenarios (<c>/packs/curricula/x/</c>, <c>/packs/models/x/</c>).</summary>
public sealed class PackKind : PageKind, IViewKind
{
    public static readonly PackKind Instance = new();
    private PackKind() { }

    public override string Name => "pack";
    public PageView View(Page page, PageView view, ViewBuilder views) => view with { Pack = PackPages.View(page, views.SiteModel, views) };
}

/// <summary>The pack builder (<c>/packs/</c>): every scenario, to pick, order and print.</summary>
public sealed class PackBuilderKind : PageKind, IViewKind
{
    public static readonly PackBuilderKind Instance = new();
    private PackBuilderKind() { }

    public override string Name => "packbuilder";
    public override bool Gathers => true;
    public PageView View(Page page, PageView view, ViewBuilder views) => view with { Pack = PackPages.View(page, views.SiteModel, views) };
}

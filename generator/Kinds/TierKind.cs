using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;

namespace PeerHub.Kinds;

/// <summary><c>content/tiers/tier-N.md</c>: the guide to one MTSS tier, listing the models that serve it.</summary>
public sealed class TierKind : ContentKind<TierMeta>, IViewKind, ISearchKind
{
    public override string Name => "tier";
    public override string Folder => "tiers";
    public override string Description => "Front matter of content/tiers/tier-N.md";

    protected override void Check(TierMeta t, DiagnosticBag diagnostics)
    {
        if (t.Tier is < 1 or > 3) diagnostics.Error(Codes.InvalidValue, t.Spans.Of(nameof(t.Tier)), $"`tier` must be 1, 2 or 3, not {t.Tier}");
    }

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var t = (TierMeta)page.Meta!;
        return view with { Tier = new TierView(t.Tier, t.Who, views.SiteModel.Relations.Listed<ModelMeta>(SiteRelations.TierKey(t.Tier)).Select(views.Card).ToList()) };
    }

    public CardView Card(Page page, ViewBuilder views) => new(page.Title, page.Url, page.Summary, Name, [((TierMeta)page.Meta!).Who]);

    public IEnumerable<string> Tags(Page page, SiteModel site) { var t = (TierMeta)page.Meta!; return [$"tier {t.Tier}", t.Who]; }
    public IReadOnlyList<int> Tiers(Page page) => [((TierMeta)page.Meta!).Tier];

    /// <summary>The tier guide of a tier, if the site has one.</summary>
    public static Page? GuideOf(SiteModel site, int tier) => site.Of<TierMeta>().FirstOrDefault(t => t.Meta.Tier == tier).Page;
}

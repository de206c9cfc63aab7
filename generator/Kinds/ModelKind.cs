using System.Text.RegularExpressions;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;

namespace PeerHub.Kinds;

/// <summary><c>content/models/*.md</c>: one kind of peer program, listed under the tiers it serves.</summary>
public sealed partial class ModelKind : ContentKind<ModelMeta>, IViewKind, IListedKind, ISearchKind
{
    public override string Name => "model";
    public override string Folder => "models";
    public override string Description => "Front matter of content/models/*.md: a peer program model";

    [GeneratedRegex(@"^\d+(\.\d+)?(\s*-\s*\d+(\.\d+)?)?$")]
    private static partial Regex HoursPattern();

    protected override void Check(ModelMeta m, DiagnosticBag diagnostics)
    {
        ContentRules.CheckUnique(m.Sources, "sources", diagnostics);
        if (m.Tiers.Count == 0) diagnostics.Error(Codes.InvalidValue, m.Spans.Of(nameof(m.Tiers)), "`tiers` must name at least one tier (1, 2 or 3)");
        ContentRules.CheckTiers(m.Tiers, m.Spans.Of(nameof(m.Tiers)), diagnostics);
        if (!HoursPattern().IsMatch(m.TrainingHours.Trim()))
            diagnostics.Error(Codes.InvalidValue, m.Spans.Of(nameof(m.TrainingHours)), $"`training_hours` must be a number such as 8 or a range such as 4-5, not `{m.TrainingHours}`");
    }

    protected override IEnumerable<SlugRef> Sources(ModelMeta m) => m.Sources;
    protected override IEnumerable<string> ListedUnder(ModelMeta m) => m.Tiers.Select(SiteRelations.TierKey);

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var m = (ModelMeta)page.Meta!;
        var relations = views.SiteModel.Relations;
        return view with
        {
            Sources = views.Sources(m.Sources),
            Model = new ModelView(
                m.Tiers.Order().Select(t => TierLink(views.SiteModel, t)).ToList(), ViewBuilder.Name(m.Intensity), ViewBuilder.Hours(m.TrainingHours),
                m.Supervision, m.StaffTime, m.Grades, m.Tags,
                relations.Listed<ScenarioMeta>(page.Url).Select(views.Card).ToList(),
                relations.Listed<CurriculumMeta>(page.Url).Select(ViewBuilder.Link).ToList()),
        };
    }

    public CardView Card(Page page, ViewBuilder views)
    {
        var m = (ModelMeta)page.Meta!;
        return new(page.Title, page.Url, page.Summary, Name,
            [$"Tier {string.Join(", ", m.Tiers.Order())}", $"{ViewBuilder.Name(m.Intensity)} intensity", $"{ViewBuilder.Hours(m.TrainingHours)} training"]);
    }

    public IEnumerable<string> Tags(Page page, SiteModel site)
    {
        var m = (ModelMeta)page.Meta!;
        return m.Tags.Concat(m.Tiers.Select(t => $"tier {t}")).Append(m.Intensity.ToString().ToLowerInvariant());
    }

    public IReadOnlyList<int> Tiers(Page page) => ((ModelMeta)page.Meta!).Tiers.Order().ToList();

    /// <summary>The models listing groups models by the tiers they serve, each under its tier guide's title.</summary>
    public PageView ListView(PageView view, IReadOnlyList<Page> pages, ViewBuilder views) => view with
    {
        Groups = Enumerable.Range(1, 3).Select(t => new CardGroupView(
                TierKind.GuideOf(views.SiteModel, t)?.Title ?? $"Tier {t}", $"tier-{t}",
                views.SiteModel.Relations.Listed<ModelMeta>(SiteRelations.TierKey(t)).Select(views.Card).ToList()))
            .Where(g => g.Items.Count > 0).ToList(),
    };

    private static LinkView TierLink(SiteModel site, int tier) =>
        TierKind.GuideOf(site, tier) is { } p ? new LinkView($"Tier {tier}", p.Url, p.Title) : new LinkView($"Tier {tier}", "/tiers/");
}

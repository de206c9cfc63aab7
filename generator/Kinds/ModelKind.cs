using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;

namespace PeerHub.Kinds;

/// <summary><c>content/models/*.md</c>: one kind of peer program, listed under the tiers it serves.</summary>
public sealed class ModelKind : ContentKind<ModelMeta>, IViewKind, IListedKind, ISearchKind
{
    public override string Name => "model";
    public override string Folder => "models";
    public override string Description => "Front matter of content/models/*.md: a peer program model";
    public override string NewBody => "## What it is\n\nTODO\n\n## Good fit when\n\n- TODO\n\n## Watch out for\n\n- TODO\n\n## How to start\n\n1. TODO\n\n## Training and supervision\n\nTODO\n";

    protected override void Check(ModelMeta m, DiagnosticBag diagnostics)
    {
        ContentRules.CheckUnique(m.Sources, "sources", diagnostics);
        if (m.Tiers.Count == 0) diagnostics.Error(Codes.InvalidValue, m.Spans.Of(nameof(m.Tiers)), "`tiers` must name at least one tier (1, 2 or 3)");
        ContentRules.CheckTiers(m.Tiers, m.Spans.Of(nameof(m.Tiers)), diagnostics);
        CheckFigure(m.TrainingHours, "training_hours", required: true, diagnostics);
        CheckFigure(m.AdultHoursPerWeek, "adult_hours_per_week", required: true, diagnostics);
        CheckFigure(m.MenteesPerHelper, "mentees_per_helper", required: false, diagnostics);
        CheckFigure(m.HelpersPerAdult, "helpers_per_adult", required: false, diagnostics);
        if (m.Grades.From is < 0 or > 12 || m.Grades.To is < 0 or > 12 || m.Grades.From > m.Grades.To)
            diagnostics.Error(Codes.InvalidValue, m.Spans.Of(nameof(m.Grades)),
                $"`grades` must run from a grade to a later one between 0 (kindergarten) and 12, not {m.Grades.From} to {m.Grades.To}");
        if (string.IsNullOrWhiteSpace(m.Evidence.Summary))
            diagnostics.Error(Codes.InvalidValue, m.Evidence.Spans.Of(nameof(m.Evidence.Summary)),
                "`evidence.summary` must say what evaluations found, or with no `sources`, what the closest evidence is");
        ContentRules.CheckUnique(m.Evidence.Sources, "evidence.sources", diagnostics);
    }

    /// <summary>A range needs at least one end, no negative figure, and its smaller end first.</summary>
    private static void CheckFigure(FigureRange? f, string key, bool required, DiagnosticBag diagnostics)
    {
        if (f is null) return;
        if (f.Min is null && f.Max is null)
            diagnostics.Error(Codes.InvalidValue, f.At, $"`{key}` needs `min`, `max` or both" + (required ? "" : ", or leave it out"));
        else if (f.Min < 0 || f.Max < 0)
            diagnostics.Error(Codes.InvalidValue, f.At, $"`{key}` cannot be negative");
        else if (f.Min > f.Max)
            diagnostics.Error(Codes.InvalidValue, f.Spans.Of(nameof(f.Min)), $"`{key}.min` ({f.Min}) is more than `{key}.max` ({f.Max})");
    }

    private static IEnumerable<FigureRange> Figures(ModelMeta m) =>
        new[] { m.TrainingHours, m.AdultHoursPerWeek, m.MenteesPerHelper, m.HelpersPerAdult }.OfType<FigureRange>();

    /// <summary>Every source the page cites: its own, its figures' and its evaluations'. The page lists them once.</summary>
    private static IEnumerable<SlugRef> AllSources(ModelMeta m) =>
        m.Sources.Concat(Figures(m).Select(f => f.Source).OfType<SlugRef>()).Concat(m.Evidence.Sources)
            .DistinctBy(r => r.Slug, StringComparer.Ordinal);

    protected override IEnumerable<SlugRef> Sources(ModelMeta m) => AllSources(m);
    protected override IEnumerable<string> ListedUnder(ModelMeta m) => m.Tiers.Select(SiteRelations.TierKey);

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var m = (ModelMeta)page.Meta!;
        var relations = views.SiteModel.Relations;
        return view with
        {
            Sources = views.Sources(AllSources(m)),
            Model = new ModelView(
                m.Tiers.Order().Select(t => TierLink(views, t)).ToList(), views.Words.Intensity(m.Intensity),
                Figure(m.TrainingHours, "hour", views), ViewBuilder.Name(m.ClinicalSupport).Replace(' ', '_'), m.Supervision,
                Figure(m.AdultHoursPerWeek, "hour", views), Requirements.Grades(m.Grades),
                m.MenteesPerHelper is { } mentees ? Figure(mentees, "student", views) : null,
                m.HelpersPerAdult is { } helpers ? Figure(helpers, "peer helper", views) : null,
                new EvidenceView(views.RenderInline(m.Evidence.Summary), views.Sources(m.Evidence.Sources)),
                m.Tags,
                relations.Listed<ScenarioMeta>(page.Url).Select(views.Card).ToList(),
                relations.Listed<CurriculumMeta>(page.Url).Select(views.Link).ToList())
            {
                Templates = relations.Listed<ToolkitMeta>(page.Url).Select(views.Link).ToList(),
            },
        };
    }

    public CardView Card(Page page, ViewBuilder views)
    {
        var m = (ModelMeta)page.Meta!;
        return new(page.Title, page.Url, page.Summary, Name,
            [views.Words.TierLabel(string.Join(", ", m.Tiers.Order())),
             views.Words.Word("values.intensity_fact", "{intensity} intensity", ("intensity", views.Words.Intensity(m.Intensity))),
             m.TrainingHours.IsEstimate
                ? views.Words.Word("values.training_estimate_fact", "{hours} training (PeerHub estimate)", ("hours", views.Words.Range(m.TrainingHours, "hour")))
                : views.Words.Word("values.training_fact", "{hours} training", ("hours", views.Words.Range(m.TrainingHours, "hour"))),
             views.Words.Word("values.grades", "Grades {grades}", ("grades", Requirements.Grades(m.Grades)))]);
    }

    private static FigureView Figure(FigureRange f, string unit, ViewBuilder views) =>
        new(views.Words.Range(f, unit), f.IsEstimate, f.Source is { } s && views.Sources([s]) is [var source] ? source : null);

    public IEnumerable<string> Tags(Page page, SiteModel site)
    {
        var m = (ModelMeta)page.Meta!;
        return m.Tags.Concat(m.Tiers.Select(t => $"tier {t}")).Append(m.Intensity.ToString().ToLowerInvariant());
    }

    public IReadOnlyList<string> GradeBands(Page page) =>
        Requirements.Bands(((ModelMeta)page.Meta!).Grades).Select(Requirements.Grades).ToList();

    public IReadOnlyList<int> Tiers(Page page) => ((ModelMeta)page.Meta!).Tiers.Order().ToList();

    /// <summary>The models listing groups models by the tiers they serve, each under its tier guide's title.</summary>
    public PageView ListView(PageView view, IReadOnlyList<Page> pages, ViewBuilder views) => view with
    {
        Groups = Enumerable.Range(1, 3).Select(t => new CardGroupView(
                TierKind.GuideOf(views.SiteModel, t)?.Title ?? views.Words.TierLabel(t.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"tier-{t}",
                views.SiteModel.Relations.Listed<ModelMeta>(SiteRelations.TierKey(t)).Select(views.Card).ToList()))
            .Where(g => g.Items.Count > 0).ToList(),
    };

    private static LinkView TierLink(ViewBuilder views, int tier)
    {
        var label = views.Words.TierLabel(tier.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return TierKind.GuideOf(views.SiteModel, tier) is { } p ? new LinkView(label, p.Url, p.Title) : new LinkView(label, "/tiers/");
    }
}

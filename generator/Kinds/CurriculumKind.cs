using System.Runtime.CompilerServices;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;

namespace PeerHub.Kinds;

/// <summary><c>content/curricula/*.md</c>: a training course of sessions, listed under its models and its scenarios.</summary>
public sealed class CurriculumKind : ContentKind<CurriculumMeta>, IViewKind, ISearchKind
{
    public override string Name => "curriculum";
    /// <summary>
    /// Courses are for the people who teach them. A curriculum's own <c>audience</c> is in words, who takes the course
    /// (peer helpers), so its pages always take this default.
    /// </summary>
    public override IReadOnlyList<Audience> DefaultAudience => [Audience.Trainers];
    public override string Folder => "curricula";
    public override string Description => "Front matter of content/curricula/*.md: a training course";
    public override string NewBody => "## How to run this course\n\nTODO: who it is for, group size, ground rules and the step-out signal.\n";

    protected override void Check(CurriculumMeta c, DiagnosticBag diagnostics)
    {
        ContentRules.CheckUnique(c.Models, "models", diagnostics);
        ContentRules.CheckUnique(c.Sources, "sources", diagnostics);
        foreach (var session in c.Sessions)
        {
            ContentRules.CheckUnique(session.Scenarios, "scenarios", diagnostics);
            ContentRules.CheckUnique(session.Templates, "templates", diagnostics);
        }
        if (c.Sessions.Count == 0) diagnostics.Error(Codes.InvalidValue, c.Spans.KeyOf(nameof(c.Sessions)), "`sessions` must list at least one session");
        foreach (var s in c.Sessions.Where(s => s.Minutes <= 0))
            diagnostics.Error(Codes.InvalidValue, s.Spans.Of(nameof(s.Minutes)), $"session `{s.Title}` must last more than 0 minutes");
        foreach (var f in c.FurtherTraining)
        {
            if ((f.Curriculum is null) == (f.Title is null))
                diagnostics.Error(Codes.InvalidValue, f.At, "a `further_training` entry names either a `curriculum` in the hub or an outside course's `title` and `hours`, not both or neither");
            else if (f.Title is not null && f.Hours is not > 0)
                diagnostics.Error(Codes.InvalidValue, f.At, $"the outside course `{f.Title}` needs its length in `hours`");
            if (f.Curriculum is not null && f.Hours is not null)
                diagnostics.Error(Codes.InvalidValue, f.Spans.Of(nameof(f.Hours)), "`hours` is only for an outside course: a curriculum in the hub counts its own sessions");
            if (f.Models.Count == 0) diagnostics.Error(Codes.InvalidValue, f.Spans.KeyOf(nameof(f.Models)), "`further_training` must name the `models` it completes the training for");
            foreach (var m in f.Models.Where(m => !c.Models.Any(x => x.Slug == m.Slug)))
                diagnostics.Error(Codes.InvalidValue, m.At, $"`{m.Slug}` is not one of this course's `models`; further training completes the training for a model the course names");
        }
    }

    protected override IEnumerable<PageReference> References(CurriculumMeta c) =>
        c.Models.Select(r => new PageReference(r, "models", "program model"))
            .Concat(c.Sessions.SelectMany(s => s.Scenarios).Select(r => new PageReference(r, "scenarios", "scenario")))
            .Concat(c.Sessions.SelectMany(s => s.Templates).Select(r => new PageReference(r, ToolkitKind.FolderName, "toolkit template")))
            .Concat(c.FurtherTraining.Select(f => f.Curriculum).OfType<SlugRef>().Select(r => new PageReference(r, "curricula", "curriculum")));

    public static double Hours(CurriculumMeta c) => c.Sessions.Sum(s => s.Minutes) / 60.0;

    /// <summary>
    /// A course named for a model should reach the model's minimum training hours, alone or with the further courses
    /// it names for that model; otherwise a coordinator would train helpers for less than the model needs. A course
    /// that another names as its further training for a model is counted there, with the course before it.
    /// </summary>
    protected override void CheckAgainst(CurriculumMeta c, IReadOnlyDictionary<string, Page> pages, DiagnosticBag diagnostics)
    {
        var own = Hours(c);
        foreach (var model in c.Models)
        {
            if (pages.GetValueOrDefault($"/models/{model.Slug}/")?.Meta is not ModelMeta m || (m.TrainingHours.Min ?? m.TrainingHours.Max) is not { } needed) continue;
            if (own + 1e-9 >= needed || IsFurtherTrainingFor(c, model.Slug, pages)) continue;
            var further = c.FurtherTraining.Where(f => f.Models.Any(x => x.Slug == model.Slug)).ToList();
            var total = own + further.Sum(f => f.Curriculum is { } r
                ? pages.GetValueOrDefault($"/curricula/{r.Slug}/")?.Meta is CurriculumMeta next ? Hours(next) : 0
                : f.Hours ?? 0);
            if (total + 1e-9 >= needed) continue;
            diagnostics.Warning(Codes.TrainingShort, model.At, further.Count == 0
                ? $"this course runs {ViewBuilder.FormatHours(own)}, but {m.Title} needs at least {ViewBuilder.FormatHours(needed)} of training; name the course that completes it under `further_training` with `models: [{model.Slug}]`"
                : $"this course and its further training for {m.Title} run {ViewBuilder.FormatHours(total)}, but the model needs at least {ViewBuilder.FormatHours(needed)}");
        }
    }

    private static bool IsFurtherTrainingFor(CurriculumMeta c, string model, IReadOnlyDictionary<string, Page> pages) =>
        FurtherTrainingFor.GetValue(pages, NamedAsFurtherTraining).TryGetValue(c, out var models) && models.Contains(model);

    // Which models each course is another course's further training for, worked out once per site: every short course
    // asks, and scanning every page for each question took 8 million steps on the 10,000-page benchmark.
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, Page>, Dictionary<CurriculumMeta, HashSet<string>>> FurtherTrainingFor = new();

    private static Dictionary<CurriculumMeta, HashSet<string>> NamedAsFurtherTraining(IReadOnlyDictionary<string, Page> pages)
    {
        var named = new Dictionary<CurriculumMeta, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var other in pages.Values.Select(p => p.Meta).OfType<CurriculumMeta>())
            foreach (var further in other.FurtherTraining)
                if (further.Curriculum is { } r && pages.GetValueOrDefault($"/curricula/{r.Slug}/")?.Meta is CurriculumMeta course && !ReferenceEquals(course, other))
                {
                    if (!named.TryGetValue(course, out var models)) named[course] = models = new(StringComparer.Ordinal);
                    models.UnionWith(further.Models.Select(m => m.Slug));
                }
        return named;
    }

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var c = (CurriculumMeta)page.Meta!;
        var site = views.SiteModel;
        var minutes = c.Sessions.Sum(s => s.Minutes);
        return view with
        {
            Sources = views.Sources(c.Sources),
            Curriculum = new CurriculumView(
                c.Audience, c.Models.Select(r => views.Link(views.ModelPage(r.Slug))).ToList(),
                c.Sessions.Select((s, i) => new SessionView(
                    i + 1, $"session-{i + 1}", s.Title, s.Minutes, views.Inline(s.Objectives), views.Inline(s.Materials), views.Inline(s.Activities),
                    s.Scenarios.Select(r => views.Link(site.ByUrl($"/scenarios/{r.Slug}/")!)).ToList())
                {
                    Templates = s.Templates.Select(r => views.Link(site.ByUrl($"/{ToolkitKind.FolderName}/{r.Slug}/")!)).ToList(),
                }).ToList(),
                minutes, views.Words.Hours(minutes / 60.0), site.ByUrl("/packs" + page.Url)?.Url),
        };
    }

    public CardView Card(Page page, ViewBuilder views)
    {
        var c = (CurriculumMeta)page.Meta!;
        return new(page.Title, page.Url, page.Summary, Name,
            [views.Words.Counted(c.Sessions.Count, "session"), views.Words.Hours(Hours(c))]);
    }

    public IEnumerable<string> Tags(Page page, SiteModel site)
    {
        var c = (CurriculumMeta)page.Meta!;
        return c.Models.Select(r => site.ByUrl($"/models/{r.Slug}/")?.Title ?? r.Slug).Append(c.Audience);
    }
}

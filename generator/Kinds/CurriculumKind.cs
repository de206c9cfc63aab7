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
    public override string Folder => "curricula";
    public override string Description => "Front matter of content/curricula/*.md: a training course";

    protected override void Check(CurriculumMeta c, DiagnosticBag diagnostics)
    {
        ContentRules.CheckUnique(c.Models, "models", diagnostics);
        ContentRules.CheckUnique(c.Sources, "sources", diagnostics);
        foreach (var session in c.Sessions) ContentRules.CheckUnique(session.Scenarios, "scenarios", diagnostics);
        if (c.Sessions.Count == 0) diagnostics.Error(Codes.InvalidValue, c.Spans.KeyOf(nameof(c.Sessions)), "`sessions` must list at least one session");
        foreach (var s in c.Sessions.Where(s => s.Minutes <= 0))
            diagnostics.Error(Codes.InvalidValue, s.Spans.Of(nameof(s.Minutes)), $"session `{s.Title}` must last more than 0 minutes");
    }

    protected override IEnumerable<PageReference> References(CurriculumMeta c) =>
        c.Models.Select(r => new PageReference(r, "models", "program model"))
            .Concat(c.Sessions.SelectMany(s => s.Scenarios).Select(r => new PageReference(r, "scenarios", "scenario")));

    protected override IEnumerable<SlugRef> Sources(CurriculumMeta c) => c.Sources;

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var c = (CurriculumMeta)page.Meta!;
        var site = views.SiteModel;
        var minutes = c.Sessions.Sum(s => s.Minutes);
        return view with
        {
            Sources = views.Sources(c.Sources),
            Curriculum = new CurriculumView(
                c.Audience, c.Models.Select(r => ViewBuilder.Link(views.ModelPage(r.Slug))).ToList(),
                c.Sessions.Select((s, i) => new SessionView(
                    i + 1, $"session-{i + 1}", s.Title, s.Minutes, views.Inline(s.Objectives), views.Inline(s.Materials), views.Inline(s.Activities),
                    s.Scenarios.Select(r => ViewBuilder.Link(site.ByUrl($"/scenarios/{r.Slug}/")!)).ToList())).ToList(),
                minutes, ViewBuilder.FormatHours(minutes / 60.0), site.ByUrl("/packs" + page.Url)?.Url),
        };
    }

    public CardView Card(Page page, ViewBuilder views)
    {
        var c = (CurriculumMeta)page.Meta!;
        return new(page.Title, page.Url, page.Summary, Name,
            [ViewBuilder.Count(c.Sessions.Count, "session"), ViewBuilder.FormatHours(c.Sessions.Sum(s => s.Minutes) / 60.0)]);
    }

    public IEnumerable<string> Tags(Page page, SiteModel site)
    {
        var c = (CurriculumMeta)page.Meta!;
        return c.Models.Select(r => site.ByUrl($"/models/{r.Slug}/")?.Title ?? r.Slug).Append(c.Audience);
    }
}

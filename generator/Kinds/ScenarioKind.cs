using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;

namespace PeerHub.Kinds;

/// <summary><c>content/scenarios/*.md</c>: a role-play, listed under its models, skills and topics.</summary>
public sealed class ScenarioKind : ContentKind<ScenarioMeta>, IViewKind, ISearchKind
{
    public const string Skills = "skills";
    public const string Topics = "topics";

    public override string Name => "scenario";
    public override string Folder => "scenarios";
    public override IReadOnlySet<string> LanguageNeutral { get; } = new HashSet<string>(StringComparer.Ordinal) { "skills", "topics" };
    public override string Description => "Front matter of content/scenarios/*.md: a role-play scenario";
    public override string NewBody => "## Variations\n\n- TODO: one or two ways a facilitator can adapt this scenario.\n";
    /// <summary>Facilitators run role-plays; the players read their cards, printed in packs.</summary>
    public override IReadOnlyList<Audience> DefaultAudience => [Audience.Trainers];

    protected override void Check(ScenarioMeta s, DiagnosticBag diagnostics)
    {
        ContentRules.CheckUnique(s.Models, "models", diagnostics);
        if (s.Minutes <= 0) diagnostics.Error(Codes.InvalidValue, s.Spans.Of(nameof(s.Minutes)), "`minutes` must be more than 0");
        if (s.Roles.Count == 0) diagnostics.Error(Codes.InvalidValue, s.Spans.KeyOf(nameof(s.Roles)), "`roles` must list at least one role with its brief");
        if (s.RedFlags.Count > 0 && s.Escalation.Count == 0)
            diagnostics.Error(Codes.ContentRule, s.Spans.KeyOf(nameof(s.RedFlags)),
                "a scenario with `red_flags` must have `escalation` steps that end with the adult the concern goes to");
        if (string.IsNullOrWhiteSpace(s.ContentWarning) && s.Topics.FirstOrDefault(ContentRules.SensitiveTopics.Contains) is { } topic)
            diagnostics.Warning(Codes.ReviewWarning, s.Spans.Of(nameof(s.Topics)),
                $"the topic `{topic}` is sensitive: add a `content_warning` saying what the scenario touches and that players may step out");
        if (string.IsNullOrWhiteSpace(s.Hope) && s.Topics.FirstOrDefault(ContentRules.SuicideTopics.Contains) is { } suicide)
            diagnostics.Error(Codes.SafeMessaging, s.Spans.Of(nameof(s.Topics)),
                $"a scenario about `{suicide}` closes its debrief with a `hope` line: recovery is possible, asking for help is normal and strong, and 988 is there (call or text)");
        if (Packs.PackLayout.LongestPart(s) is { Fits: false } part)
            diagnostics.Warning(Codes.ReviewWarning, s.Spans.KeyOf(nameof(s.FacilitatorNotes)),
                $"the printed facilitator guide's {part.Part} runs to about {part.Lines} lines, more than the {Packs.PackLayout.SheetLines} a page holds; shorten the facilitator notes, prompts or content note so it prints on one page");
        if (s.GradeBands.Count == 0)
            diagnostics.Error(Codes.InvalidValue, s.Spans.KeyOf(nameof(s.GradeBands)), "`grade_bands` must name at least one of elementary, middle, high");
    }


    protected override IEnumerable<SlugRef> Sources(ScenarioMeta s) => s.Sources;

    protected override IEnumerable<PageReference> References(ScenarioMeta s) => s.Models.Select(r => new PageReference(r, "models", "program model"));

    protected override IEnumerable<TermRef> Terms(ScenarioMeta s) =>
        s.Skills.Select(k => new TermRef(Skills, k)).Concat(s.Topics.Select(k => new TermRef(Topics, k)));

    public PageView View(Page page, PageView view, ViewBuilder views) =>
        view with { Scenario = views.Scenario(page, (ScenarioMeta)page.Meta!), Sources = views.Sources(((ScenarioMeta)page.Meta!).Sources) };

    public CardView Card(Page page, ViewBuilder views)
    {
        var s = (ScenarioMeta)page.Meta!;
        return new(page.Title, page.Url, page.Summary, Name,
            [views.Words.Word("scenario.minutes", "{minutes} min", ("minutes", s.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture))),
             views.Words.Difficulty(s.Difficulty), views.Words.GradesLabel(s.GradeBands),
             .. (s.RedFlags.Count > 0 ? new[] { views.Words.Word("packs.escalates", "involves escalation") } : [])]);
    }

    public IReadOnlyList<string> GradeBands(Page page) =>
        ((ScenarioMeta)page.Meta!).GradeBands.Distinct().Order().Select(Requirements.Grades).ToList();

    public IEnumerable<string> Tags(Page page, SiteModel site)
    {
        var s = (ScenarioMeta)page.Meta!;
        return s.Skills.Concat(s.Topics).Append(s.Difficulty.ToString().ToLowerInvariant())
            .Concat(s.GradeBands.Select(b => $"grades {Requirements.Grades(b)}"))
            .Concat(s.Models.Select(r => site.ByUrl($"/models/{r.Slug}/")?.Title ?? r.Slug));
    }
}

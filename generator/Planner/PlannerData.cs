using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Planner;

// The planner's data as the browser reads it. Links are already relative to the planner page (../models/x/),
// because nothing rewrites links inside JSON; titles are resolved here so the script never guesses them.

/// <summary>A hub page that helps, with its title and its address relative to /planner/.</summary>
public sealed record LinkData(string Title, string Url);

/// <summary>An answer option; a null score is not counted.</summary>
public sealed record OptionData(string Id, string Label, int? Score, string? Help, int? AddedIn);

/// <summary>A question with its options resolved (the scale for rated questions).</summary>
public sealed record QuestionData(string Id, string Text, string? Help, bool Rated, IReadOnlyList<OptionData> Options, IReadOnlyList<LinkData> Links);

/// <summary>One step of the planner; a rated one names its NAPPP standard and, where one fits, its SHAPE domain (snake_case ids).</summary>
public sealed record SectionData(string Id, string Title, string Group, string? Intro, IReadOnlyList<LinkData> Links,
    IReadOnlyList<string> Actions, IReadOnlyList<QuestionData> Questions, string? Nappp = null, string? Shape = null);

/// <summary>A rule's condition: the answer to <see cref="Question"/> is one of <see cref="Is"/>.</summary>
public sealed record ConditionData(string Question, IReadOnlyList<string> Is);

/// <summary>A recommendation rule with its model's title, summary and link.</summary>
public sealed record RuleData(string Model, int Tier, string Title, string? Summary, string Url, IReadOnlyList<ConditionData> When, string Reason);

/// <summary>
/// What a model needs from a school, copied from its page's front matter (content/models/*.md), so the planner
/// recommends it only to schools that can run it: hours of training per peer, the clinical support it needs
/// (none, on_call, regular_check_ins or every_session, from least to most), adult hours a week and the grades it suits.
/// A range without a minimum counts as 0.
/// </summary>
public sealed record ModelData(string Model, string Title, double TrainingMin, double? TrainingMax, string ClinicalSupport,
    double AdultHoursMin, double? AdultHoursMax, int GradesFrom, int GradesTo);

/// <summary>Everything the planner page needs; <see cref="Format"/> changes only when this shape does.</summary>
public sealed record PlannerData(int Format, IReadOnlyList<SectionData> Sections, IReadOnlyList<RuleData> Rules, IReadOnlyList<ModelData> Models)
{
    /// <summary>The shape's version: 2 added <see cref="Models"/>, each rule's model's requirements.</summary>
    public const int CurrentFormat = 2;

    /// <summary>The global the .js copy sets, for pages opened from disk where fetching JSON is refused.</summary>
    public const string GlobalName = "peerhubPlannerData";

    /// <summary>Builds the data from a checked planner; call only when validation found no errors.</summary>
    public static PlannerData From(PlannerDefinition planner, SiteModel site)
    {
        LinkData Link(SlugRef r)
        {
            var path = r.Slug.Split('#')[0];
            var fragment = r.Slug.Length > path.Length ? r.Slug[path.Length..] : "";
            return new LinkData(site.ByUrl(path)!.Title, UrlPath.Relative("planner/", path.TrimStart('/')) + fragment);
        }
        OptionData Option(AnswerOption o) => new(o.Id, o.Label, o.Score, o.Help, o.AddedIn);

        var sections = planner.Sections.Select(s => new SectionData(
            s.Id, s.Title, Naming.ToSnake(s.Group.ToString()), s.Intro, s.Links.Select(Link).ToList(), s.Actions,
            s.Questions.Select(q => new QuestionData(q.Id, q.Text, q.Help, s.Group != SectionGroup.Profile,
                planner.OptionsOf(q).Select(Option).ToList(), q.Links.Select(Link).ToList())).ToList(),
            s.Nappp is { } n ? Naming.ToSnake(n.ToString()) : null, s.Shape is { } d ? Naming.ToSnake(d.ToString()) : null)).ToList();
        var rules = planner.Rules.Select(r =>
        {
            var model = site.ByUrl($"/models/{r.Model.Slug}/")!;
            return new RuleData(r.Model.Slug, r.Tier, model.Title, model.Summary, UrlPath.Relative("planner/", model.Url.TrimStart('/')),
                r.When.Select(c => new ConditionData(c.Question.Slug, c.Is.Select(o => o.Slug).ToList())).ToList(), r.Reason);
        }).ToList();
        // Every model a rule names, once, in the order the rules first name it.
        var models = planner.Rules.Select(r => r.Model.Slug).Distinct(StringComparer.Ordinal).Select(slug =>
        {
            var page = site.ByUrl($"/models/{slug}/")!;
            var meta = (ModelMeta)page.Meta!;
            return new ModelData(slug, page.Title, meta.TrainingHours.Min ?? 0, meta.TrainingHours.Max, Naming.ToSnake(meta.ClinicalSupport.ToString()),
                meta.AdultHoursPerWeek.Min ?? 0, meta.AdultHoursPerWeek.Max, meta.Grades.From, meta.Grades.To);
        }).ToList();
        return new PlannerData(CurrentFormat, sections, rules, models);
    }

    public string ToJson() => JsonSerializer.Serialize(this, PlannerJson.Default.PlannerData);

    /// <summary>The JSON as <c>planner-data.json</c> and as a script that sets <see cref="GlobalName"/>.</summary>
    public IReadOnlyDictionary<string, byte[]> Files()
    {
        var json = ToJson();
        return new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["planner/planner-data.json"] = Encoding.UTF8.GetBytes(json + "\n"),
            ["planner/planner-data.js"] = Encoding.UTF8.GetBytes($"// Generated from content/planner/ by the PeerHub build; do not edit.\nwindow.{GlobalName} = {json};\n"),
        };
    }
}

/// <summary>
/// The planner data's serializer, written at compile time: the reflection-based one builds its accessors when the
/// build first serializes, which took most of the planner stage.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlannerData))]
internal sealed partial class PlannerJson : JsonSerializerContext;

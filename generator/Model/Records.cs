using System.ComponentModel;
using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary>The front matter every page record has, whatever its kind.</summary>
public interface IPageMeta
{
    string Title { get; }
    string? Summary { get; }
    /// <summary>Order among sibling pages: lower comes first.</summary>
    int Weight => 0;
    SourceSpan At { get; }
    /// <summary>Where each field was written, for rules that point at one field.</summary>
    FieldSpans Spans => FieldSpans.None;
}

public enum Intensity { Light, Moderate, High }
public enum Difficulty { Introductory, Intermediate, Advanced }
/// <summary>The school grade bands a scenario is written for: K-5, 6-8 and 9-12.</summary>
public enum GradeBand { Elementary, Middle, High }
/// <summary>The clinical support a model needs, from least to most: the planner compares a school's answer with it.</summary>
public enum ClinicalSupport { None, OnCall, RegularCheckIns, EverySession }
/// <summary>
/// Who a page is for, as the search page's audience filter offers it: coordinators (school staff who choose and run a
/// program: counselors, program leads, administrators), trainers (who train the peer helpers), families, and students
/// (peer helpers and the students they support).
/// </summary>
public enum Audience { Coordinators, Trainers, Families, Students }

/// <summary>
/// A record whose page may say who it is for with <c>audience:</c>. Left out (null), the page is for its kind's default
/// audience; the kind decides (<c>ContentKind.DefaultAudience</c>).
/// </summary>
public interface IAudienceMeta
{
    IReadOnlyList<Audience>? Audience { get; }
}

public enum ResourceKind { Webinar, Video, Website, Guide, Report, Article, Course, Toolkit, Hotline }

/// <summary>Front matter of <c>content/tiers/tier-N.md</c>.</summary>
public sealed record TierMeta : IPageMeta, IAudienceMeta
{
    [Description("The MTSS tier: 1, 2 or 3")]
    public required int Tier { get; init; }
    [Description("The page title, for example 'Tier 1: Universal support'")]
    public required string Title { get; init; }
    [Description("Who the tier serves, for example 'All students'")]
    public required string Who { get; init; }
    [Description("One or two sentences shown in lists and search results")]
    public required string Summary { get; init; }
    [Description("Who the page is for, for the search page's audience filter: one or more of coordinators, trainers, families, students; leave it out for the default, coordinators")]
    public IReadOnlyList<Audience>? Audience { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>Front matter of <c>content/models/*.md</c>: one kind of peer program.</summary>
public sealed record ModelMeta : IPageMeta, IAudienceMeta
{
    [Description("The title shown on the page and in lists")]
    public required string Title { get; init; }
    [Description("One or two sentences shown in lists and search results")]
    public required string Summary { get; init; }
    [Description("The MTSS tiers this model serves (1, 2 or 3)")]
    public required IReadOnlyList<int> Tiers { get; init; }
    [Description("light, moderate or high: how much peers do and how much oversight it needs")]
    public required Intensity Intensity { get; init; }
    [Description("Training for each peer helper, in hours, as {min: 12, max: 20}; add `source` when a source gives the figure")]
    public required FigureRange TrainingHours { get; init; }
    [Description("The clinical support the model needs: none, on_call, regular_check_ins or every_session")]
    public required ClinicalSupport ClinicalSupport { get; init; }
    [Description("Who supervises the peers, and how often")]
    public required string Supervision { get; init; }
    [Description("Adult staff time a week, in hours, as {min: 2, max: 3}; add `source` when a source gives the figure")]
    public required FigureRange AdultHoursPerWeek { get; init; }
    [Description("The grades it suits, as {from: 6, to: 12}; 0 is kindergarten")]
    public required GradeSpan Grades { get; init; }
    [Description("How many students each peer helper works with at a time, as {min: 1, max: 3}")]
    public FigureRange? MenteesPerHelper { get; init; }
    [Description("How many peer helpers one supervising adult can support, as {max: 10}")]
    public FigureRange? HelpersPerAdult { get; init; }
    [Description("What evaluations of this model found, with their sources; no sources means none was found")]
    public required Evidence Evidence { get; init; }
    [Description("Ids from content/data/sources.yml that this page's facts come from")]
    public IReadOnlyList<SlugRef> Sources { get; init; } = [];
    [Description("Words a reader might search for")]
    public IReadOnlyList<string> Tags { get; init; } = [];
    [Description("Who the page is for, for the search page's audience filter: one or more of coordinators, trainers, families, students; leave it out for the default, coordinators")]
    public IReadOnlyList<Audience>? Audience { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>
/// A figure a model requires, such as training hours: a range, or one end of one. With no <see cref="Source"/> it is
/// PeerHub's planning estimate, and every place that shows it says so.
/// </summary>
public sealed record FigureRange
{
    [Description("The smallest figure")]
    public double? Min { get; init; }
    [Description("The largest figure")]
    public double? Max { get; init; }
    [Description("The id in content/data/sources.yml the figure comes from; without it the figure is PeerHub's planning estimate")]
    public SlugRef? Source { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;

    public bool IsEstimate => Source is null;
}

/// <summary>A span of school grades; 0 is kindergarten.</summary>
public sealed record GradeSpan
{
    [Description("The lowest grade, 0 for kindergarten")]
    public required int From { get; init; }
    [Description("The highest grade, up to 12")]
    public required int To { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;

    public bool Covers(int grade) => grade >= From && grade <= To;
}

/// <summary>What evaluations of a model found. With no sources, the page says no published evaluation was found.</summary>
public sealed record Evidence
{
    [Description("What evaluations found, in one to three sentences; with no sources, what the closest evidence is")]
    public required string Summary { get; init; }
    [Description("Ids in content/data/sources.yml of the evaluations; leave empty when none was found")]
    public IReadOnlyList<SlugRef> Sources { get; init; } = [];
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>A further course that, with this one, completes the training some models need.</summary>
public sealed record FurtherTraining
{
    [Description("The slug of another curriculum in content/curricula/ that completes the training")]
    public SlugRef? Curriculum { get; init; }
    [Description("The name of an outside course, when it is not a curriculum in the hub")]
    public string? Title { get; init; }
    [Description("The outside course's length in hours")]
    public double? Hours { get; init; }
    [Description("Slugs of the models (content/models/) this further course completes the training for")]
    public required IReadOnlyList<SlugRef> Models { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>Front matter of <c>content/curricula/*.md</c>: a training course made of sessions.</summary>
public sealed record CurriculumMeta : IPageMeta
{
    [Description("The title shown on the page and in lists")]
    public required string Title { get; init; }
    [Description("One or two sentences shown in lists and search results")]
    public required string Summary { get; init; }
    [Description("Who takes the course, for example 'New peer mentors (grades 9-12)'")]
    public required string Audience { get; init; }
    [Description("Slugs of the program models (content/models/) this course trains for")]
    public required IReadOnlyList<SlugRef> Models { get; init; }
    [Description("The sessions, in teaching order")]
    public required IReadOnlyList<Session> Sessions { get; init; }
    [Description("Further courses that complete the training for models whose minimum hours this course does not reach")]
    public IReadOnlyList<FurtherTraining> FurtherTraining { get; init; } = [];
    [Description("Ids from content/data/sources.yml that this page's facts come from")]
    public IReadOnlyList<SlugRef> Sources { get; init; } = [];
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record Session
{
    [Description("The title shown on the page and in lists")]
    public required string Title { get; init; }
    [Description("Length of the session in minutes")]
    public required int Minutes { get; init; }
    [Description("What participants can do by the end")]
    public required IReadOnlyList<string> Objectives { get; init; }
    [Description("What the facilitator needs to bring")]
    public IReadOnlyList<string> Materials { get; init; } = [];
    [Description("Activities in order, each with its rough timing")]
    public required IReadOnlyList<string> Activities { get; init; }
    [Description("Slugs of role-play scenarios (content/scenarios/) used in this session")]
    public IReadOnlyList<SlugRef> Scenarios { get; init; } = [];
    [Description("Slugs of toolkit templates (content/toolkit/) this session hands out or fills in, shown as links beside its materials")]
    public IReadOnlyList<SlugRef> Templates { get; init; } = [];
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>Front matter of <c>content/scenarios/*.md</c>: one role-play for training.</summary>
public sealed record ScenarioMeta : IPageMeta, IAudienceMeta
{
    [Description("The title shown on the page and in lists")]
    public required string Title { get; init; }
    [Description("One or two sentences shown in lists and search results")]
    public required string Summary { get; init; }
    [Description("Slugs of the program models (content/models/) whose peers practise this")]
    public required IReadOnlyList<SlugRef> Models { get; init; }
    [Description("Skills practised, for example active listening, boundaries, escalation")]
    public required IReadOnlyList<string> Skills { get; init; }
    [Description("Topics the scenario touches, for example exam stress, grief, self-harm")]
    public IReadOnlyList<string> Topics { get; init; } = [];
    [Description("introductory, intermediate or advanced")]
    public required Difficulty Difficulty { get; init; }
    [Description("The grade bands the scenario is written for: elementary (K-5), middle (6-8), high (9-12)")]
    public required IReadOnlyList<GradeBand> GradeBands { get; init; }
    [Description("Time to run it, debrief included, in minutes")]
    public required int Minutes { get; init; }
    [Description("What the scenario touches that may be hard for some participants; required for sensitive topics")]
    public string? ContentWarning { get; init; }
    [Description("The roles, each with the brief its player reads")]
    public required IReadOnlyList<Role> Roles { get; init; }
    [Description("The situation, read aloud by the facilitator")]
    public required string Setup { get; init; }
    [Description("Lines or moves the facilitator can feed in to move the role-play on")]
    public IReadOnlyList<string> Prompts { get; init; } = [];
    [Description("Signs that the peer helper must stop and take the concern to an adult")]
    public IReadOnlyList<string> RedFlags { get; init; } = [];
    [Description("What the helper does when a red flag appears, ending with the adult it goes to")]
    public IReadOnlyList<string> Escalation { get; init; } = [];
    [Description("Questions for the group afterwards")]
    public required IReadOnlyList<string> Debrief { get; init; }
    [Description("What the facilitator says to close the debrief: hope, recovery, help-seeking as normal, 988; required when topics include suicide or self-harm")]
    public string? Hope { get; init; }
    [Description("Notes only the facilitator sees, including how players step out of role")]
    public required IReadOnlyList<string> FacilitatorNotes { get; init; }
    [Description("Ids from content/data/sources.yml that this scenario's facts (laws, guidance) come from")]
    public IReadOnlyList<SlugRef> Sources { get; init; } = [];
    [Description("Who the page is for, for the search page's audience filter: one or more of coordinators, trainers, families, students; leave it out for the default, trainers")]
    public IReadOnlyList<Audience>? Audience { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record Role
{
    [Description("The role's name, for example 'Peer mentor', 'Student (Sam)', 'Observer'")]
    public required string Name { get; init; }
    [Description("What the player of this role reads before the role-play; never the facilitator's notes")]
    public required string Brief { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>Front matter of any other Markdown file: about, getting started, principles...</summary>
public sealed record PageMeta : IPageMeta, IAudienceMeta
{
    [Description("The title shown on the page and in lists")]
    public required string Title { get; init; }
    [Description("One or two sentences shown in lists and search results")]
    public string? Summary { get; init; }
    [Description("Order among sibling pages: lower comes first")]
    public int Weight { get; init; }
    [Description("Ids from content/data/sources.yml that this page's facts come from")]
    public IReadOnlyList<SlugRef> Sources { get; init; } = [];
    [Description("Words a reader might search for")]
    public IReadOnlyList<string> Tags { get; init; } = [];
    [Description("Who the page is for, for the search page's audience filter: one or more of coordinators, trainers, families, students; leave it out for the default, coordinators")]
    public IReadOnlyList<Audience>? Audience { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>An entry of <c>content/data/resources.yml</c>: a link to outside material.</summary>
public sealed record Resource
{
    [Description("A short unique id in kebab-case")]
    public required string Id { get; init; }
    [Description("The title shown on the page and in lists")]
    public required string Title { get; init; }
    [Description("The full https:// address")]
    public required string Url { get; init; }
    public required ResourceKind Kind { get; init; }
    [Description("The organisation that published it")]
    public required string Publisher { get; init; }
    [Description("Publication date as YYYY, YYYY-MM or YYYY-MM-DD, if known")]
    public string? Date { get; init; }
    [Description("One or two sentences shown in lists and search results")]
    public string? Summary { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<int> Tiers { get; init; } = [];
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>
/// An entry of <c>content/data/synonyms.yml</c>: words and phrases a reader may type for the same thing ("permission",
/// "consent"). Search tries each in place of another when it builds the query; the index is unchanged.
/// </summary>
public sealed record SynonymGroup
{
    [Description("Two or more words or short phrases that mean the same here, for example [consent, permission]")]
    public required IReadOnlyList<string> Words { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>
/// An entry of <c>content/data/glossary.yml</c>: one of the hub's key terms and the Spanish the hub uses for it, so
/// every translated page says it the same way; forms to avoid are checked on every Spanish page.
/// </summary>
public sealed record GlossaryEntry
{
    [Description("The term in English, as the hub uses it")]
    public required string En { get; init; }
    [Description("The term in Spanish, as the hub uses it")]
    public required string Es { get; init; }
    [Description("Spanish forms not to use for this term (a literal translation, a word that means something else)")]
    public IReadOnlyList<string> Avoid { get; init; } = [];
    [Description("Why, or when to use which form")]
    public string? Note { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>An entry of <c>content/data/sources.yml</c>: a document that facts on the site are cited from.</summary>
public sealed record Source
{
    [Description("A short unique id in kebab-case")]
    public required string Id { get; init; }
    [Description("The title shown on the page and in lists")]
    public required string Title { get; init; }
    [Description("The organisation that published it")]
    public required string Publisher { get; init; }
    public string? Url { get; init; }
    public string? Date { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

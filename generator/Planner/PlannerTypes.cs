using System.ComponentModel;
using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Planner;

/// <summary>What a planner section is for: profile sections describe the school, the others are rated.</summary>
public enum SectionGroup { Profile, Why, Element, Principle }

/// <summary>The NAPPP (National Association of Peer Program Professionals) Programmatic Standards group a rated section belongs to.</summary>
public enum NapppStandard { Planning, Commitment, Staffing, Structure, Implementation, Evaluation }

/// <summary>
/// The SHAPE School Mental Health Quality Assessment domain a rated section matches: mental health promotion is Tier 1,
/// early intervention and treatment Tiers 2 and 3.
/// </summary>
public enum ShapeDomain { Teaming, NeedsAssessmentResourceMapping, Screening, MentalHealthPromotion, EarlyInterventionTreatment, FundingSustainability, Impact }

/// <summary>One answer a question offers; an option without a score (such as "I don't know") is not counted.</summary>
public sealed record AnswerOption
{
    [Description("A short id in kebab-case, unique within its question")]
    public required string Id { get; init; }
    [Description("The words shown next to the radio button")]
    public required string Label { get; init; }
    [Description("Points this answer is worth; leave it out for answers that are not counted")]
    public int? Score { get; init; }
    [Description("A short explanation shown under the label")]
    public string? Help { get; init; }
    [Description("The planner edition (2 or later) that added this answer; share links made before it still open")]
    public int? AddedIn { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>One question of a section, answered by picking one option.</summary>
public sealed record Question
{
    [Description("A short id in kebab-case, unique in the whole planner; saved answers are keyed by it")]
    public required string Id { get; init; }
    [Description("The question or statement, shown as the group's legend")]
    public required string Text { get; init; }
    [Description("A sentence or two that helps people answer")]
    public string? Help { get; init; }
    [Description("The answers; leave out to use the rating scale in planner/scale.yml")]
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];
    [Description("Hub pages that help with this question, written from the site root such as /elements/staffing/")]
    public IReadOnlyList<SlugRef> Links { get; init; } = [];
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>One step of the planner: a group of questions with an introduction and suggested next steps.</summary>
public sealed record PlannerSection
{
    [Description("A short id in kebab-case, unique in the planner")]
    public required string Id { get; init; }
    public required string Title { get; init; }
    [Description("profile, why, element or principle")]
    public required SectionGroup Group { get; init; }
    [Description("A sentence or two shown under the step heading")]
    public string? Intro { get; init; }
    [Description("Hub pages that help with this section, written from the site root such as /elements/staffing/")]
    public IReadOnlyList<SlugRef> Links { get; init; } = [];
    [Description("Suggested next steps, shown in the action plan when this section is a priority")]
    public IReadOnlyList<string> Actions { get; init; } = [];
    [Description("For a rated section, the NAPPP Programmatic Standards group it belongs to: planning, commitment, staffing, structure, implementation or evaluation")]
    public NapppStandard? Nappp { get; init; }
    [Description("The SHAPE School Mental Health Quality Assessment domain it matches; leave out where none fits")]
    public ShapeDomain? Shape { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>A condition of a rule: the answer to <see cref="Question"/> is one of <see cref="Is"/>.</summary>
public sealed record RuleCondition
{
    [Description("The id of a question in planner/sections.yml")]
    public required SlugRef Question { get; init; }
    [Description("Option ids of that question; the condition holds when the answer is one of them")]
    public required IReadOnlyList<SlugRef> Is { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>Recommends a program model, at a tier, when all its conditions hold, and says why.</summary>
public sealed record RecommendationRule
{
    [Description("The slug of a program model in content/models/")]
    public required SlugRef Model { get; init; }
    [Description("1 or 2: the MTSS tier it is recommended for; one of the model's own tiers")]
    public required int Tier { get; init; }
    [Description("Conditions that must all hold; an empty list always applies")]
    public IReadOnlyList<RuleCondition> When { get; init; } = [];
    [Description("Why the model fits, in a sentence the school will read")]
    public required string Reason { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

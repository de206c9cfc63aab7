namespace PeerHub.Templates;

// What templates see. Plain immutable records with resolved links and display strings, so a layout never
// has to know about slugs, enums or how relations are computed. Scriban names members in snake_case.

public sealed record LinkView(string Title, string Url, string? Summary = null)
{
    /// <summary>The language of the title and summary when it is not the page's (a page not translated yet), else null.</summary>
    public string? Lang { get; init; }
}

public sealed record CardView(string Title, string Url, string? Summary, string Kind, IReadOnlyList<string> Facts)
{
    /// <summary>The language of the title and summary when it is not the page's (a page not translated yet), else null.</summary>
    public string? Lang { get; init; }
}

public sealed record SiteView(
    string Title, string Description, string Language, string BaseUrl,
    IReadOnlyList<LinkView> Nav, IReadOnlyList<CrisisView> Crisis, string CrisisChecked, string BasePath)
{
    /// <summary>The folder of this language's generated files ("es/"), empty for the default language.</summary>
    public string Prefix { get; init; } = "";
}

public sealed record CrisisView(string Name, string Action, string? Href, string? Detail);

public sealed record HeadingView(int Level, string Text, string Id);

public sealed record SourceView(string Title, string Publisher, string? Url, string? Date);

public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public string Content { get; init; } = "";
    public IReadOnlyList<HeadingView> Toc { get; init; } = [];
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    public string? EditUrl { get; init; }
    public IReadOnlyList<SourceView> Sources { get; init; } = [];
    public IReadOnlyList<CardView> Items { get; init; } = [];
    public IReadOnlyList<CardGroupView> Groups { get; init; } = [];
    public TierView? Tier { get; init; }
    public ModelView? Model { get; init; }
    public CurriculumView? Curriculum { get; init; }
    public ScenarioView? Scenario { get; init; }
    public IReadOnlyList<ResourceView> Resources { get; init; } = [];
    /// <summary>A pack page's view (Packs/PackView.cs); typed by the kind that sets it.</summary>
    public object? Pack { get; init; }
    /// <summary>A toolkit template's or the school profile's view (Toolkit/ToolkitView.cs); typed by the kind that sets it.</summary>
    public object? Toolkit { get; init; }
    /// <summary>The page's language, and the language of its main text when that differs (a page not yet translated).</summary>
    public string Lang { get; init; } = "en";
    /// <summary>The language of the page's title where it is shown outside its text (breadcrumbs) when not the page's, else null.</summary>
    public string? TitleLang { get; init; }
    /// <summary>The language of what has no translation (data such as resources.yml) when not the page's, else null.</summary>
    public string? UntranslatedLang { get; init; }
    public string? ContentLang { get; init; }
    /// <summary>True on a page shown in the default language because it has no translation yet.</summary>
    public bool NotTranslated { get; init; }
    /// <summary>The languages the page really exists in, for hreflang; the x-default is the default language's.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];
    public string? DefaultHref { get; init; }
    /// <summary>The same page in each other language, for the language switcher.</summary>
    public IReadOnlyList<AlternateView> OtherLanguages { get; init; } = [];
    /// <summary>Where a page made for an old address forwards to.</summary>
    public RedirectView? Redirect { get; init; }
    /// <summary>The site's navigation as this page shows it: which item the page is, or is inside (<see cref="NavItemView.Current"/>).</summary>
    public IReadOnlyList<NavItemView> Nav { get; init; } = [];
    /// <summary>
    /// The navigation's state in one word, the same on every page that shows the same <see cref="Nav"/>, for
    /// <c>partial_cached</c>: a page is rendered with one of a few navigation bars, not a new one each.
    /// </summary>
    public string NavKey { get; init; } = "";
}

/// <summary>
/// A navigation item on a page: <c>Current</c> is "page" on the item's own page, "true" on a page inside it (its
/// URL starts with the item's, home aside) and null elsewhere, the values of aria-current.
/// </summary>
public sealed record NavItemView(string Title, string Url, string? Current);

/// <summary>The same page in a language: its code, its name in itself, its full address and its site path.</summary>
public sealed record AlternateView(string Code, string Name, string Href, string Path);

/// <summary>The page an old address forwards to: its address from the site root, the same from the old page, and its title.</summary>
public sealed record RedirectView(string Url, string Relative, string Title);

public sealed record CardGroupView(string Title, string? Id, IReadOnlyList<CardView> Items);

public sealed record TierView(int Number, string Who, IReadOnlyList<CardView> Models);

public sealed record ModelView(
    IReadOnlyList<LinkView> Tiers, string Intensity, FigureView TrainingHours, string ClinicalSupport, string Supervision,
    FigureView AdultHoursPerWeek, string Grades, FigureView? MenteesPerHelper, FigureView? HelpersPerAdult, EvidenceView Evidence,
    IReadOnlyList<string> Tags, IReadOnlyList<CardView> Scenarios, IReadOnlyList<LinkView> Curricula)
{
    /// <summary>The toolkit templates (forms and letters) that name this model.</summary>
    public IReadOnlyList<LinkView> Templates { get; init; } = [];
}

/// <summary>A required figure as the page shows it: its text, and either the source it comes from or that it is PeerHub's estimate.</summary>
public sealed record FigureView(string Text, bool Estimate, SourceView? Source);

/// <summary>What evaluations found: the summary, and the evaluations; none means no published evaluation was found.</summary>
public sealed record EvidenceView(string Summary, IReadOnlyList<SourceView> Sources);

public sealed record CurriculumView(
    string Audience, IReadOnlyList<LinkView> Models, IReadOnlyList<SessionView> Sessions, int TotalMinutes, string TotalHours,
    string? PackUrl);

public sealed record SessionView(
    int Number, string Id, string Title, int Minutes, IReadOnlyList<string> Objectives, IReadOnlyList<string> Materials,
    IReadOnlyList<string> Activities, IReadOnlyList<LinkView> Scenarios)
{
    /// <summary>The toolkit templates the session hands out or fills in, shown beside its materials.</summary>
    public IReadOnlyList<LinkView> Templates { get; init; } = [];
}

public sealed record ScenarioView(
    IReadOnlyList<LinkView> Models, IReadOnlyList<LinkView> Skills, IReadOnlyList<LinkView> Topics, string Difficulty,
    int Minutes, string? ContentWarning, IReadOnlyList<RoleView> Roles, string Setup, IReadOnlyList<string> Prompts,
    IReadOnlyList<string> RedFlags, IReadOnlyList<string> Escalation, IReadOnlyList<string> Debrief,
    IReadOnlyList<string> FacilitatorNotes, IReadOnlyList<LinkView> Curricula, string Grades, string? Hope)
{
    /// <summary>On a translation, the language of each field it leaves in the default language, by key (setup: en).</summary>
    public IReadOnlyDictionary<string, object> Untranslated { get; init; } = new Dictionary<string, object>();

    /// <summary>The grades without their label ("9-12"), where a label names them already.</summary>
    public string GradeSpan { get; init; } = "";
}

/// <summary>A role: its name, its brief, and the brief as its printed card shows it (<see cref="ViewBuilder.WithoutStepOut"/>).</summary>
public sealed record RoleView(string Name, string Brief, string CardBrief);

public sealed record ResourceView(
    string Title, string Url, string Kind, string Publisher, string? Date, string? Summary,
    IReadOnlyList<string> Topics, IReadOnlyList<int> Tiers);

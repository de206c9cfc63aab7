using System.ComponentModel;
using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary><c>content/site.yml</c>: what the whole site shares.</summary>
public sealed record SiteConfig
{
    [Description("The hub's name, shown in every page's header and title")]
    public required string Title { get; init; }
    [Description("One sentence about the hub, used as the home page's description")]
    public required string Description { get; init; }
    [Description("Where the site is hosted, for example https://example.org/peerhub/; links also work under a sub-path")]
    public required string BaseUrl { get; init; }
    [Description("The language of the content, as a BCP 47 tag such as en or en-US")]
    public string Language { get; init; } = "en";
    [Description("The name of that language in itself, for the language switcher")]
    public string LanguageName { get; init; } = "English";
    [Description("The URL that a content file's path is added to for 'Suggest an edit' links, for example https://github.com/org/repo/edit/main/content/")]
    public required string EditUrl { get; init; }
    [Description("The main navigation, in order")]
    public IReadOnlyList<NavItem> Nav { get; init; } = [];
    [Description("Crisis lines shown on every page")]
    public required IReadOnlyList<CrisisLine> Crisis { get; init; }
    [Description("The date (YYYY-MM-DD) the crisis lines were last checked against their providers")]
    public required string CrisisChecked { get; init; }
    [Description("Further languages of the hub, each with its own words for the site's title, navigation and crisis lines; pages in one live under /<code>/")]
    public IReadOnlyList<LanguageConfig> Languages { get; init; } = [];
    [Description("Old addresses that now live elsewhere, each as {from: /old/, to: /new/}; the old address gets a page that forwards readers")]
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>
/// A further language of the hub (the site's own <see cref="SiteConfig.Language"/> is the first): its pages live under
/// <c>/code/</c>, from translations beside the default language's files (<c>page.es.md</c> beside <c>page.md</c>).
/// </summary>
public sealed record LanguageConfig
{
    [Description("The language's code, a BCP 47 tag such as es; its pages live under /<code>/ and translations are named page.<code>.md")]
    public required string Code { get; init; }
    [Description("The language's name in itself, for the language switcher, for example Español")]
    public required string Name { get; init; }
    [Description("The hub's name in this language")]
    public required string Title { get; init; }
    [Description("One sentence about the hub in this language")]
    public required string Description { get; init; }
    [Description("The main navigation in this language, in order; site paths as in the default language's")]
    public IReadOnlyList<NavItem> Nav { get; init; } = [];
    [Description("Crisis lines shown on every page in this language, in this language")]
    public required IReadOnlyList<CrisisLine> Crisis { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record NavItem
{
    [Description("The link text")]
    public required string Title { get; init; }
    [Description("A site path such as /models/, or a full https:// URL")]
    public required string Url { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

public sealed record CrisisLine
{
    [Description("The service, for example 988 Suicide & Crisis Lifeline")]
    public required string Name { get; init; }
    [Description("What to do, for example 'Call or text 988'")]
    public required string Action { get; init; }
    [Description("A tel:, sms: or https: link that starts the action")]
    public string? Href { get; init; }
    [Description("A short extra line, for example hours or languages")]
    public string? Detail { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>An address that moved: readers and links that still use <see cref="From"/> are sent on to <see cref="To"/>.</summary>
public sealed record Redirect
{
    [Description("The old address, a site path such as /skills/old-name/")]
    public required string From { get; init; }
    [Description("The page it moved to, a site path such as /skills/new-name/")]
    public required string To { get; init; }
    public SourceSpan At { get; init; }
    public FieldSpans Spans { get; init; } = FieldSpans.None;
}

/// <summary>The record of a page made for an old address: the page it forwards to.</summary>
public sealed record RedirectMeta(string Title, string? Summary, Page Target, SourceSpan At) : IPageMeta;

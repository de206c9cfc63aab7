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
    [Description("The URL that a content file's path is added to for 'Suggest an edit' links, for example https://github.com/org/repo/edit/main/content/")]
    public required string EditUrl { get; init; }
    [Description("The main navigation, in order")]
    public IReadOnlyList<NavItem> Nav { get; init; } = [];
    [Description("Crisis lines shown on every page")]
    public required IReadOnlyList<CrisisLine> Crisis { get; init; }
    [Description("The date (YYYY-MM-DD) the crisis lines were last checked against their providers")]
    public required string CrisisChecked { get; init; }
    [Description("Old addresses that now live elsewhere, each as {from: /old/, to: /new/}; the old address gets a page that forwards readers")]
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];
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

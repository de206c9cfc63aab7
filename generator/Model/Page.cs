using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary>
/// One page of the site, as loaded: typed front matter in <see cref="Meta"/> (a TierMeta, ModelMeta, ... or
/// null for generated pages with none) and the Markdown body with the line it starts on, so errors in it keep their place.
/// </summary>
public sealed record Page
{
    public required PageKind Kind { get; init; }
    /// <summary>Site path with leading and trailing slash, for example <c>/models/peer-mentoring/</c>.</summary>
    public required string Url { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public IPageMeta? Meta { get; init; }
    /// <summary>Path inside content/, for "Suggest an edit" links; null for generated pages.</summary>
    public string? ContentPath { get; init; }
    public SourceSpan Source { get; init; }
    public string Body { get; init; } = "";
    public int BodyLine { get; init; } = 1;
    public int Weight { get; init; }

    /// <summary>The language the page is shown in: its code, or empty for the site's default language.</summary>
    public string Language { get; init; } = "";
    /// <summary>
    /// The folder the pages of <see cref="Language"/> live in ("es/"), empty for the default language. <see cref="Url"/>
    /// stays the same in every language, so kinds find pages by the same address; only output paths and links gain it.
    /// </summary>
    public string PathPrefix { get; init; } = "";
    /// <summary>True when the page has no translation to its language and shows the default language's text.</summary>
    public bool Fallback { get; init; }
    /// <summary>True when a translated page keeps its source's body, which is then marked as in the default language.</summary>
    public bool BodyInDefaultLanguage { get; init; }
    /// <summary>On a translation, the front-matter keys it translates; the rest are shown in the default language.</summary>
    public IReadOnlySet<string>? TranslatedKeys { get; init; }

    public string Slug => Url.TrimEnd('/').Split('/')[^1];
    public string OutputPath => PathPrefix + (Kind.ServedAnywhere ? Url.Trim('/') + ".html" : Url.TrimStart('/') + "index.html");
}

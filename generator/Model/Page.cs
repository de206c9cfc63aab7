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

    public string Slug => Url.TrimEnd('/').Split('/')[^1];
    public string OutputPath => Kind.ServedAnywhere ? Url.Trim('/') + ".html" : Url.TrimStart('/') + "index.html";
}

using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary>A reference to another item by slug, remembering where it was written.</summary>
public sealed record SlugRef(string Slug, SourceSpan At)
{
    public override string ToString() => Slug;
}

using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Packs;

/// <summary>What a generated pack is made from: a curriculum's sessions or a program model's scenarios.</summary>
public enum PackSource { Curriculum, Model }

/// <summary>
/// The typed front matter of a generated pack page (its <see cref="Page.Meta"/>): where its scenarios come
/// from, by the slug of the curriculum or model page.
/// </summary>
public sealed record PackSpec(PackSource Source, string Slug, string Title, string? Summary) : IPageMeta
{
    /// <summary>The language whose role briefs the cards also carry, under the page's own (a bilingual pack); null for one language.</summary>
    public string? AlsoIn { get; init; }

    public SourceSpan At => default;
}

using PeerHub.Content;
using PeerHub.Site;
using PeerHub.Templates;

namespace PeerHub.Packs;

/// <summary>Printable role-play scenario packs: one page per curriculum and per program model, and a pack builder.</summary>
public static class PackPages
{
    /// <summary>The generated pack pages, given the content pages (called by the assembler).</summary>
    public static IEnumerable<Page> Create(IReadOnlyList<Page> contentPages)
    {
        _ = contentPages;
        return [];
    }

    /// <summary>The view a pack layout renders, or null for pages that are not packs.</summary>
    public static PackView? View(Page page, SiteModel site, ViewBuilder views)
    {
        _ = page; _ = site; _ = views;
        return null;
    }
}

public sealed record PackView;

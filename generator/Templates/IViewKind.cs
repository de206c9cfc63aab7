using PeerHub.Model;

namespace PeerHub.Templates;

/// <summary>A page kind that adds its own part to the view its layout renders, and the card other pages list it with.</summary>
public interface IViewKind
{
    /// <summary>The page's view: <paramref name="view"/> (what every page has) with this kind's part added.</summary>
    PageView View(Page page, PageView view, ViewBuilder views);

    /// <summary>How listings show a page of this kind: its facts under the title.</summary>
    CardView Card(Page page, ViewBuilder views) => ViewBuilder.PlainCard(page);
}

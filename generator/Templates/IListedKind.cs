using PeerHub.Model;

namespace PeerHub.Templates;

/// <summary>A content kind whose generated listing (<c>/models/</c>...) shows its pages in its own way.</summary>
public interface IListedKind
{
    /// <summary>The listing's view, given every page of the kind in site order.</summary>
    PageView ListView(PageView view, IReadOnlyList<Page> pages, ViewBuilder views);
}

using PeerHub.Model;

namespace PeerHub.Search;

/// <summary>A page kind whose pages are in the search index, and what it adds to them beyond their text.</summary>
public interface ISearchKind
{
    /// <summary>Whether pages of this kind are indexed at all.</summary>
    bool Indexed => true;

    /// <summary>Words a reader may search for that the page's text may not hold: its tiers, skills, models...</summary>
    IEnumerable<string> Tags(Page page, SiteModel site);

    /// <summary>The tiers the search page filters the page by.</summary>
    IReadOnlyList<int> Tiers(Page page) => [];

    /// <summary>The grade bands ("K-5", "6-8", "9-12") the search page filters the page by.</summary>
    IReadOnlyList<string> GradeBands(Page page) => [];

    /// <summary>Who the page is for, which the search page's audience filter offers; every indexed kind names at least one.</summary>
    IReadOnlyList<Audience> Audiences(Page page) => [];
}

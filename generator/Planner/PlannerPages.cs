using PeerHub.Kinds;

namespace PeerHub.Planner;

/// <summary>
/// The planner's pages beyond the planner itself. The team view (<c>/planner/team/</c>, layouts/plannerteam.html)
/// merges several raters' exports in the browser; it loads the same planner-data.js as the planner page. Search
/// leaves it out: the planner links to it, and as a second "tool" it would split search's Tools filter in two.
/// </summary>
public static class PlannerPages
{
    public static readonly LayoutOnlyKind Team = new("plannerteam");
}

using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Site;

namespace PeerHub.Planner;

/// <summary>
/// Reads content/planner/*.yml (questions and recommendation rules), checks them against the site, and returns
/// the files the planner page needs (its JSON data). Called once by the site builder after assembly.
/// </summary>
public static class PlannerStage
{
    public static IReadOnlyDictionary<string, byte[]> Build(IReadOnlyList<InputFile> plannerFiles, SiteModel site, DiagnosticBag diagnostics)
    {
        _ = plannerFiles; _ = site; _ = diagnostics;
        return new Dictionary<string, byte[]>();
    }
}

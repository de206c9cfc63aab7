using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Planner;

/// <summary>
/// Reads content/planner/*.yml (questions and recommendation rules), checks them against the site, and returns
/// the files the planner page needs (its JSON data). Called once by the site builder after assembly.
/// </summary>
public static class PlannerStage
{
    /// <summary>
    /// Returns planner/planner-data.json and planner/planner-data.js. A site without planner content still gets
    /// them, empty, because the planner page always links the script; on errors they are empty (the build fails anyway).
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Build(IReadOnlyList<InputFile> plannerFiles, SiteModel site, DiagnosticBag diagnostics)
    {
        var planner = PlannerDefinition.Parse(plannerFiles, diagnostics);
        PlannerValidator.Check(planner, site, diagnostics);
        // The builder only reaches this stage without errors, so any error now is the planner's own.
        // Empty data on errors keeps the link checker from adding a misleading "missing planner-data.js" error.
        if (diagnostics.HasErrors) return PlannerData.From(PlannerDefinition.Empty, site).Files();
        return PlannerData.From(planner, site).Files();
    }
}

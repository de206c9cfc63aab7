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
        var planner = PlannerDefinition.Parse(plannerFiles, diagnostics, languages: site.Config.Languages.Select(l => l.Code).ToList());
        PlannerValidator.Check(planner, site, diagnostics);
        // The builder only reaches this stage without errors, so any error now is the planner's own.
        // Empty data on errors keeps the link checker from adding a misleading "missing planner-data.js" error.
        if (diagnostics.HasErrors) return PlannerData.From(PlannerDefinition.Empty, site).Files();
        return PlannerData.From(planner, site).Files();
    }

    /// <summary>
    /// The planner in a further language, in its folder (es/planner/...): its translated files where it has them
    /// (scale.es.yml, sections.es.yml, rules.es.yml), which must ask the same questions with the same ids as the
    /// default language's, so an answers file made in one language opens in the other.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> BuildLanguage(IReadOnlyList<InputFile> plannerFiles, SiteModel site, DiagnosticBag diagnostics)
    {
        var code = site.Languages.Current;
        var defaults = PlannerDefinition.Parse(plannerFiles, new DiagnosticBag(), languages: [code]);
        var planner = PlannerDefinition.Parse(plannerFiles, diagnostics, code);
        var file = plannerFiles.FirstOrDefault(f => f.RelativePath == $"planner/sections.{code}.yml")?.DisplayPath;
        if (file is not null && Shape(planner) != Shape(defaults))
            diagnostics.Error(Codes.ContentRule, SourceSpan.FileStart(file),
                $"the {code} planner must have the same sections (with the same `nappp` and `shape`), questions, options, scale and rules, with the same ids and in the same order, as the default language's; only the words differ");
        PlannerValidator.Check(planner, site, diagnostics);
        var data = diagnostics.HasErrors ? PlannerData.From(PlannerDefinition.Empty, site) : PlannerData.From(planner, site);
        return data.Files().ToDictionary(f => site.Languages.Prefix + f.Key, f => f.Value, StringComparer.Ordinal);
    }

    /// <summary>What a translation may not change: every id, group, link, score and condition, in order.</summary>
    private static string Shape(PlannerDefinition p) => string.Join("|",
        p.Scale.Select(o => $"{o.Id}:{o.Score}")
            .Concat(p.Sections.Select(s => $"{s.Id}:{s.Group}:{s.Nappp}:{s.Shape}:{string.Join(",", s.Links.Select(l => l.Slug))}:" +
                string.Join(";", s.Questions.Select(q => $"{q.Id}({string.Join(",", q.Options.Select(o => $"{o.Id}:{o.Score}"))})[{string.Join(",", q.Links.Select(l => l.Slug))}]"))))
            .Concat(p.Rules.Select(r => $"{r.Model.Slug}:{r.Tier}:{string.Join(";", r.When.Select(c => c.Question.Slug + "=" + string.Join(",", c.Is.Select(i => i.Slug))))}")));
}

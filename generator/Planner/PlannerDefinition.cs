using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Planner;

/// <summary>The planner as written in content/planner/: the rating scale, the sections in order, and the rules.</summary>
public sealed record PlannerDefinition(
    IReadOnlyList<AnswerOption> Scale,
    IReadOnlyList<PlannerSection> Sections,
    IReadOnlyList<RecommendationRule> Rules,
    string ScalePath,
    bool SectionsUnreadable)
{
    public const string ScaleFile = "planner/scale.yml";
    public const string SectionsFile = "planner/sections.yml";
    public const string RulesFile = "planner/rules.yml";

    /// <summary>A planner with no questions, for sites without planner content.</summary>
    public static PlannerDefinition Empty { get; } = new([], [], [], "content/" + ScaleFile, false);

    /// <summary>Binds the three planner files; any other file in content/planner/ is reported as unused.</summary>
    /// <param name="language">A further language's code: read its files (scale.es.yml...) instead, each falling back to the default's.</param>
    /// <param name="languages">Every further language's code: their files are not reported as unused.</param>
    public static PlannerDefinition Parse(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics, string? language = null,
        IReadOnlyCollection<string>? languages = null)
    {
        if (language is not null)
        {
            string Localized(string path) => path[..^4] + "." + language + ".yml";
            var localized = new[] { ScaleFile, SectionsFile, RulesFile }.ToDictionary(Localized, p => p, StringComparer.Ordinal);
            // Each language file stands in for the default's; the default's is used where a language has none.
            var chosen = files.Where(f => localized.ContainsKey(f.RelativePath)).Select(f => new InputFile(localized[f.RelativePath], f.DisplayPath, f.Bytes)).ToList();
            chosen.AddRange(files.Where(f => localized.ContainsValue(f.RelativePath) && !chosen.Any(c => c.RelativePath == f.RelativePath)));
            return Parse(chosen, diagnostics);
        }
        IReadOnlyList<AnswerOption> scale = [];
        IReadOnlyList<PlannerSection> sections = [];
        IReadOnlyList<RecommendationRule> rules = [];
        var scalePath = "content/" + ScaleFile;
        var sectionsUnreadable = false;
        foreach (var file in files)
        {
            switch (file.RelativePath)
            {
                case ScaleFile:
                    scalePath = file.DisplayPath;
                    if (file.ReadText(diagnostics) is { } s) scale = ContentParser.ParseDataList<AnswerOption>(file.DisplayPath, s, diagnostics);
                    break;
                case SectionsFile:
                    if (file.ReadText(diagnostics) is { } q) sections = ContentParser.ParseDataList<PlannerSection>(file.DisplayPath, q, diagnostics);
                    // A file that failed to bind yields no sections; rules checked against it would only repeat the error.
                    sectionsUnreadable = sections.Count == 0;
                    break;
                case RulesFile:
                    if (file.ReadText(diagnostics) is { } r) rules = ContentParser.ParseDataList<RecommendationRule>(file.DisplayPath, r, diagnostics);
                    break;
                case var other when languages?.Any(code => other.EndsWith("." + code + ".yml", StringComparison.Ordinal)) == true:
                    break;   // a further language's file, read by its own call
                default:
                    diagnostics.Warning(Codes.UnknownFile, SourceSpan.FileStart(file.DisplayPath),
                        $"this file is not used: the planner reads {ScaleFile}, {SectionsFile} and {RulesFile}");
                    break;
            }
        }
        return new PlannerDefinition(scale, sections, rules, scalePath, sectionsUnreadable);
    }

    /// <summary>The options a question offers: its own, or the rating scale when it lists none.</summary>
    public IReadOnlyList<AnswerOption> OptionsOf(Question q) => q.Options.Count > 0 ? q.Options : Scale;

    /// <summary>Every question with the section it belongs to, in planner order.</summary>
    public IEnumerable<(PlannerSection Section, Question Question)> Questions =>
        Sections.SelectMany(s => s.Questions.Select(q => (s, q)));
}

using PeerHub.Config;
using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Content;

/// <summary>Everything read from content/, typed but not yet cross-checked.</summary>
public sealed record LoadedContent(
    SiteConfig? Config,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Resource> Resources,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<InputFile> Assets,
    IReadOnlyList<InputFile> PlannerFiles,
    IReadOnlySet<string> FailedFiles)
{
    /// <summary>content/data/synonyms.yml, for search.</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];
}

public static class ContentLoader
{
    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
        { ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".pdf", ".txt" };

    /// <summary>Parses every content file in parallel; the order of the result does not depend on timing.</summary>
    public static LoadedContent Load(SiteInput input, ContentKinds kinds, DiagnosticBag diagnostics)
    {
        SiteConfig? config = null;
        IReadOnlyList<Resource> resources = [];
        IReadOnlyList<Source> sources = [];
        IReadOnlyList<SynonymGroup> synonyms = [];
        var assets = new List<InputFile>();
        var planner = new List<InputFile>();
        var markdown = new List<InputFile>();

        foreach (var file in input.Content)
        {
            var ext = Path.GetExtension(file.RelativePath);
            switch (file.RelativePath)
            {
                case "site.yml":
                    if (file.ReadText(diagnostics) is { } siteText) config = SiteConfigParser.Parse(file.DisplayPath, siteText, diagnostics);
                    break;
                case "data/resources.yml":
                    if (file.ReadText(diagnostics) is { } resText)
                    {
                        resources = ContentParser.ParseDataList<Resource>(file.DisplayPath, resText, diagnostics);
                        foreach (var r in resources) ContentRules.CheckResource(r, diagnostics);
                    }
                    break;
                case "data/sources.yml":
                    if (file.ReadText(diagnostics) is { } srcText)
                    {
                        sources = ContentParser.ParseDataList<Source>(file.DisplayPath, srcText, diagnostics);
                        foreach (var s in sources) ContentRules.CheckSource(s, diagnostics);
                    }
                    break;
                case "data/synonyms.yml":
                    if (file.ReadText(diagnostics) is { } synText)
                    {
                        synonyms = ContentParser.ParseDataList<SynonymGroup>(file.DisplayPath, synText, diagnostics);
                        ContentRules.CheckSynonyms(synonyms, diagnostics);
                    }
                    break;
                case var p when p.StartsWith("planner/", StringComparison.Ordinal):
                    planner.Add(file);
                    break;
                case var _ when ext == ".md":
                    markdown.Add(file);
                    break;
                case var _ when AssetExtensions.Contains(ext):
                    assets.Add(file);
                    break;
                default:
                    diagnostics.Warning(Codes.UnknownFile, SourceSpan.FileStart(file.DisplayPath),
                        "this file is not used: content is Markdown (.md), site.yml, data/*.yml, planner/*.yml, or an image or PDF");
                    break;
            }
        }

        if (config is null && !input.Content.Any(f => f.RelativePath == "site.yml"))
            diagnostics.Error(Codes.MissingField, SourceSpan.FileStart("content/site.yml"), "site.yml is missing from the content folder");

        // Load-balanced chunks: files come in path order, so the YAML-heavy scenarios would all land on one core.
        var parsed = System.Collections.Concurrent.Partitioner.Create(markdown.ToArray(), loadBalance: true)
            .AsParallel().AsOrdered()
            .Select(f => (File: f, Page: ParseMarkdown(f, kinds, diagnostics)))
            .ToList();
        var pages = parsed.Where(p => p.Page is not null).Select(p => p.Page!).ToList();
        // Files that failed are remembered so references to them do not add a second, misleading error.
        var failed = parsed.Where(p => p.Page is null).Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);

        return new LoadedContent(config, pages, resources, sources, assets, planner, failed) { Synonyms = synonyms };
    }

    // Most files split straight from their bytes; the rest are decoded whole first, which also reports bad bytes.
    private static Page? ParseMarkdown(InputFile file, ContentKinds kinds, DiagnosticBag diagnostics) =>
        FrontMatter.TrySplitUtf8(file.Bytes) is { } fm ? ContentParser.ParsePage(file.RelativePath, file.DisplayPath, fm, kinds, diagnostics)
        : file.ReadText(diagnostics) is { } text ? ContentParser.ParsePage(file.RelativePath, file.DisplayPath, text, kinds, diagnostics)
        : null;
}

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

    /// <summary>content/data/glossary.yml: the hub's key terms in each language.</summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>content/data/notices.yml: the fixed notices toolkit templates print word for word.</summary>
    public IReadOnlyList<Notice> Notices { get; init; } = [];

    /// <summary>Each further language's notices (content/data/notices.es.yml), by language code; same ids as <see cref="Notices"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Notice>> TranslatedNotices { get; init; } =
        new Dictionary<string, IReadOnlyList<Notice>>();

    /// <summary>Each further language's translated pages (<c>page.es.md</c>), by language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Translation>> Translations { get; init; } =
        new Dictionary<string, IReadOnlyList<Translation>>();
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
        IReadOnlyList<GlossaryEntry> glossary = [];
        IReadOnlyList<Notice> notices = [];
        var noticeTranslations = new List<(InputFile File, string Language)>();
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
                case "data/glossary.yml":
                    if (file.ReadText(diagnostics) is { } glossaryText) glossary = ContentParser.ParseDataList<GlossaryEntry>(file.DisplayPath, glossaryText, diagnostics);
                    break;
                case "data/synonyms.yml":
                    if (file.ReadText(diagnostics) is { } synText)
                    {
                        synonyms = ContentParser.ParseDataList<SynonymGroup>(file.DisplayPath, synText, diagnostics);
                        ContentRules.CheckSynonyms(synonyms, diagnostics);
                    }
                    break;
                case "data/notices.yml":
                    if (file.ReadText(diagnostics) is { } noticeText)
                    {
                        notices = ContentParser.ParseDataList<Notice>(file.DisplayPath, noticeText, diagnostics);
                        ContentRules.CheckNotices(notices, diagnostics);
                    }
                    break;
                case var p when ContentRules.NoticesLanguage(p) is { } noticesLanguage:
                    noticeTranslations.Add((file, noticesLanguage));
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

        // Translations are read once their sources are: page.es.md is laid over page.md.
        var languages = config?.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal) ?? [];
        var translatedNotices = new Dictionary<string, IReadOnlyList<Notice>>(StringComparer.Ordinal);
        foreach (var (file, language) in noticeTranslations)
        {
            if (!languages.Contains(language))
            {
                diagnostics.Warning(Codes.UnknownFile, SourceSpan.FileStart(file.DisplayPath),
                    $"this file is not used: site.yml lists no language `{language}` for these notices to be in");
                continue;
            }
            if (file.ReadText(diagnostics) is not { } text) continue;
            var translated = ContentParser.ParseDataList<Notice>(file.DisplayPath, text, diagnostics);
            ContentRules.CheckNotices(translated, diagnostics);
            ContentRules.CheckNoticeTranslation(translated, notices, diagnostics);
            translatedNotices[language] = translated;
        }
        var translationFiles = markdown.Select(f => (File: f, Of: Content.Translations.Of(f.RelativePath, languages)))
            .Where(x => x.Of is not null).ToList();
        markdown.RemoveAll(f => translationFiles.Any(t => ReferenceEquals(t.File, f)));

        // On every core; Parallel.For hands out small ranges as cores free up, so the YAML-heavy scenarios, which come
        // together in path order, do not all land on one core.
        var pageFiles = markdown.ToArray();
        var parsed = new (InputFile File, Page? Page)[pageFiles.Length];
        Parallel.For(0, pageFiles.Length, i => parsed[i] = (pageFiles[i], ParseMarkdown(pageFiles[i], kinds, diagnostics)));
        var pages = parsed.Where(p => p.Page is not null).Select(p => p.Page!).ToList();
        // Files that failed are remembered so references to them do not add a second, misleading error.
        var failed = parsed.Where(p => p.Page is null).Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);

        var byPath = pages.Where(p => p.ContentPath is not null).ToDictionary(p => p.ContentPath!, StringComparer.Ordinal);
        var files = markdown.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var parsedTranslations = new Translation?[translationFiles.Count];
        Parallel.For(0, translationFiles.Count, i => parsedTranslations[i] = ParseTranslation(translationFiles[i]));
        Translation? ParseTranslation((InputFile File, (string Source, string Language)? Of) t)
        {
            var (source, language) = t.Of!.Value;
            if (!byPath.TryGetValue(source, out var page))
            {
                if (!failed.Contains(source))
                    diagnostics.Error(Codes.TranslationWithoutSource, SourceSpan.FileStart(t.File.DisplayPath),
                        $"this translates content/{source}, which does not exist; a translation sits beside the file it translates, with the same name and .{language} before .md");
                return null;
            }
            return Content.Translations.Parse(page, files[source], t.File, language, kinds, diagnostics);
        }
        var translations = parsedTranslations.OfType<Translation>()
            .GroupBy(t => t.Page.Language)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Translation>)g.ToList(), StringComparer.Ordinal);

        return new LoadedContent(config, pages, resources, sources, assets, planner, failed) 
        {
            Synonyms = synonyms, Translations = translations, Glossary = glossary, Notices = notices, TranslatedNotices = translatedNotices,
        };
    }

    // Most files split straight from their bytes; the rest are decoded whole first, which also reports bad bytes.
    private static Page? ParseMarkdown(InputFile file, ContentKinds kinds, DiagnosticBag diagnostics) =>
        FrontMatter.TrySplitUtf8(file.Bytes) is { } fm ? ContentParser.ParsePage(file.RelativePath, file.DisplayPath, fm, kinds, diagnostics)
        : file.ReadText(diagnostics) is { } text ? ContentParser.ParsePage(file.RelativePath, file.DisplayPath, text, kinds, diagnostics)
        : null;
}

using System.CommandLine;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Site;

namespace PeerHub.Cli;

/// <summary>
/// <c>peerhub translations</c>: for each further language, which pages are translated, which translations were made
/// from an older version of their source, and which pages have none yet. <c>--mark FILE</c> records that a reviewed
/// translation matches its source as it is now.
/// </summary>
public static class TranslationsCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content", "-c") { Description = "The content folder", DefaultValueFactory = _ => "content" };
        var mark = new Option<string?>("--mark") { Description = "A translation file (content/x/page.es.md) to mark as made from its source as it is now" };
        var command = new Command("translations", "List translated, out-of-date and untranslated pages per language, or mark a translation as reviewed")
        {
            content, mark,
        };
        command.SetAction(r => Run(r.GetValue(content)!, r.GetValue(mark)));
        return command;
    }

    public static int Run(string contentDir, string? mark)
    {
        if (!Directory.Exists(contentDir))
        {
            Console.Error.WriteLine($"{contentDir}:1:1: error {Codes.MissingFolder}: the content folder does not exist; pass --content DIR");
            return 1;
        }
        var input = SiteReader.FromDisk(contentDir, "themes/default");
        var loaded = ContentLoader.Load(input, SiteKinds.Default.Content, new DiagnosticBag());
        var languages = loaded.Config?.Languages.Select(l => l.Code).ToList() ?? [];
        if (mark is not null) return Mark(contentDir, mark, languages);
        if (languages.Count == 0)
        {
            Console.WriteLine("site.yml lists no further languages.");
            return 0;
        }
        foreach (var report in Report(loaded))
        {
            Console.WriteLine($"{report.Language}: {report.Translated.Count} of {report.Total} pages translated, {report.Stale.Count} out of date");
            foreach (var t in report.Stale) Console.WriteLine($"  out of date: {t.Page.ContentPath} (its source {t.SourcePath} changed)");
            foreach (var path in report.Untranslated) Console.WriteLine($"  not translated: {path}");
        }
        return 0;
    }

    /// <summary>Each further language's translations, those made from an older source, and the pages with none.</summary>
    public sealed record LanguageReport(string Language, int Total, IReadOnlyList<Translation> Translated, IReadOnlyList<Translation> Stale, IReadOnlyList<string> Untranslated);

    public static IEnumerable<LanguageReport> Report(LoadedContent loaded)
    {
        foreach (var language in loaded.Config?.Languages ?? [])
        {
            var translated = loaded.Translations.GetValueOrDefault(language.Code) ?? [];
            var done = translated.Select(t => t.SourcePath).ToHashSet(StringComparer.Ordinal);
            var sources = loaded.Pages.Select(p => p.ContentPath).OfType<string>().Order(StringComparer.Ordinal).ToList();
            yield return new LanguageReport(language.Code, sources.Count, translated, translated.Where(t => t.IsStale).ToList(),
                sources.Where(s => !done.Contains(s)).ToList());
        }
    }

    private static int Mark(string contentDir, string file, IReadOnlyList<string> languages)
    {
        var relative = Path.GetRelativePath(contentDir, file).Replace('\\', '/');
        if (Translations.Of(relative, languages) is not var (source, _))
        {
            Console.Error.WriteLine($"{file}:1:1: error {Codes.TranslationWithoutSource}: this is not a translation: its name must be page.<code>.md for a language site.yml lists ({string.Join(", ", languages)})");
            return 1;
        }
        var sourcePath = Path.Combine(contentDir, source);
        if (!File.Exists(sourcePath) || !File.Exists(file))
        {
            Console.Error.WriteLine($"{file}:1:1: error {Codes.TranslationWithoutSource}: {(File.Exists(file) ? $"its source {sourcePath} does not exist" : "the file does not exist")}");
            return 1;
        }
        var fingerprint = Translations.Fingerprint(File.ReadAllBytes(sourcePath));
        File.WriteAllText(file, Translations.Mark(File.ReadAllText(file), fingerprint), new System.Text.UTF8Encoding(false));
        Console.WriteLine($"Marked {file} as made from {sourcePath} as it is now ({fingerprint}).");
        return 0;
    }
}

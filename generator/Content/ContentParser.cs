using System.Text.RegularExpressions;
using PeerHub.Diagnostics;
using PeerHub.Yaml;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Content;

/// <summary>Turns one content file's text into typed records. Pure: no IO, problems go to the bag.</summary>
public static partial class ContentParser
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static IReadOnlyList<T> ParseDataList<T>(string displayPath, string text, DiagnosticBag diagnostics) where T : class
    {
        var binder = new YamlBinder(displayPath, 0, diagnostics);
        var root = binder.Parse(text);
        return root is null ? [] : binder.BindList<T>(root);
    }

    /// <summary>Parses a Markdown page; <paramref name="relativePath"/> is its path inside content/.</summary>
    public static Page? ParsePage(string relativePath, string displayPath, string text, ContentKinds kinds, DiagnosticBag diagnostics) =>
        ParsePage(relativePath, displayPath, FrontMatter.Split(text), kinds, diagnostics);

    /// <summary>Parses a Markdown page already split into front matter and body (null: the file has no front matter).</summary>
    public static Page? ParsePage(string relativePath, string displayPath, FrontMatter? fm, ContentKinds kinds, DiagnosticBag diagnostics)
    {
        var parts = relativePath.Split('/');
        var fileSlug = Path.GetFileNameWithoutExtension(parts[^1]);
        if (!SlugPattern().IsMatch(fileSlug))
        {
            diagnostics.Error(Codes.InvalidValue, SourceSpan.FileStart(displayPath),
                $"the file name `{parts[^1]}` must be lower-case words joined by hyphens, for example `{Naming.Slugify(fileSlug)}.md`");
            return null;
        }

        // Folders are part of the address too: `Guides/` and `guides/` would be two pages on this host and one on
        // a host that ignores case, and `My Guides/` an address with a space.
        if (parts[..^1].FirstOrDefault(folder => !SlugPattern().IsMatch(folder)) is { } badFolder)
        {
            diagnostics.Error(Codes.InvalidValue, SourceSpan.FileStart(displayPath),
                $"the folder name `{badFolder}` must be lower-case words joined by hyphens, for example `{Naming.Slugify(badFolder)}`");
            return null;
        }

        if (fm is null)
        {
            diagnostics.Error(Codes.MissingFrontMatter, SourceSpan.FileStart(displayPath),
                "the file must start with front matter: a line `---`, YAML fields such as `title:`, and a closing `---`");
            return null;
        }

        var binder = new YamlBinder(displayPath, fm.YamlLine - 1, diagnostics);
        var root = binder.Parse(fm.Yaml);
        if (root is null)
        {
            if (fm.Yaml.Trim().Length == 0)
                diagnostics.Error(Codes.MissingField, new SourceSpan(displayPath, fm.YamlLine, 1), "the front matter is empty; it needs at least `title:`");
            return null;
        }

        var isIndex = fileSlug == "index";
        var url = isIndex
            ? (parts.Length == 1 ? "/" : "/" + string.Join('/', parts[..^1]) + "/")
            : "/" + string.Join('/', parts[..^1].Append(fileSlug)) + "/";
        // A file directly in a kind's folder is of that kind; every other file is a plain page, a section or the home page.
        var kind = (parts.Length == 2 && !isIndex ? kinds.ForFolder(parts[0]) : null)
            ?? (url == "/" ? kinds.Home : isIndex ? kinds.Section : kinds.Page);

        var meta = kind.Bind(binder, root);
        if (meta is null) return null;
        if (string.IsNullOrWhiteSpace(meta.Title))
            diagnostics.Error(Codes.MissingField, meta.Spans.Of(nameof(meta.Title)), "`title` must not be empty");
        kind.Check(meta, diagnostics);
        return new Page
        {
            Kind = kind, Url = url, Title = meta.Title.Trim(), Summary = meta.Summary?.Trim(), Meta = meta, Weight = meta.Weight,
            ContentPath = relativePath, Source = SourceSpan.FileStart(displayPath), Body = fm.Body, BodyLine = fm.BodyLine,
        };
    }
}

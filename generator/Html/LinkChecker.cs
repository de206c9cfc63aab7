using PeerHub.Diagnostics;
using PeerHub.Markdown;

namespace PeerHub.Html;

/// <summary>Where a processed page came from, so a broken link can be reported at its source line.</summary>
/// <param name="BodyLinks">
/// The links written in the page's Markdown body, worked out again only for a page with a link to report. Kept for every
/// page until the links were checked, they were tens of thousands of small objects the GC copied twice in every build.
/// </param>
public sealed record PageOrigin(SourceSpan Source, Func<IReadOnlyList<SourceLink>> BodyLinks)
{
    /// <summary>For a page whose body has no links.</summary>
    public static readonly Func<IReadOnlyList<SourceLink>> NoLinks = () => [];
}

/// <summary>Checks that every internal link and asset reference of every page resolves to a written file and anchor.</summary>
public static class LinkChecker
{
    /// <param name="sharedSources">Files whose links appear on many pages (layouts, site.yml), as display path and text:
    /// a broken link found in one of them is reported once, at its place there.</param>
    /// <param name="sourceText">The text of a content file by its display path, to place a refused URL written in its front matter.</param>
    public static void Check(IReadOnlyList<(ProcessedPage Page, PageOrigin Origin)> pages, IReadOnlySet<string> outputFiles,
        IReadOnlyList<(string Path, string Text)> sharedSources, DiagnosticBag d, Func<string, string?>? sourceText = null)
    {
        CheckSchemes(pages, sharedSources, d, sourceText ?? (_ => null));

        var idsByPath = pages.ToDictionary(p => p.Page.OutputPath, p => p.Page.Ids, StringComparer.Ordinal);
        // Pages are checked on every core; what is wrong is then reported in page order, so the output is the same
        // from run to run (a broken link in a layout is reported once, naming the first page it was seen on).
        var problems = new List<(InternalLink Link, string Problem)>?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            foreach (var link in pages[i].Page.Links.DistinctBy(l => l.Written))
                if (Problem(link, outputFiles, idsByPath) is { } problem) (problems[i] ??= []).Add((link, problem));
        });

        var reportedShared = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, origin) = pages[i];
            if (problems[i] is not { } pageProblems) continue;
            var bodyLinks = origin.BodyLinks();
            foreach (var (link, problem) in pageProblems)
            {
                var written = bodyLinks.FirstOrDefault(l => l.Url == link.Written);
                if (written is not null)
                {
                    d.Error(Codes.BrokenLink, origin.Source with { Line = written.Line, Column = written.Column }, problem);
                }
                else if (Find(sharedSources, link.Written) is { } shared)
                {
                    if (reportedShared.Add(shared.ToString())) d.Error(Codes.BrokenLink, shared, problem + $" (seen on {page.OutputPath} and maybe others)");
                }
                else d.Error(Codes.BrokenLink, origin.Source, problem);
            }
        }
    }

    /// <summary>
    /// Every URL with a refused scheme that reached a page is an error at the place it was written: a Markdown body's
    /// own links are already reported by the Markdown stage; others are found in the shared files (site.yml, data,
    /// layouts) or in the page's own file (front matter fields written in Markdown), else reported at the page.
    /// </summary>
    private static void CheckSchemes(IReadOnlyList<(ProcessedPage Page, PageOrigin Origin)> pages,
        IReadOnlyList<(string Path, string Text)> sharedSources, DiagnosticBag d, Func<string, string?> sourceText)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (page, origin) in pages)
        {
            if (page.RefusedUrls.Count == 0) continue;
            var bodyLinks = origin.BodyLinks();
            foreach (var url in page.RefusedUrls.Distinct(StringComparer.Ordinal))
            {
                if (bodyLinks.Any(l => l.Url == url)) continue;
                var scheme = Text.UrlPolicy.ForbiddenScheme(url)!;
                // The page's own file is read only when no shared file holds the URL as written.
                var at = Find(sharedSources, url)
                    ?? (origin.Source.Path is { } path && sourceText(path) is { } text ? Locate(path, text, url, scheme) : null)
                    ?? LocateIn(sharedSources, url, scheme) ?? origin.Source;
                if (reported.Add(at.ToString())) d.Error(Codes.UnsafeHtml, at, Text.UrlPolicy.Refusal(url, scheme));
            }
        }
    }

    /// <summary>Where a URL is written in a file: as written, else where its scheme first appears.</summary>
    private static SourceSpan? Locate(string path, string text, string url, string scheme)
    {
        var i = text.IndexOf(url, StringComparison.Ordinal);
        if (i < 0) i = text.IndexOf(scheme + ":", StringComparison.OrdinalIgnoreCase);
        return i < 0 ? null : At(path, text, i);
    }

    private static SourceSpan? LocateIn(IReadOnlyList<(string Path, string Text)> sources, string url, string scheme)
    {
        foreach (var (path, text) in sources)
            if (Locate(path, text, url, scheme) is { } at) return at;
        return null;
    }

    private static SourceSpan At(string path, string text, int i) =>
        new(path, 1 + text.AsSpan(0, i).Count('\n'), i - (text.LastIndexOf('\n', Math.Max(0, i - 1)) + 1) + 1);

    /// <summary>What is wrong with one link, or null when it leads to a written file and, if it names one, an id there.</summary>
    private static string? Problem(InternalLink link, IReadOnlySet<string> outputFiles, Dictionary<string, IReadOnlySet<string>> idsByPath)
    {
        var target = Uri.UnescapeDataString(link.TargetPath);
        if (!outputFiles.Contains(target))
            return outputFiles.Contains(target + "/index.html")
                ? $"the link `{link.Written}` needs a trailing slash: `{link.Written.Split('#')[0]}/`"
                : $"the link `{link.Written}` points to {target}, which the site does not have";
        // A browser decodes a fragment before it looks for the id: #c%C3%B3mo finds id="cómo" (Markdig encodes accents in links).
        if (link.Fragment is { Length: > 0 } fragment && idsByPath.TryGetValue(target, out var ids) && !ids.Contains(fragment)
            && !(fragment.Contains('%') && ids.Contains(Uri.UnescapeDataString(fragment))))
            return $"the link `{link.Written}` points to #{fragment}, which is not a heading or anchor on {target}";
        return null;
    }

    /// <summary>The first place a URL is written in one of the shared files, as an attribute value or a YAML value.</summary>
    private static SourceSpan? Find(IReadOnlyList<(string Path, string Text)> sources, string url)
    {
        foreach (var (path, text) in sources)
        {
            foreach (var needle in new[] { $"\"{url}\"", $"'{url}'", $" {url}\n" })
            {
                var i = text.IndexOf(needle, StringComparison.Ordinal);
                if (i >= 0) return At(path, text, i + 1);
            }
        }
        return null;
    }
}

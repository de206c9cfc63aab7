using PeerHub.Diagnostics;
using PeerHub.Markdown;

namespace PeerHub.Html;

/// <summary>Where a processed page came from, so a broken link can be reported at its source line.</summary>
public sealed record PageOrigin(SourceSpan Source, IReadOnlyList<SourceLink> BodyLinks);

/// <summary>Checks that every internal link and asset reference of every page resolves to a written file and anchor.</summary>
public static class LinkChecker
{
    /// <param name="sharedSources">Files whose links appear on many pages (layouts, site.yml), as display path and text:
    /// a broken link found in one of them is reported once, at its place there.</param>
    public static void Check(IReadOnlyList<(ProcessedPage Page, PageOrigin Origin)> pages, IReadOnlySet<string> outputFiles,
        IReadOnlyList<(string Path, string Text)> sharedSources, DiagnosticBag d)
    {
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
            foreach (var (link, problem) in problems[i] ?? [])
            {
                var written = origin.BodyLinks.FirstOrDefault(l => l.Url == link.Written);
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

    /// <summary>What is wrong with one link, or null when it leads to a written file and, if it names one, an id there.</summary>
    private static string? Problem(InternalLink link, IReadOnlySet<string> outputFiles, Dictionary<string, IReadOnlySet<string>> idsByPath)
    {
        var target = Uri.UnescapeDataString(link.TargetPath);
        if (!outputFiles.Contains(target))
            return outputFiles.Contains(target + "/index.html")
                ? $"the link `{link.Written}` needs a trailing slash: `{link.Written.Split('#')[0]}/`"
                : $"the link `{link.Written}` points to {target}, which the site does not have";
        if (link.Fragment is { Length: > 0 } fragment && idsByPath.TryGetValue(target, out var ids) && !ids.Contains(fragment))
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
                if (i < 0) continue;
                i += 1;
                var line = 1 + text.AsSpan(0, i).Count('\n');
                var column = i - (text.LastIndexOf('\n', Math.Max(0, i - 1)) + 1) + 1;
                return new SourceSpan(path, line, column);
            }
        }
        return null;
    }
}

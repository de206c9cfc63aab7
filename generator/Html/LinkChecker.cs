using PeerHub.Diagnostics;
using PeerHub.Markdown;

namespace PeerHub.Html;

/// <summary>Where a processed page came from, so a broken link can be reported at its source line.</summary>
public sealed record PageOrigin(SourceSpan Source, IReadOnlyList<SourceLink> BodyLinks);

/// <summary>Checks that every internal link and asset reference of every page resolves to a written file and anchor.</summary>
public static class LinkChecker
{
    public static void Check(IReadOnlyList<(ProcessedPage Page, PageOrigin Origin)> pages, IReadOnlySet<string> outputFiles, DiagnosticBag d)
    {
        var idsByPath = pages.ToDictionary(p => p.Page.OutputPath, p => p.Page.Ids, StringComparer.Ordinal);
        foreach (var (page, origin) in pages)
        {
            foreach (var link in page.Links.DistinctBy(l => l.Written))
            {
                var target = Uri.UnescapeDataString(link.TargetPath);
                string? problem = null;
                if (!outputFiles.Contains(target))
                    problem = outputFiles.Contains(target + "/index.html")
                        ? $"the link `{link.Written}` needs a trailing slash: `{link.Written.Split('#')[0]}/`"
                        : $"the link `{link.Written}` points to {target}, which the site does not have";
                else if (link.Fragment is { Length: > 0 } fragment && idsByPath.TryGetValue(target, out var ids) && !ids.Contains(fragment))
                    problem = $"the link `{link.Written}` points to #{fragment}, which is not a heading or anchor on {target}";
                if (problem is null) continue;

                var written = origin.BodyLinks.FirstOrDefault(l => l.Url == link.Written);
                var at = written is null ? origin.Source : origin.Source with { Line = written.Line, Column = written.Column };
                d.Error(Codes.BrokenLink, at, problem + (written is null ? " (the link comes from the theme's layout)" : ""));
            }
        }
    }
}

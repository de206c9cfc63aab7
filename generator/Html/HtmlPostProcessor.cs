using AngleSharp;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace PeerHub.Html;

/// <summary>An internal link found in a page: the URL as written and the site path it points to.</summary>
public sealed record InternalLink(string Written, string TargetPath, string? Fragment);

/// <summary>What post-processing learned about one page: its final HTML, its element ids and its internal links.</summary>
public sealed record ProcessedPage(string OutputPath, string Html, IReadOnlySet<string> Ids, IReadOnlyList<InternalLink> Links, string Text);

/// <summary>
/// Parses each rendered page once with AngleSharp, makes every site link relative to the page (so the site works
/// under any sub-path and from disk), and collects ids and links for the link checker and text for search.
/// </summary>
public static class HtmlPostProcessor
{
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
    [
        ("a[href]", "href"), ("link[href]", "href"), ("img[src]", "src"), ("script[src]", "src"),
        ("form[action]", "action"), ("source[src]", "src"),
    ];

    /// <param name="basePath">The site's sub-path, such as <c>/peerhub/</c>; used where a page cannot use relative links.</param>
    public static ProcessedPage Process(string outputPath, string html, string basePath, bool absoluteLinks = false)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var pageDir = outputPath.Contains('/') ? outputPath[..(outputPath.LastIndexOf('/') + 1)] : "";
        var links = new List<InternalLink>();

        foreach (var (selector, attribute) in LinkAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var written = element.GetAttribute(attribute)!;
                if (IsExternal(written)) continue;
                var (path, query, fragment) = SplitUrl(written);
                string target;
                if (path.Length == 0) target = outputPath;                      // "#section" or "?q=x" on this page
                else if (path.StartsWith('/')) target = path.TrimStart('/');      // site-root path
                else target = Normalise(pageDir + path);                           // relative, as written
                if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
                links.Add(new InternalLink(written, target, fragment));

                if (path.StartsWith('/'))
                {
                    var rewritten = absoluteLinks ? basePath.TrimEnd('/') + path : Relative(pageDir, path.TrimStart('/'));
                    element.SetAttribute(attribute, rewritten + query + (fragment is null ? "" : "#" + fragment));
                }
            }
        }

        LabelTaskListItems(document);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var main = document.QuerySelector("main");
        var text = main?.TextContent ?? document.Body?.TextContent ?? "";
        var sw = new StringWriter();
        document.ToHtml(sw, HtmlMarkupFormatter.Instance);
        return new ProcessedPage(outputPath, sw.ToString(), ids, links, text);
    }

    /// <summary>
    /// Markdown checklists (<c>- [ ] step</c>) render a bare checkbox before the text; wrapping the item in a label
    /// gives the checkbox its name for screen readers.
    /// </summary>
    private static void LabelTaskListItems(AngleSharp.Dom.IDocument document)
    {
        foreach (var item in document.QuerySelectorAll("li.task-list-item"))
        {
            if (item.FirstElementChild is not { LocalName: "input" }) continue;
            var label = document.CreateElement("label");
            while (item.FirstChild is { } child && (child.NodeType != AngleSharp.Dom.NodeType.Element || ((AngleSharp.Dom.IElement)child).LocalName is not ("ul" or "ol")))
                label.AppendChild(child);
            item.InsertBefore(label, item.FirstChild);
        }
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':') && url.IndexOf(':') < IndexOfAny(url, "/?#");

    private static int IndexOfAny(string s, string chars)
    {
        var i = s.IndexOfAny(chars.ToCharArray());
        return i < 0 ? s.Length : i;
    }

    private static (string Path, string Query, string? Fragment) SplitUrl(string url)
    {
        string? fragment = null;
        var hash = url.IndexOf('#');
        if (hash >= 0) { fragment = url[(hash + 1)..]; url = url[..hash]; }
        var q = url.IndexOf('?');
        return q >= 0 ? (url[..q], url[q..], fragment) : (url, "", fragment);
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (part != ".") parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>The relative URL from a page's folder to a site path: from <c>models/x/</c> to <c>css/a.css</c> is <c>../../css/a.css</c>.</summary>
    public static string Relative(string fromDir, string toPath)
    {
        var from = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = toPath.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        var rest = string.Join('/', to[common..]);
        var result = up + rest;
        return result.Length == 0 ? "./" : result;
    }
}

using System.Text;
using PeerHub.Text;

namespace PeerHub.Html;

/// <summary>An internal link found in a page: the URL as written and the site path it points to.</summary>
public sealed record InternalLink(string Written, string TargetPath, string? Fragment);

/// <summary>
/// What post-processing learned about one page: its element ids, its internal links and its text. The text waits
/// for the search index as UTF-8, half the memory of a string: on 10,000 pages that is about 70 MB less at the peak.
/// </summary>
public sealed record ProcessedPage(string OutputPath, IReadOnlySet<string> Ids, IReadOnlyList<InternalLink> Links, byte[] TextUtf8)
{
    /// <summary>URLs in the page whose scheme the site refuses (<see cref="UrlPolicy"/>), as written, in page order.</summary>
    public IReadOnlyList<string> RefusedUrls { get; init; } = [];

    public string Text => Encoding.UTF8.GetString(TextUtf8);
}


/// <summary>A page after post-processing: what was learned, and its final HTML as UTF-8.</summary>
public sealed record PostProcessed(ProcessedPage Page, byte[] Utf8);

/// <summary>A page after post-processing, its HTML still in the post-processor's pooled buffer (<see cref="HtmlPostProcessor.ProcessPooled"/>).</summary>
public sealed record PostProcessedPooled(ProcessedPage Page, PooledBytes Utf8);

/// <summary>
/// Reads each rendered page once, makes every site link relative to the page (so the site works under any
/// sub-path and from disk), and collects ids and links for the link checker and text for search.
/// </summary>
/// <remarks>
/// A token scan (<see cref="HtmlScanner"/>), not a DOM: the page is copied as rendered and only the rewritten
/// attribute values and checklist labels change. Parsing and re-serialising every page with AngleSharp was the
/// build's largest cost on big sites.
/// </remarks>
public static class HtmlPostProcessor
{
    /// <summary>The attributes that hold site links, per element, in the order links are reported.</summary>
    private static readonly (string Element, string Attribute)[] LinkAttributes =
    [
        ("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("form", "action"), ("source", "src"),
    ];

    /// <param name="basePath">The site's sub-path, such as <c>/peerhub/</c>; used where a page cannot use relative links.</param>
    /// <param name="collectText">Keep the text of <c>main</c> (for search); pages nobody searches skip the work.</param>
    /// <param name="strings">Shares the link and id strings pages repeat (navigation, footer, assets) across a build.</param>
    /// <param name="language">On a page in a further language, leads its links to pages into that language's folder.</param>
    public static PostProcessed Process(string outputPath, string html, string basePath, bool absoluteLinks = false, bool collectText = true,
        StringPool? strings = null, LanguageLinks? language = null) =>
        Process(outputPath, html.AsMemory(), basePath, absoluteLinks, collectText, strings, language);

    /// <summary>Processes a page from the renderer's buffer, which need not outlive the call.</summary>
    public static PostProcessed Process(string outputPath, ReadOnlyMemory<char> html, string basePath, bool absoluteLinks = false, bool collectText = true,
        StringPool? strings = null, LanguageLinks? language = null)
    {
        var processed = ProcessPooled(outputPath, html, basePath, absoluteLinks, collectText, strings, language);
        return new PostProcessed(processed.Page, processed.Utf8.ToArray());
    }

    /// <summary>Processes a page, leaving its bytes in a pooled buffer that the caller gives back (a build hands it to the output).</summary>
    public static PostProcessedPooled ProcessPooled(string outputPath, ReadOnlyMemory<char> html, string basePath, bool absoluteLinks = false, bool collectText = true,
        StringPool? strings = null, LanguageLinks? language = null)
    {
        strings ??= StringPool.None;
        var pageDir = outputPath.Contains('/') ? outputPath[..(outputPath.LastIndexOf('/') + 1)] : "";
        var links = new List<(int Order, InternalLink Link)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var output = new HtmlEditor(html);
        var text = collectText ? new ElementText("main") : null;
        var scanner = new HtmlScanner(html);
        var openTaskItem = false;
        List<string>? refused = null;

        while (scanner.Read())
        {
            text?.Add(scanner);
            if (scanner.Kind == HtmlTokenKind.EndTag)
            {
                if (openTaskItem && scanner.TagName == "li") { output.Insert(scanner.Start, "</label>"); openTaskItem = false; }
                continue;
            }
            if (scanner.Kind != HtmlTokenKind.StartTag)
                continue;

            if (openTaskItem && scanner.TagName is "ul" or "ol") { output.Insert(scanner.Start, "</label>"); openTaskItem = false; }
            if (scanner.Attribute("id") is { } id) ids.Add(Value(scanner, id, strings));
            if (TaskListItemStart(scanner)) { output.Insert(scanner.End, "<label>"); openTaskItem = true; }
            // A scheme needs a colon (or an entity that spells one): most tags have neither, and are skipped in one search.
            if (scanner.RawText.IndexOfAny(':', '&') >= 0)
                for (var i = 0; i < scanner.Attributes.Count; i++)
                    if (RefusedUrl(scanner, scanner.Attributes[i]) is { } url) (refused ??= []).Add(url);

            var order = LinkOrder(scanner.TagName);
            if (order < 0 || scanner.Attribute(LinkAttributes[order].Attribute) is not { } attribute) continue;

            // Site-root links (navigation, assets, cross-references) mean the same on every page: what they point
            // to is worked out once per build and thread, and only the way up from this page is written anew.
            var raw = scanner.RawValue(attribute);
            // Content and layouts link to pages by the default language's address; on a Spanish page that means the
            // Spanish page. A link that names its language (hreflang, the language switcher) already says where it goes.
            string? mapped = null;
            if (language is not null && raw.StartsWith('/') && !raw.StartsWith("//") && scanner.Attribute("hreflang") is null
                && language.IsPage(raw[..(raw.IndexOfAny('?', '#') is var end and >= 0 ? end : raw.Length)]))
            {
                mapped = "/" + language.Prefix + raw[1..].ToString();
                raw = mapped;
            }
            if (!absoluteLinks && raw.StartsWith('/') && !raw.StartsWith("//") && !raw.Contains('&'))
            {
                var site = SiteLinks.Get(raw, strings);
                links.Add((order, site.Link));
                var (up, from) = UrlPath.RelativeParts(pageDir, site.Path);
                output.ReplaceValue(attribute, up, site.Path.AsSpan(from), site.Suffix);
                continue;
            }

            var written = mapped is null ? scanner.Value(attribute) : System.Net.WebUtility.HtmlDecode(mapped);
            if (IsExternal(written)) continue;
            var (path, query, fragment) = SplitUrl(written);
            var target = Target(outputPath, pageDir, path);
            links.Add((order, new InternalLink(strings.Get(written), strings.Get(target), fragment is null ? null : strings.Get(fragment))));

            if (path.StartsWith('/'))
            {
                var rewritten = absoluteLinks ? basePath.TrimEnd('/') + path : UrlPath.Relative(pageDir, path.TrimStart('/'));
                output.ReplaceValue(attribute, rewritten + query + (fragment is null ? "" : "#" + fragment));
            }
        }

        byte[] pageText = text is null ? [] : text.Found ? text.ToUtf8() : BodyText(html);
        // Links in the order the DOM queries used to report them: all a[href], then link[href], and so on (a pass per
        // element name: a handful of passes over a page's links costs less than sorting them).
        var ordered = new List<InternalLink>(links.Count);
        for (var order = 0; order < LinkAttributes.Length; order++)
            foreach (var (linkOrder, link) in links)
                if (linkOrder == order) ordered.Add(link);
        return new PostProcessedPooled(new ProcessedPage(outputPath, ids, ordered, pageText) { RefusedUrls = refused ?? [] }, output.ToPooled());
    }

    /// <summary>
    /// The value of a URL attribute (href, src, action, formaction, poster, xlink:href, on any element) when its scheme
    /// is refused. Whatever wrote it (content, data, site.yml, a layout), the build fails instead of publishing it.
    /// </summary>
    private static string? RefusedUrl(HtmlScanner scanner, HtmlAttribute attribute)
    {
        if (attribute.Name is not ("href" or "src" or "action" or "formaction" or "poster" or "xlink:href")) return null;
        var raw = scanner.RawValue(attribute);
        // Most values are paths or https links: only one with a colon, or an entity that could spell one, is read further.
        if (raw.IndexOfAny(':', '&') < 0) return null;
        var value = scanner.Value(attribute);
        return UrlPolicy.ForbiddenScheme(value) is null ? null : value;
    }

    /// <summary>The page a link leads to: itself for "#section", else the path as written, resolved from the page's folder.</summary>
    private static string Target(string outputPath, string pageDir, string path)
    {
        string target;
        if (path.Length == 0) target = outputPath;                      // "#section" or "?q=x" on this page
        else if (path.StartsWith('/')) target = path.TrimStart('/');      // site-root path
        else target = Normalise(pageDir + path);                           // relative, as written
        return target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
    }

    /// <summary>An attribute's decoded value from the pool, made into a string only when the pool lacks it.</summary>
    private static string Value(HtmlScanner scanner, HtmlAttribute attribute, StringPool strings)
    {
        var raw = scanner.RawValue(attribute);
        return raw.Contains('&') ? strings.Get(scanner.Value(attribute)) : strings.Get(raw);
    }

    /// <summary>
    /// What a site-root link (<c>/models/x/?q#part</c>) means wherever it is written: the link for the checker, the
    /// path it rewrites to the page's own way up, and the query and fragment that follow. Kept per thread, as a
    /// 10,000-page site repeats the same links hundreds of thousands of times; dropped when it grows past a bound.
    /// </summary>
    private sealed record SiteLink(InternalLink Link, string Path, string Suffix)
    {
        public static SiteLink For(string written, StringPool strings)
        {
            var (path, query, fragment) = SplitUrl(written);
            var link = new InternalLink(strings.Get(written), strings.Get(Target("", "", path)), fragment is null ? null : strings.Get(fragment));
            return new SiteLink(link, path.TrimStart('/'), query + (fragment is null ? "" : "#" + fragment));
        }
    }

    private static class SiteLinks
    {
        private const int MaxKept = 100_000;

        [ThreadStatic] private static Dictionary<string, SiteLink>? t_links;
        [ThreadStatic] private static StringPool? t_pool;

        public static SiteLink Get(ReadOnlySpan<char> written, StringPool strings)
        {
            var links = t_links ??= new Dictionary<string, SiteLink>(StringComparer.Ordinal);
            // A new pool is a new build: its links start afresh, so nothing outlives the build that pooled it.
            if (!ReferenceEquals(t_pool, strings)) { links.Clear(); t_pool = strings; }
            var lookup = links.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(written, out var known)) return known;
            if (links.Count >= MaxKept) links.Clear();
            var link = SiteLink.For(written.ToString(), strings);
            links[link.Link.Written] = link;
            return link;
        }
    }

    /// <summary>The element's place in <see cref="LinkAttributes"/>, or -1 for elements without site links.</summary>
    private static int LinkOrder(string tagName)
    {
        for (var i = 0; i < LinkAttributes.Length; i++)
            if (ReferenceEquals(LinkAttributes[i].Element, tagName) || LinkAttributes[i].Element == tagName) return i;
        return -1;
    }

    /// <summary>
    /// Markdown checklists (<c>- [ ] step</c>) render a bare checkbox first in the item; wrapping the item's text in
    /// a label (up to a nested list) gives the checkbox its name for screen readers.
    /// </summary>
    private static bool TaskListItemStart(HtmlScanner scanner)
    {
        if (scanner.TagName != "li" || scanner.Attribute("class") is not { } cls) return false;
        if (!HasClass(scanner.RawValue(cls), "task-list-item")) return false;
        var rest = scanner.Html.Span[scanner.End..].TrimStart();
        return rest.StartsWith("<input", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a class attribute's value holds a class name as one of its space-separated tokens.</summary>
    private static bool HasClass(ReadOnlySpan<char> classes, string name)
    {
        foreach (var range in classes.Split(' '))
            if (classes[range].SequenceEqual(name)) return true;
        return false;
    }

    private static byte[] BodyText(ReadOnlyMemory<char> html)
    {
        var text = new ElementText("body");
        var scanner = new HtmlScanner(html);
        while (scanner.Read()) text.Add(scanner);
        return text.ToUtf8();
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
}

/// <summary>How a page in a further language rewrites its links: the language's folder ("es/"), and which site paths are pages.</summary>
public sealed class LanguageLinks(string prefix, IEnumerable<string> pageUrls)
{
    private readonly HashSet<string> _pages = new(pageUrls, StringComparer.Ordinal);

    public string Prefix => prefix;

    /// <summary>Whether a site path (without query or fragment) is a page's address, so has a page in every language.</summary>
    public bool IsPage(ReadOnlySpan<char> path) => _pages.GetAlternateLookup<ReadOnlySpan<char>>().Contains(path);
}

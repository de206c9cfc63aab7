using System.Security;
using System.Text;
using PeerHub.Model;

namespace PeerHub.Site;

public static class Sitemap
{
    /// <summary>Every page but the 404 and forwarding pages, by its full address; no dates, so the same input gives the same file.</summary>
    public static string Write(SiteModel site) => Write([site]);

    /// <summary>
    /// Every page of every language. A page that exists in more than one language lists each of them as an alternate
    /// (and the default language's as x-default), as search engines read hreflang in a sitemap; a page shown in the
    /// default language because it is not yet translated is left out: it is that page's copy.
    /// </summary>
    public static string Write(IReadOnlyList<SiteModel> sites)
    {
        var root = sites[0].Config.BaseUrl.TrimEnd('/');
        var languages = sites[0].Languages;
        var multilingual = languages.All.Count > 1;
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .Append(multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n");
        foreach (var site in sites)
            foreach (var page in site.Pages)
            {
                if (!page.Kind.InSitemap || page.Fallback) continue;
                sb.Append("  <url><loc>");
                AppendUrl(sb, root, page.PathPrefix, page.Url);
                sb.Append("</loc>");
                if (multilingual && languages.All.Count(l => l.Has(page.Url)) > 1)
                {
                    foreach (var l in languages.All)
                    {
                        if (!l.Has(page.Url)) continue;
                        sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(l.Code).Append("\" href=\"");
                        AppendUrl(sb, root, l.Prefix, page.Url);
                        sb.Append("\"/>");
                    }
                    sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"");
                    AppendUrl(sb, root, "", page.Url);
                    sb.Append("\"/>");
                }
                sb.Append("</url>\n");
            }
        return sb.Append("</urlset>\n").ToString();
    }

    /// <summary>The page's full address, escaped for XML; most addresses have nothing to escape, so they are copied as they are.</summary>
    private static void AppendUrl(StringBuilder sb, string root, string prefix, string url)
    {
        var path = url.AsSpan().TrimStart('/');
        if (root.AsSpan().IndexOfAny(XmlSpecial) >= 0 || prefix.AsSpan().IndexOfAny(XmlSpecial) >= 0 || path.IndexOfAny(XmlSpecial) >= 0)
            sb.Append(SecurityElement.Escape($"{root}/{prefix}{path}"));
        else sb.Append(root).Append('/').Append(prefix).Append(path);
    }

    private static readonly System.Buffers.SearchValues<char> XmlSpecial = System.Buffers.SearchValues.Create("<>&\"'");
}

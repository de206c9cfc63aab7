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
            foreach (var page in site.Pages.Where(p => p.Kind.InSitemap && !p.Fallback))
            {
                sb.Append("  <url><loc>").Append(SecurityElement.Escape(root + "/" + page.PathPrefix + page.Url.TrimStart('/'))).Append("</loc>");
                var alternates = languages.All.Where(l => l.Has(page.Url)).ToList();
                if (multilingual && alternates.Count > 1)
                {
                    foreach (var l in alternates)
                        sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(l.Code).Append("\" href=\"")
                            .Append(SecurityElement.Escape(root + "/" + l.Prefix + page.Url.TrimStart('/'))).Append("\"/>");
                    sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                        .Append(SecurityElement.Escape(root + page.Url)).Append("\"/>");
                }
                sb.Append("</url>\n");
            }
        return sb.Append("</urlset>\n").ToString();
    }
}

using System.Security;
using System.Text;
using PeerHub.Model;

namespace PeerHub.Site;

public static class Sitemap
{
    /// <summary>Every page but the 404 and forwarding pages, by its full address; no dates, so the same input gives the same file.</summary>
    public static string Write(SiteModel site)
    {
        var root = site.Config.BaseUrl.TrimEnd('/');
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in site.Pages.Where(p => p.Kind.InSitemap))
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(root + page.Url)).Append("</loc></url>\n");
        return sb.Append("</urlset>\n").ToString();
    }
}

using System.Text;
using AngleSharp.Html.Parser;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>No tracking and no request to any other site: checked over every file the real hub writes.</summary>
public class PrivacyTests
{
    private static readonly Lazy<BuildResult> Hub = new(() => SiteBuilder.Build(BuiltSite.RealHub()));

    private static bool External(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void No_page_loads_anything_from_another_origin()
    {
        Assert.True(Hub.Value.Succeeded);
        var parser = new HtmlParser();
        var pages = 0;
        foreach (var (path, bytes) in Hub.Value.Files!.Where(f => f.Key.EndsWith(".html")))
        {
            pages++;
            var doc = parser.ParseDocument(Encoding.UTF8.GetString(bytes));
            // Everything the browser fetches by itself; plain links (a[href]) rel=canonical and rel=alternate (the page in another language) are not fetched.
            var loaded = doc.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!)
                .Concat(doc.QuerySelectorAll("link[href]:not([rel=canonical]):not([rel=alternate])").Select(e => e.GetAttribute("href")!))
                .Concat(doc.QuerySelectorAll("img[src], source[src], video[src], audio[src], track[src], embed[src]").Select(e => e.GetAttribute("src")!))
                .Concat(doc.QuerySelectorAll("img[srcset], source[srcset]").Select(e => e.GetAttribute("srcset")!));
            Assert.DoesNotContain(loaded, External);
            Assert.Empty(doc.QuerySelectorAll("iframe, object, frame"));
            var csp = doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content") ?? "";
            Assert.Contains("default-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            // An inline script runs only when the page's CSP names its hash (the 404 pages', each language's, which find the hub's root).
            foreach (var inline in doc.QuerySelectorAll("script:not([src]):not([type='application/json'])"))
            {
                var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(inline.TextContent)));
                Assert.Contains(path, new[] { "404.html", "es/404.html" });
                Assert.Contains($"script-src 'self' 'sha256-{hash}';", csp);
            }
        }
        Assert.True(pages > 100);
    }

    [Fact]
    public void Stylesheets_and_scripts_fetch_nothing_from_other_sites()
    {
        foreach (var bytes in Hub.Value.Files!.Where(f => f.Key.EndsWith(".css") || f.Key.EndsWith(".js") && !f.Key.Contains("vendor/")).Select(f => f.Value))
        {
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotMatch(@"url\(\s*['""]?(https?:)?//", text);
            Assert.DoesNotMatch(@"@import\s+(url\()?['""]?(https?:)?//", text);
            Assert.DoesNotMatch(@"fetch\(\s*['""]https?://", text);
            Assert.DoesNotContain("google-analytics", text);
            Assert.DoesNotContain("googletagmanager", text);
        }
    }
}

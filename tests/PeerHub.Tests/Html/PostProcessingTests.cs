using System.Net;
using System.Text;
using PeerHub.Html;
using Xunit;
using PeerHub.Text;

namespace PeerHub.Tests.Html;

/// <summary>
/// The post-processor's fast paths (whole runs of text copied at once, site-root links remembered per thread) are
/// held to plain definitions on random pages: what search reads is the DOM's text with white space folded, and a
/// site-root link becomes the way up from the page's folder followed by the rest of the URL.
/// </summary>
public class PostProcessingTests
{
    private static readonly string[] TextPieces =
    [
        "word", "Peer", "mentor", "é", "naïve", "中文", "a", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\u0085",
        "\u0001", "&amp;", "&nbsp;", "&lt;b&gt;", "-", "!", "\u0084", "\u007f", "x y", " z ",
    ];

    // The definition: decode every text node, join them, fold each run of white space to one space, trim the ends.
    private static string TextByDefinition(IEnumerable<string> textNodes)
    {
        var joined = string.Concat(textNodes.Select(WebUtility.HtmlDecode));
        var folded = new StringBuilder();
        var space = false;
        foreach (var c in joined)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && folded.Length > 0) folded.Append(' ');
            space = false;
            folded.Append(c);
        }
        return folded.ToString();
    }

    [Fact]
    public void Search_text_is_the_folded_text_of_main_on_random_pages()
    {
        var random = new Random(11);
        string[] tags = ["p", "em", "li", "h2", "span"];
        for (var i = 0; i < 5_000; i++)
        {
            var nodes = new List<string>();
            var html = new StringBuilder("<html><body><p>outside</p><main id=\"main\">");
            for (var n = random.Next(0, 6); n > 0; n--)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => TextPieces[random.Next(TextPieces.Length)]));
                nodes.Add(text);
                var tag = tags[random.Next(tags.Length)];
                html.Append(random.Next(2) == 0 ? text : $"<{tag}>{text}</{tag}>");
            }
            html.Append("</main><footer>after</footer></body></html>");

            var result = HtmlPostProcessor.Process("a/index.html", html.ToString(), "/");
            Assert.True(TextByDefinition(nodes) == result.Page.Text, $"page {html}");
        }
    }

    // The definition: the folders of the page climbed out of, then the target's own segments, then query and fragment.
    private static string RewrittenByDefinition(string pageDir, string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        var (path, rest) = cut < 0 ? (url, "") : (url[..cut], url[cut..]);
        var from = pageDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = path.TrimStart('/').Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var relative = string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
        return (relative.Length == 0 ? "./" : relative) + rest;
    }

    [Fact]
    public void Site_root_links_become_the_way_up_from_each_page_on_random_pages()
    {
        var random = new Random(12);
        string[] segments = ["models", "peer-mentors", "css", "site.css", "guides", "x", ""];
        string[] tails = ["", "?q=1", "#top", "?q=a#part-2", "#"];
        string[] folders = ["", "models/", "models/peer-mentors/", "guides/x/", "a/b/c/"];
        var urls = Enumerable.Range(0, 40).Select(_ =>
            "/" + string.Join('/', Enumerable.Range(0, random.Next(0, 4)).Select(_ => segments[random.Next(segments.Length)]))
                + (random.Next(2) == 0 ? "/" : "") + tails[random.Next(tails.Length)])
            .Where(u => !u.StartsWith("//", StringComparison.Ordinal)).ToArray();   // "//host/" leads off the site

        // Two builds (two pools), so links remembered from the first are not carried into the second.
        for (var build = 0; build < 2; build++)
        {
            var strings = new StringPool();
            for (var page = 0; page < 300; page++)
            {
                var dir = folders[random.Next(folders.Length)];
                var chosen = Enumerable.Range(0, 5).Select(_ => urls[random.Next(urls.Length)]).ToArray();
                var html = "<main>" + string.Concat(chosen.Select((u, n) => n % 3 == 0 ? $"<a href='{u}'>x</a>" : n % 3 == 1 ? $"<a href=\"{u}\">x</a>" : $"<a href={u}>x</a>")) + "</main>";
                var result = HtmlPostProcessor.Process(dir + "index.html", html, "/", strings: strings);

                var expected = "<main>" + string.Concat(chosen.Select((u, n) => n % 3 == 0 ? $"<a href='{RewrittenByDefinition(dir, u)}'>x</a>"
                    : $"<a href=\"{RewrittenByDefinition(dir, u)}\">x</a>")) + "</main>";
                Assert.Equal(expected, Encoding.UTF8.GetString(result.Utf8));
                Assert.Equal(chosen, result.Page.Links.Select(l => l.Written));
                foreach (var (link, url) in result.Page.Links.Zip(chosen))
                {
                    var path = url.Split('?', '#')[0].TrimStart('/');
                    Assert.Equal(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path, link.TargetPath);
                    Assert.Equal(url.Contains('#') ? url[(url.IndexOf('#') + 1)..] : null, link.Fragment);
                }
            }
        }
    }

    [Fact]
    public void Tag_and_attribute_names_are_read_in_lower_case_whatever_their_case_and_whether_or_not_they_are_common()
    {
        var random = new Random(13);
        string[] names = ["a", "p", "li", "div", "section", "aria-describedby", "data-pack-print", "colspan", "x", "my-widget",
            "aria-describedbyx", "abbr", "abba", "h7", "source", "sourcE", "data-scenario", "q"];
        for (var i = 0; i < 2_000; i++)
        {
            string Cased(string name) => string.Concat(name.Select(c => random.Next(3) == 0 ? char.ToUpperInvariant(c) : c));
            var tag = names[random.Next(names.Length)];
            var attribute = names[random.Next(names.Length)];
            var scanner = new HtmlScanner($"<{Cased(tag)} {Cased(attribute)}=\"v\">t</{Cased(tag)}>");

            Assert.True(scanner.Read());
            Assert.Equal(tag.ToLowerInvariant(), scanner.TagName);
            Assert.Equal(attribute.ToLowerInvariant(), Assert.Single(scanner.Attributes).Name);
            Assert.True(scanner.Read());
            Assert.True(scanner.Read());
            Assert.Equal(HtmlTokenKind.EndTag, scanner.Kind);
            Assert.Equal(tag.ToLowerInvariant(), scanner.TagName);
        }
    }

    [Fact]
    public void Links_are_reported_by_element_as_the_DOM_queries_did_each_element_in_page_order()
    {
        const string html = "<main><script src=\"/s1.js\"></script><a href=\"/a1/\">x</a><img src=\"/i1.png\" alt=\"\">"
            + "<link rel=\"x\" href=\"/l1.css\"><a href=\"/a2/\">y</a><form action=\"/f1/\"></form><source src=\"/v1.mp4\"><script src=\"/s2.js\"></script></main>";

        var result = HtmlPostProcessor.Process("index.html", html, "/");

        Assert.Equal(["/a1/", "/a2/", "/l1.css", "/i1.png", "/s1.js", "/s2.js", "/f1/", "/v1.mp4"], result.Page.Links.Select(l => l.Written));
    }

    [Fact]
    public void A_site_root_link_with_a_quote_or_ampersand_is_escaped_as_before()
    {
        var result = HtmlPostProcessor.Process("models/x/index.html", "<a href='/models/?a=\"b\"'>x</a><a href=\"/s/?a=1&amp;b=2\">y</a>", "/");
        Assert.Equal("<a href='../?a=\"b\"'>x</a><a href=\"../../s/?a=1&amp;b=2\">y</a>", Encoding.UTF8.GetString(result.Utf8));
        Assert.Equal(["/models/?a=\"b\"", "/s/?a=1&b=2"], result.Page.Links.Select(l => l.Written));
    }
}

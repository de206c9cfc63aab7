using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PeerHub.Markdown;

/// <summary>
/// What raw HTML a Markdown body may hold. Anything that could run code (a script, an event handler, a
/// javascript: URL, an embedded frame) is an error the author must remove; everything else passes through an
/// allow-list sanitiser, so a mistake the patterns miss still cannot reach a page.
/// </summary>
public static partial class RawHtmlPolicy
{
    [GeneratedRegex(@"<\s*(script|iframe|object|embed|style|link|meta|base|form|frame|frameset|applet)\b|\bon[a-z]+\s*=|(java|vb)script\s*:|data\s*:\s*text/html",
        RegexOptions.IgnoreCase)]
    private static partial Regex Dangerous();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        // Inline styles would be blocked by the pages' Content-Security-Policy anyway.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedSchemes.Add("sms");
        return sanitizer;
    }

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    public static IReadOnlyList<UnsafeMarkup> FindUnsafe(MarkdownDocument doc, int firstLine)
    {
        var found = new List<UnsafeMarkup>();
        void Check(string text, int line, int column)
        {
            var m = Dangerous().Match(text);
            if (m.Success) found.Add(new UnsafeMarkup(line + firstLine, column + 1, m.Value.Trim()));
        }
        void CheckUrl(string url, int line, int column)
        {
            if (Text.UrlPolicy.ForbiddenScheme(url) is { } scheme) found.Add(new UnsafeMarkup(line + firstLine, column + 1, scheme + ":", url));
        }
        foreach (var node in doc.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block: Check(block.Lines.ToString(), block.Line, block.Column); break;
                case HtmlInline inline: Check(inline.Tag, inline.Line, inline.Column); break;
                case LinkInline { Url: { } url } link: CheckUrl(url, link.Line, link.Column); break;
                case AutolinkInline { Url: { } url } autolink: CheckUrl(url, autolink.Line, autolink.Column); break;
            }
        }
        return found;
    }
}

using System.Text.RegularExpressions;
using Ganss.Xss;

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
    private static partial Regex DangerousPattern();

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

    /// <summary>What in a raw HTML block or inline tag could run code (a script tag, an event handler...), or null.</summary>
    public static string? Dangerous(string html) => DangerousPattern().Match(html) is { Success: true } m ? m.Value.Trim() : null;

    /// <summary>The scheme and a colon when a link's URL is refused (javascript:, data:...), or null.</summary>
    public static string? RefusedScheme(string url) => Text.UrlPolicy.ForbiddenScheme(url) is { } scheme ? scheme + ":" : null;
}

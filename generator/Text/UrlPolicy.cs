namespace PeerHub.Text;

/// <summary>What a URL written on the site is, by its scheme.</summary>
public enum UrlKind { Relative, Https, Http, Mailto, Tel, Sms, Forbidden }

/// <summary>
/// The one rule for every URL that reaches a page, from content, data, site.yml or the theme: https, http (with a
/// review warning), mailto, tel, sms, or no scheme at all (a path of this site, or //host). Anything else
/// (javascript:, data:, vbscript:, file:, ...) is refused. The scheme is read the way a browser reads it: tabs and
/// newlines anywhere and control characters and spaces at either end do not hide it.
/// </summary>
public static class UrlPolicy
{
    public static (UrlKind Kind, string Scheme) Classify(string url)
    {
        var cleaned = Clean(url);
        var colon = cleaned.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(cleaned[0])) return (UrlKind.Relative, "");
        for (var i = 1; i < colon; i++)
        {
            var c = cleaned[i];
            // A '/', '?' or '#' before the colon makes it a path ("a/b:c"), not a scheme.
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return (UrlKind.Relative, "");
        }
        var scheme = cleaned[..colon].ToLowerInvariant();
        return (scheme switch
        {
            "https" => UrlKind.Https,
            "http" => UrlKind.Http,
            "mailto" => UrlKind.Mailto,
            "tel" => UrlKind.Tel,
            "sms" => UrlKind.Sms,
            _ => UrlKind.Forbidden,
        }, scheme);
    }

    /// <summary>The scheme of a refused URL, or null when the URL is allowed.</summary>
    public static string? ForbiddenScheme(string url) => Classify(url) is (UrlKind.Forbidden, var scheme) ? scheme : null;

    /// <summary>The error message for a refused URL.</summary>
    public static string Refusal(string url, string scheme) =>
        $"the link `{Shorten(url)}` starts with `{scheme}:`, which is not allowed on the site (it could run code or carry a file); " +
        "use https://, mailto:, tel:, sms: or a path of this site";

    private static string Clean(string url)
    {
        var span = url.AsSpan().Trim("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f ");
        return span.ContainsAny('\t', '\n', '\r') ? span.ToString().Replace("\t", "").Replace("\n", "").Replace("\r", "") : span.ToString();
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";
}

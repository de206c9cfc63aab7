using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Markdown;

/// <summary>
/// Warnings for what a reviewer would flag in a page's body and front matter: they do not stop a build,
/// but <c>peerhub check</c> shows them on the pull request.
/// </summary>
public static class ReviewChecks
{
    public static void Check(Page page, RenderedMarkdown body, DiagnosticBag d)
    {
        if (body.TooDeep)
            d.Error(Codes.InvalidValue, page.Source with { Line = page.BodyLine },
                "this page's Markdown nests deeper than PeerHub can render (lists, quotes or brackets inside each other); flatten it");
        foreach (var bad in body.Unsafe)
            d.Error(Codes.UnsafeHtml, page.Source with { Line = bad.Line, Column = bad.Column }, bad.Url is { } url
                ? Text.UrlPolicy.Refusal(url, bad.What.TrimEnd(':'))
                : $"`{bad.What}` could run code in a reader's browser and is not allowed; use plain Markdown, and link to videos instead of embedding them");
        foreach (var link in body.Links)
        {
            var at = page.Source with { Line = link.Line, Column = link.Column };
            if (link.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                d.Warning(Codes.ReviewWarning, at, $"the link `{link.Url}` should use https:// so it is not sent in the clear");
            if (link.IsImage && string.IsNullOrWhiteSpace(link.AltText))
                d.Warning(Codes.ReviewWarning, at,
                    "this image has no alt text: describe it between the brackets, `![what it shows](...)`, so screen-reader users get it too");
        }
        if (page.Meta is PageMeta && page.Kind.Name is "page" or "section" && page.ContentPath is not null && string.IsNullOrWhiteSpace(page.Summary))
            d.Warning(Codes.ReviewWarning, page.Source with { Line = 2 },
                "this page has no `summary`; add one sentence so lists and search results can describe it");
    }
}

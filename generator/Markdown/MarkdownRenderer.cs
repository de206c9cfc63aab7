using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PeerHub.Markdown;

/// <summary>A heading of a page body, for the "On this page" list and the search index.</summary>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>A link or image written in a Markdown body, with its 1-based line and column in the source file.</summary>
public sealed record SourceLink(string Url, int Line, int Column, bool IsImage = false, string AltText = "");

/// <summary>Raw HTML or a link in a body that could run code: always an error, with its place in the file.</summary>
/// <param name="Url">For a link whose scheme is refused, the URL (What is then its scheme and a colon).</param>
public sealed record UnsafeMarkup(int Line, int Column, string What, string? Url = null);

/// <param name="TooDeep">Markdig refused the body for nesting deeper than it renders; the HTML is then the text, escaped.</param>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Headings, IReadOnlyList<SourceLink> Links, IReadOnlyList<UnsafeMarkup> Unsafe,
    bool TooDeep = false);

/// <summary>A short field's Markdown nests deeper than Markdig renders; the page that shows it reports it.</summary>
public sealed class MarkdownTooDeepException(Exception inner)
    : Exception("a front-matter field's Markdown nests deeper than PeerHub can render (lists, quotes or brackets inside each other); flatten it", inner);

/// <summary>The one Markdig pipeline of the build, made once and shared by every render thread.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseTaskLists()
        .UseListExtras()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    // Short YAML fields (briefs, prompts) take no raw HTML at all: it is shown as text.
    private readonly MarkdownPipeline _inlinePipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static MarkdownRenderer Shared { get; } = new();

    /// <param name="firstLine">The line of the file the Markdown starts on, so links keep their real position.</param>
    public RenderedMarkdown Render(string markdown, int firstLine = 1)
    {
        // Markdig checks its depth limit while parsing and again while writing HTML.
        try { return RenderChecked(markdown, firstLine); }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            return new RenderedMarkdown("<pre>" + System.Net.WebUtility.HtmlEncode(markdown) + "</pre>", [], [], [], TooDeep: true);
        }
    }

    private RenderedMarkdown RenderChecked(string markdown, int firstLine)
    {
        var doc = Markdig.Markdown.Parse(markdown, _pipeline);
        // One walk over the tree collects what the three lists need (RawHtmlPolicy says what is unsafe).
        var headings = new List<Heading>();
        var links = new List<SourceLink>();
        List<UnsafeMarkup>? unsafeMarkup = null;
        void Unsafe(string? what, int line, int column, string? url = null)
        {
            if (what is not null) (unsafeMarkup ??= []).Add(new UnsafeMarkup(line + firstLine, column + 1, what, url));
        }
        var hasRawHtml = false;
        foreach (var node in doc.Descendants())
        {
            switch (node)
            {
                case HeadingBlock { Level: 2 or 3 } h:
                    headings.Add(new Heading(h.Level, InlineText(h.Inline), h.GetAttributes().Id ?? ""));
                    break;
                case LinkInline { Url: { } url } l:
                    links.Add(new SourceLink(url, l.Line + firstLine, l.Column + 1, l.IsImage, l.IsImage ? InlineText(l) : ""));
                    Unsafe(RawHtmlPolicy.RefusedScheme(url), l.Line, l.Column, url);
                    break;
                case AutolinkInline { Url: { } url } a:
                    links.Add(new SourceLink(a.IsEmail ? "mailto:" + url : url, a.Line + firstLine, a.Column + 1));
                    Unsafe(RawHtmlPolicy.RefusedScheme(url), a.Line, a.Column, url);
                    break;
                case HtmlBlock block:
                    hasRawHtml = true;
                    Unsafe(RawHtmlPolicy.Dangerous(block.Lines.ToString()), block.Line, block.Column);
                    break;
                case HtmlInline inline:
                    hasRawHtml = true;
                    Unsafe(RawHtmlPolicy.Dangerous(inline.Tag), inline.Line, inline.Column);
                    break;
            }
        }
        var html = doc.ToHtml(_pipeline);
        // Only bodies that contain raw HTML pay for the sanitiser, which keeps a safe allow-list of tags.
        if (hasRawHtml) html = RawHtmlPolicy.Sanitize(html);
        return new RenderedMarkdown(html, headings, links, (IReadOnlyList<UnsafeMarkup>?)unsafeMarkup ?? []);
    }

    // Markdig stops at a fixed depth of nested blocks and inlines with an ArgumentException saying so.
    private static bool IsTooDeep(ArgumentException e) => e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>Markdown for short fields (a role brief, a setup paragraph): one paragraph stays inline.</summary>
    public string RenderInline(string markdown)
    {
        var text = markdown.Trim();
        // Most short fields are plain sentences, which Markdig would hand back unchanged; skip the parse for them.
        return IsPlainText(text) ? text : RenderInlineWithMarkdig(text);
    }

    /// <summary>The inline render without the plain-text shortcut (tests compare the two).</summary>
    internal string RenderInlineWithMarkdig(string text)
    {
        string html;
        try { html = Markdig.Markdown.ToHtml(text.Trim(), _inlinePipeline).Trim(); }
        catch (ArgumentException e) when (IsTooDeep(e)) { throw new MarkdownTooDeepException(e); }
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    /// <summary>
    /// True for one line that starts with a letter and holds nothing the inline pipeline reads as Markdown or
    /// escapes as HTML: no emphasis, link, code, escape or entity characters, no angle brackets or quotes, no
    /// control characters and nothing an autolink starts with. Such text renders as itself.
    /// </summary>
    internal static bool IsPlainText(string text) =>
        text.Length > 0 && char.IsLetter(text[0])
        && text.AsSpan().IndexOfAny(MarkdownSyntax) < 0
        && text.AsSpan().IndexOfAny(AutolinkStarts) < 0;

    // One pass for all four, ignoring case as the autolink parser does ("://" has no case to ignore).
    private static readonly System.Buffers.SearchValues<string> AutolinkStarts =
        System.Buffers.SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> MarkdownSyntax = System.Buffers.SearchValues.Create(
        "*_~^+=[]!<>&\\`\"|#{}\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\n\u000b\u000c\r\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f");


    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
            if (child is LiteralInline lit) sb.Append(lit.Content);
            else if (child is CodeInline code) sb.Append(code.Content);
        return sb.ToString();
    }
}

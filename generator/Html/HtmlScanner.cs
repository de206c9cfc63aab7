namespace PeerHub.Html;

/// <summary>What the scanner found at one place in the HTML.</summary>
public enum HtmlTokenKind { Text, StartTag, EndTag }

/// <summary>An attribute of a start tag: its lower-case name, and where its raw (still entity-encoded) value sits in the HTML.</summary>
public readonly record struct HtmlAttribute(string Name, int ValueStart, int ValueLength, bool Quoted);

/// <summary>
/// A forward-only scanner over the tokens of a well-formed HTML page: start tags with their attributes, end tags
/// and text, skipping comments and doctypes. It builds no DOM, so post-processing can read a page and rewrite a
/// few attribute values in place at a fraction of the cost of a full parse. The theme and Markdig write the HTML it
/// reads; it follows the HTML tokenizer where they can differ (raw text in script and style, RCDATA in title and
/// textarea, unquoted and valueless attributes, upper-case names).
/// </summary>
public sealed class HtmlScanner(ReadOnlyMemory<char> html)
{
    public HtmlScanner(string html) : this(html.AsMemory()) { }

    // Names a page repeats thousands of times are handed out as the same string instead of a new lower-cased copy.
    private static readonly HashSet<string> CommonNames = new(StringComparer.Ordinal)
    {
        "a", "p", "li", "ul", "ol", "div", "span", "section", "article", "main", "nav", "header", "footer", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
        "img", "br", "hr", "input", "label", "button", "form", "link", "script", "style", "meta", "title", "head",
        "body", "html", "blockquote", "dl", "dt", "dd", "details", "summary", "figure", "figcaption", "svg", "path",
        "select", "option", "textarea", "time", "small", "abbr", "source",
        "href", "src", "id", "class", "rel", "type", "name", "content", "lang", "hidden", "role", "tabindex", "alt",
        "action", "method", "value", "for", "width", "height", "media", "defer", "charset", "checked", "disabled",
        "aria-label", "aria-labelledby", "aria-hidden", "aria-current", "aria-describedby", "aria-live", "aria-expanded",
        "aria-controls", "data-scenario", "data-sheet", "data-pack", "data-pages", "data-pack-print", "http-equiv", "colspan",
    };
    // The common names by length and first letter: a page has hundreds of names, and comparing one or two candidates
    // of the same length and first letter is several times quicker than hashing each name.
    private static readonly int LongestCommon = CommonNames.Max(n => n.Length);
    private static readonly string[]?[] CommonByShape = CommonNames
        .GroupBy(n => Shape(n.Length, n[0]))
        .Aggregate(new string[]?[(LongestCommon + 1) * 128], (table, g) => { table[g.Key] = g.ToArray(); return table; });

    private static int Shape(int length, char first) => length * 128 + first;

    private static string Name(ReadOnlySpan<char> raw)
    {
        if (raw.Length > 0 && raw.Length <= LongestCommon && raw[0] < 128 && CommonByShape[Shape(raw.Length, raw[0])] is { } candidates)
            foreach (var candidate in candidates)
                if (raw.SequenceEqual(candidate)) return candidate;
        return raw.ToString().ToLowerInvariant();
    }

    private readonly List<HtmlAttribute> _attributes = [];
    private string? _rawTextEnd;

    /// <summary>The page being read (for a rendered page, the renderer's buffer, valid until its next page).</summary>
    public ReadOnlyMemory<char> Html { get; } = html;
    public HtmlTokenKind Kind { get; private set; }
    /// <summary>Where the current token starts and ends (end exclusive): for a tag, from '&lt;' to after '&gt;'.</summary>
    public int Start { get; private set; }
    public int End { get; private set; }
    /// <summary>The lower-case tag name of a start or end tag.</summary>
    public string TagName { get; private set; } = "";
    /// <summary>The attributes of the current start tag, in source order.</summary>
    public IReadOnlyList<HtmlAttribute> Attributes => _attributes;
    /// <summary>True for text whose entities are not decoded (script and style content).</summary>
    public bool IsRawText { get; private set; }

    /// <summary>Moves to the next token; false at the end of the HTML.</summary>
    public bool Read()
    {
        var s = Html.Span;
        var i = End;
        if (i >= s.Length) return false;
        Start = i;

        if (_rawTextEnd is { } endTag)
        {
            // Inside script, style, title or textarea everything up to the matching end tag is text.
            _rawTextEnd = null;
            var close = IndexOfEndTag(s, i, endTag);
            if (close > i)
            {
                SetText(close, raw: endTag is "script" or "style");
                return true;
            }
        }

        while (true)
        {
            var lt = IndexOf(s, '<', i);
            if (lt < 0) lt = s.Length;
            if (lt > Start) { SetText(lt, raw: false); return true; }
            if (lt + 1 >= s.Length) { SetText(s.Length, raw: false); return true; }

            var next = s[lt + 1];
            if (next == '!' || next == '?')
            {
                // Comment, doctype or processing instruction: skipped, as they carry no links, ids or text.
                var end = s[lt..].StartsWith("<!--") ? IndexAfter(s, lt + 4, "-->") : IndexAfter(s, lt + 2, ">");
                i = End = Start = end;
                if (end >= s.Length) return false;
                continue;
            }
            if (next == '/' && lt + 2 < s.Length && char.IsAsciiLetter(s[lt + 2])) return ReadEndTag(lt);
            if (char.IsAsciiLetter(next)) return ReadStartTag(lt);
            // A lone '<' is text.
            i = lt + 1;
            var more = IndexOf(s, '<', i);
            SetText(more < 0 ? s.Length : more, raw: false);
            return true;
        }
    }

    /// <summary>The raw value of an attribute of the current start tag, or null when the tag has none by that name.</summary>
    public HtmlAttribute? Attribute(string name)
    {
        foreach (var a in _attributes)
            if (a.Name == name) return a;
        return null;
    }

    /// <summary>An attribute's value with its character references decoded, as the DOM would give it.</summary>
    public string Value(HtmlAttribute attribute) => Decode(Html.Span.Slice(attribute.ValueStart, attribute.ValueLength).ToString());

    /// <summary>An attribute's value as it stands in the HTML, character references and all.</summary>
    public ReadOnlySpan<char> RawValue(HtmlAttribute attribute) => Html.Span.Slice(attribute.ValueStart, attribute.ValueLength);

    /// <summary>The text of the current text token, decoded unless it is raw text.</summary>
    public string Text() => IsRawText ? RawText.ToString() : Decode(RawText.ToString());

    /// <summary>The current text token as it stands in the HTML, character references and all.</summary>
    public ReadOnlySpan<char> RawText => Html.Span.Slice(Start, End - Start);

    public static string Decode(string s) => s.Contains('&') ? System.Net.WebUtility.HtmlDecode(s) : s;

    private void SetText(int end, bool raw)
    {
        Kind = HtmlTokenKind.Text;
        IsRawText = raw;
        End = end;
    }

    private bool ReadEndTag(int lt)
    {
        var s = Html.Span;
        var nameEnd = NameEnd(s, lt + 2);
        Kind = HtmlTokenKind.EndTag;
        Start = lt;
        TagName = Name(s[(lt + 2)..nameEnd]);
        End = IndexAfter(s, nameEnd, ">");
        return true;
    }

    private bool ReadStartTag(int lt)
    {
        var s = Html.Span;
        var nameEnd = NameEnd(s, lt + 1);
        Kind = HtmlTokenKind.StartTag;
        Start = lt;
        TagName = Name(s[(lt + 1)..nameEnd]);
        _attributes.Clear();

        var i = nameEnd;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '>') { i++; break; }
            if (char.IsWhiteSpace(c) || c == '/') { i++; continue; }

            var nameStart = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('/' or '>' or '=')) i++;
            var name = Name(s[nameStart..i]);
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length || s[i] != '=')
            {
                _attributes.Add(new HtmlAttribute(name, i, 0, Quoted: false));
                continue;
            }
            i++;
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i < s.Length && s[i] is '"' or '\'')
            {
                var quote = s[i];
                var close = IndexOf(s, quote, i + 1);
                if (close < 0) close = s.Length;
                _attributes.Add(new HtmlAttribute(name, i + 1, close - i - 1, Quoted: true));
                i = Math.Min(close + 1, s.Length);
            }
            else
            {
                var valueStart = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != '>') i++;
                _attributes.Add(new HtmlAttribute(name, valueStart, i - valueStart, Quoted: false));
            }
        }
        End = i;
        if (TagName is "script" or "style" or "title" or "textarea") _rawTextEnd = TagName;
        return true;
    }

    /// <summary>Where a character next occurs at or after a position, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> s, char c, int from)
    {
        var i = s[from..].IndexOf(c);
        return i < 0 ? -1 : from + i;
    }

    private static int NameEnd(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('/' or '>')) i++;
        return i;
    }

    private static int IndexAfter(ReadOnlySpan<char> s, int from, string what)
    {
        var i = s[from..].IndexOf(what, StringComparison.Ordinal);
        return i < 0 ? s.Length : from + i + what.Length;
    }

    /// <summary>Where <c>&lt;/name</c> (any case, then a space, '/' or '&gt;') starts, or the end of the HTML.</summary>
    private static int IndexOfEndTag(ReadOnlySpan<char> s, int from, string name)
    {
        var i = from;
        while (i < s.Length && s[i..].IndexOf("</", StringComparison.Ordinal) is var found and >= 0)
        {
            i += found;
            var after = i + 2 + name.Length;
            if (after <= s.Length && s.Slice(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == s.Length || char.IsWhiteSpace(s[after]) || s[after] is '/' or '>'))
                return i;
            i += 2;
        }
        return s.Length;
    }
}

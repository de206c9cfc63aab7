using System.Text;

namespace PeerHub.Html;

/// <summary>
/// Collects the text content of the first element with a given name (such as <c>main</c>) while a page is
/// scanned: every text inside it, character references decoded, as the DOM's <c>textContent</c> gives it, but
/// with each run of white space collapsed to one space (none at the start). Search only reads the collapsed
/// form, and template indentation otherwise doubled the text kept for every page of a large site.
/// </summary>
public sealed class ElementText(string elementName)
{
    private readonly StringBuilder _text = new();
    private int _depth;
    private bool _space;
    private bool _done;

    /// <summary>True once the element's start tag has been seen.</summary>
    public bool Found { get; private set; }

    public void Add(HtmlScanner scanner)
    {
        if (_done) return;
        switch (scanner.Kind)
        {
            case HtmlTokenKind.StartTag when scanner.TagName == elementName:
                Found = true;
                _depth++;
                break;
            case HtmlTokenKind.EndTag when scanner.TagName == elementName && _depth > 0:
                if (--_depth == 0) _done = true;
                break;
            case HtmlTokenKind.Text when _depth > 0:
                var raw = scanner.RawText;
                if (!scanner.IsRawText && raw.Contains('&')) AppendCollapsed(scanner.Text());
                else AppendCollapsed(raw);
                break;
        }
    }

    private void AppendCollapsed(ReadOnlySpan<char> text)
    {
        // Runs without white space are appended whole; white space between them becomes one space.
        while (!text.IsEmpty)
        {
            var space = text.IndexOfAny(WhiteSpace);
            if (space != 0)
            {
                var word = space < 0 ? text : text[..space];
                _text.Append(word);
                _space = false;
                if (space < 0) return;
                text = text[space..];
            }
            var skip = text.IndexOfAnyExcept(WhiteSpace);
            if (!_space && _text.Length > 0) _text.Append(' ');
            _space = true;
            text = skip < 0 ? default : text[skip..];
        }
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, for a vectorised search.</summary>
    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    /// <summary>The element's text with every run of white space folded to one space and no space at either end.</summary>
    public override string ToString() => _text.ToString().TrimEnd();
}

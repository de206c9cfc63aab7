using System.Buffers;
using System.Text;

namespace PeerHub.Html;

/// <summary>
/// Collects the text content of the first element with a given name (such as <c>main</c>) while a page is
/// scanned: every text inside it, character references decoded, as the DOM's <c>textContent</c> gives it, but
/// with each run of white space collapsed to one space (none at the start). Search only reads the collapsed
/// form, and template indentation otherwise doubled the text kept for every page of a large site. The text is
/// written as UTF-8 as it is found, the form it is kept in until the search index reads it.
/// </summary>
public sealed class ElementText(string elementName)
{
    private byte[] _text = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _length;
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
                Append(word);
                _space = false;
                if (space < 0) return;
                text = text[space..];
            }
            var skip = text.IndexOfAnyExcept(WhiteSpace);
            if (!_space && _length > 0) Append(" ");
            _space = true;
            text = skip < 0 ? default : text[skip..];
        }
    }

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, for a vectorised search.</summary>
    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000");

    private void Append(ReadOnlySpan<char> chars)
    {
        if (Encoding.UTF8.GetMaxByteCount(chars.Length) > _text.Length - _length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_text.Length * 2, _length + Encoding.UTF8.GetMaxByteCount(chars.Length)));
            _text.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_text);
            _text = bigger;
        }
        _length += Encoding.UTF8.GetBytes(chars, _text.AsSpan(_length));
    }

    /// <summary>
    /// The element's text as UTF-8, every run of white space folded to one space and none at either end; the
    /// collector cannot be used afterwards. Words hold no white space, so at most one space ends the text.
    /// </summary>
    public byte[] ToUtf8()
    {
        var length = _length > 0 && _text[_length - 1] == (byte)' ' ? _length - 1 : _length;
        var bytes = _text.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(_text);
        _text = [];
        _length = 0;
        return bytes;
    }
}

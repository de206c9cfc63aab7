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
        while (!text.IsEmpty)
        {
            if (char.IsWhiteSpace(text[0]))
            {
                var skip = 1;
                while (skip < text.Length && char.IsWhiteSpace(text[skip])) skip++;
                if (!_space && _length > 0) Append(" ");
                _space = true;
                text = text[skip..];
                continue;
            }

            // The longest stretch that needs no change: words with single spaces between them are copied whole,
            // which is most of a page's text, instead of word by word.
            var end = CleanRunEnd(text);
            Append(text[..end]);
            _space = false;
            text = text[end..];
        }
    }

    /// <summary>Where white space that must be folded starts: a run of two or more, or one that is not a plain space.</summary>
    private static int CleanRunEnd(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (true)
        {
            // Every white-space character is below '!' or above U+0084, so a vectorised range search finds each
            // candidate; the few other characters out there (controls, accented letters) are looked at and passed.
            var found = text[at..].IndexOfAnyExceptInRange('!', '\u0084');
            if (found < 0) return text.Length;
            var i = at + found;
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
            at = i + 1;
        }
    }

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
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        _text.AsSpan(0, length).CopyTo(bytes);
        ArrayPool<byte>.Shared.Return(_text);
        _text = [];
        _length = 0;
        return bytes;
    }
}

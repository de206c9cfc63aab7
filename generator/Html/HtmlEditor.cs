using System.Buffers;
using System.Text;

namespace PeerHub.Html;

/// <summary>
/// Builds the UTF-8 bytes of a changed copy of an HTML page from edits made in document order (inserts and
/// attribute values), copying the untouched runs between them. Writing UTF-8 straight away saves the copies a
/// changed string and then its encoding would take, which on a large site are gigabytes of short-lived memory.
/// </summary>
public sealed class HtmlEditor(ReadOnlyMemory<char> html)
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(html.Length + html.Length / 8 + 256);
    private int _length;
    private int _copied;

    /// <summary>Inserts markup at a position at or after the previous edit.</summary>
    public void Insert(int position, string markup)
    {
        CopyTo(position);
        Append(markup);
    }

    /// <summary>Replaces an attribute's value, quoted and escaped as a DOM serialiser writes it.</summary>
    public void ReplaceValue(HtmlAttribute attribute, string value)
    {
        CopyTo(attribute.ValueStart);
        var quote = attribute.Quoted ? html.Span[attribute.ValueStart - 1] : '"';
        if (value.Contains('&')) value = value.Replace("&", "&amp;");
        if (value.Contains(quote)) value = value.Replace(quote == '"' ? "\"" : "'", quote == '"' ? "&quot;" : "&#39;");
        if (!attribute.Quoted) Append("\"");
        Append(value);
        if (!attribute.Quoted) Append("\"");
        _copied = attribute.ValueStart + attribute.ValueLength;
    }

    /// <summary>
    /// Replaces an attribute's value with a relative URL: <paramref name="up"/> times <c>../</c>, then
    /// <paramref name="path"/> and <paramref name="suffix"/> (query and fragment), written without building the string.
    /// Nothing at all is <c>./</c>, as <see cref="PeerHub.Text.UrlPath.Relative"/> gives it.
    /// </summary>
    public void ReplaceValue(HtmlAttribute attribute, int up, ReadOnlySpan<char> path, string suffix)
    {
        var quote = attribute.Quoted ? html.Span[attribute.ValueStart - 1] : '"';
        if (path.ContainsAny('&', quote) || suffix.AsSpan().ContainsAny('&', quote))
        {
            // Rare enough to take the general way, which escapes.
            var value = new System.Text.StringBuilder();
            for (var i = 0; i < up; i++) value.Append("../");
            value.Append(path);
            if (value.Length == 0) value.Append("./");
            ReplaceValue(attribute, value.Append(suffix).ToString());
            return;
        }
        CopyTo(attribute.ValueStart);
        if (!attribute.Quoted) Append("\"");
        for (var i = 0; i < up; i++) Append("../");
        if (up == 0 && path.IsEmpty) Append("./");
        Append(path);
        Append(suffix);
        if (!attribute.Quoted) Append("\"");
        _copied = attribute.ValueStart + attribute.ValueLength;
    }

    /// <summary>The edited page as UTF-8 in the editor's own pooled buffer, which the caller now owns; the editor cannot be used afterwards.</summary>
    public PooledBytes ToPooled()
    {
        CopyTo(html.Length);
        var bytes = new PooledBytes(_buffer, _length);
        _buffer = [];
        return bytes;
    }

    private void CopyTo(int position)
    {
        Append(html.Span.Slice(_copied, position - _copied));
        _copied = position;
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (Encoding.UTF8.TryGetBytes(chars, _buffer.AsSpan(_length), out var written))
        {
            _length += written;
            return;
        }
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + Encoding.UTF8.GetByteCount(chars)));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
        _length += Encoding.UTF8.GetBytes(chars, _buffer.AsSpan(_length));
    }
}

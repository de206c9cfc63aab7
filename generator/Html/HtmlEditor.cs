using System.Text;

namespace PeerHub.Html;

/// <summary>
/// Builds a changed copy of an HTML page from edits made in document order (inserts and attribute values),
/// copying the untouched runs between them; a page without edits is returned as it was.
/// </summary>
public sealed class HtmlEditor(string html)
{
    private readonly StringBuilder _output = new(html.Length + 256);
    private int _copied;

    /// <summary>Inserts markup at a position at or after the previous edit.</summary>
    public void Insert(int position, string markup)
    {
        CopyTo(position);
        _output.Append(markup);
    }

    /// <summary>Replaces an attribute's value, quoted and escaped as a DOM serialiser writes it.</summary>
    public void ReplaceValue(HtmlAttribute attribute, string value)
    {
        CopyTo(attribute.ValueStart);
        var quote = attribute.Quoted ? html[attribute.ValueStart - 1] : '"';
        if (!attribute.Quoted) _output.Append('"');
        foreach (var c in value)
        {
            if (c == '&') _output.Append("&amp;");
            else if (c == quote) _output.Append(quote == '"' ? "&quot;" : "&#39;");
            else _output.Append(c);
        }
        if (!attribute.Quoted) _output.Append('"');
        _copied = attribute.ValueStart + attribute.ValueLength;
    }

    private void CopyTo(int position)
    {
        _output.Append(html, _copied, position - _copied);
        _copied = position;
    }

    public override string ToString() => _copied == 0 ? html : _output.Append(html, _copied, html.Length - _copied).ToString();
}

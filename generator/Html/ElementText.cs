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
                AppendCollapsed(scanner.Text());
                break;
        }
    }

    private void AppendCollapsed(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { if (!_space && _text.Length > 0) _text.Append(' '); _space = true; }
            else { _text.Append(c); _space = false; }
        }
    }

    /// <summary>The element's text with every run of white space folded to one space and no space at either end.</summary>
    public override string ToString() => _text.ToString().TrimEnd();
}

using System.Text;

namespace PeerHub.Html;

/// <summary>
/// Collects the text content of the first element with a given name (such as <c>main</c>) while a page is
/// scanned: every text inside it, character references decoded, as the DOM's <c>textContent</c> gives it.
/// </summary>
public sealed class ElementText(string elementName)
{
    private readonly StringBuilder _text = new();
    private int _depth;
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
                _text.Append(scanner.Text());
                break;
        }
    }

    public override string ToString() => _text.ToString();
}

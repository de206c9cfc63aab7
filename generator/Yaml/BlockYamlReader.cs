using System.Text;
using YamlDotNet.Core;

namespace PeerHub.Yaml;

/// <summary>
/// Reads the plain block YAML that front matter is written in straight into a <see cref="YamlValue"/> tree:
/// <c>key: value</c> mappings, <c>- item</c> lists (also as lists of mappings), one-line plain, 'single' and
/// "double" quoted scalars, one-line <c>[a, b]</c> lists, <c>&gt;</c> and <c>|</c> text, full-line comments.
/// YamlDotNet's general scanner took most of the load stage (10,000 files: about 1.1 s of thread time and 400 MB
/// allocated). Anything outside that subset (anchors, tags, flow mappings, comments after a value, a scalar over
/// several lines, tabs, CR, empty items, a duplicate key, ...) gives null, and the caller reads the text with
/// YamlDotNet, which also words every error. Tests hold both readers to the same tree, marks included.
/// </summary>
internal sealed class BlockYamlReader
{
    private readonly string _text;
    private readonly List<int> _lineStarts = new();
    private int _line;
    private int _depth;

    // Nesting deeper than this is left to YamlDotNet, whose reading is guarded by the same limit and reports it,
    // so a hostile file cannot run this reader out of stack. Anchors and aliases are always left to YamlDotNet.
    private const int MaxDepth = YamlLimits.MaxDepth;

    // YAML limits an implicit key to 1,024 characters; far shorter keys are all the content types have.
    private const int MaxKeyLength = 256;

    private BlockYamlReader(string text)
    {
        _text = text;
        _lineStarts.Add(0);
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _lineStarts.Add(i + 1);
    }

    /// <summary>The tree of <paramref name="text"/>, or null when it is not in the subset this reader takes.</summary>
    public static YamlValue? TryRead(string text)
    {
        if (!OnlyPlainCharacters(text)) return null;
        var reader = new BlockYamlReader(text);
        reader.SkipIgnorable();
        if (reader._line >= reader.LineCount || reader.Indent(reader._line) != 0) return null;
        var root = reader.KeyEnd(reader._line, 0) > 0 ? reader.Mapping(0, 0) : null;
        if (root is null) return null;
        reader.SkipIgnorable();
        return reader._line >= reader.LineCount ? root : null;
    }

    // Tabs, CR, control characters, byte-order marks, Unicode line separators and surrogates each have rules of
    // their own in YAML; a text with any of them goes to YamlDotNet.
    private static bool OnlyPlainCharacters(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyExceptInRange(' ', '~'); i >= 0;)
        {
            var c = span[i];
            if (c != '\n' && (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))) return false;
            var next = span[(i + 1)..].IndexOfAnyExceptInRange(' ', '~');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return true;
    }

    // Lines are 0-based here; a text ending in '\n' has an empty last line.
    private int LineCount => _lineStarts.Count;
    private int LineStart(int line) => _lineStarts[line];
    private int LineEnd(int line) => line + 1 < _lineStarts.Count ? _lineStarts[line + 1] - 1 : _text.Length;
    private ReadOnlySpan<char> LineText(int line) => _text.AsSpan(LineStart(line), LineEnd(line) - LineStart(line));

    private int Indent(int line)
    {
        var text = LineText(line);
        var indent = text.IndexOfAnyExcept(' ');
        return indent < 0 ? text.Length : indent;
    }

    private bool IsBlank(int line) => LineText(line).IndexOfAnyExcept(' ') < 0;

    /// <summary>Moves past blank lines and full-line comments.</summary>
    private void SkipIgnorable()
    {
        while (_line < LineCount && (IsBlank(_line) || LineText(_line)[Indent(_line)] == '#')) _line++;
    }

    private static YamlMark Mark(int line, int column) => new(line + 1, column + 1);

    /// <summary>Where the ':' ends a key that starts at <paramref name="column"/>, or -1 when none does.</summary>
    private int KeyEnd(int line, int column)
    {
        var text = LineText(line);
        if (column >= text.Length || !(char.IsAsciiLetterOrDigit(text[column]) || text[column] == '_')) return -1;
        var end = column;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-')) end++;
        return end - column <= MaxKeyLength && end < text.Length && text[end] == ':' && (end + 1 == text.Length || text[end + 1] == ' ') ? end : -1;
    }

    private bool IsSequenceEntry(int line, int column)
    {
        var text = LineText(line);
        return column < text.Length && text[column] == '-' && (column + 1 == text.Length || text[column + 1] == ' ');
    }

    /// <summary>A mapping whose first key starts at <paramref name="column"/> of the current line.</summary>
    private YamlMapping? Mapping(int indent, int column)
    {
        if (++_depth > MaxDepth) return null;
        var start = Mark(_line, column);
        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        while (true)
        {
            var colon = KeyEnd(_line, column);
            if (colon < 0) return null;
            var key = LineText(_line)[column..colon];
            foreach (var entry in entries)
                if (key.SequenceEqual(((YamlScalar)entry.Key).Value)) return null;
            var keyNode = new YamlScalar(Mark(_line, column), key.ToString(), ScalarStyle.Plain);
            var value = ValueAfterKey(indent, colon + 1);
            if (value is null) return null;
            entries.Add(new(keyNode, value));

            SkipIgnorable();
            if (_line >= LineCount) break;
            var next = Indent(_line);
            if (next < indent) break;
            if (next > indent) return null;
            column = indent;
        }
        _depth--;
        return new YamlMapping(start, entries);
    }

    /// <summary>The value of a key in a mapping at <paramref name="indent"/>; <paramref name="at"/> is just after the ':'.</summary>
    private YamlValue? ValueAfterKey(int indent, int at)
    {
        var text = LineText(_line);
        var first = at + text[at..].IndexOfAnyExcept(' ');
        if (first < at)
        {
            var empty = Mark(_line, at);
            _line++;
            SkipIgnorable();
            if (_line < LineCount)
            {
                var next = Indent(_line);
                if (next > indent) return Block(next);
                if (next == indent && IsSequenceEntry(_line, next)) return Sequence(next);
            }
            return new YamlScalar(empty, "", ScalarStyle.Plain);
        }
        if (text[first] is '|' or '>') return BlockScalar(indent, first);
        return InlineValue(first);
    }

    /// <summary>A mapping or a list whose first line is the current one, at <paramref name="indent"/>.</summary>
    private YamlValue? Block(int indent) =>
        IsSequenceEntry(_line, indent) ? Sequence(indent) : KeyEnd(_line, indent) > 0 ? Mapping(indent, indent) : null;

    private YamlSequence? Sequence(int indent)
    {
        if (++_depth > MaxDepth) return null;
        var start = Mark(_line, indent);
        var items = new List<YamlValue>();
        while (true)
        {
            var text = LineText(_line);
            var content = indent + 1 + text[(indent + 1)..].IndexOfAnyExcept(' ');
            if (content <= indent) return null;   // "-" alone: an empty or nested item
            YamlValue? item;
            if (IsSequenceEntry(_line, content) || text[content] is '|' or '>') return null;
            if (KeyEnd(_line, content) > 0) item = Mapping(content, content);
            else item = InlineValue(content);
            if (item is null) return null;
            items.Add(item);

            SkipIgnorable();
            if (_line >= LineCount) break;
            var next = Indent(_line);
            if (next < indent || (next == indent && !IsSequenceEntry(_line, next))) break;
            if (next > indent) return null;
        }
        _depth--;
        return new YamlSequence(start, items);
    }

    /// <summary>A scalar or a [list] that ends on the current line; moves to the next line.</summary>
    private YamlValue? InlineValue(int at)
    {
        var text = LineText(_line);
        var (value, end) = text[at] == '[' ? FlowSequence(text, at) : Scalar(text, at, flow: false);
        if (value is null || text[end..].IndexOfAnyExcept(' ') >= 0) return null;
        _line++;
        return value;
    }

    /// <summary>A one-line quoted or plain scalar at <paramref name="at"/>, and where it ends.</summary>
    private (YamlValue?, int) Scalar(ReadOnlySpan<char> text, int at, bool flow)
    {
        if (text[at] == '"') return DoubleQuoted(text, at);
        if (text[at] == '\'') return SingleQuoted(text, at);
        // In a [list], an item starting with '-' or '?' is left to YamlDotNet as well.
        if (!CanStartPlain(text, at) || (flow && text[at] is '-' or '?')) return (null, 0);
        var end = PlainEnd(text, at, flow);
        if (end < 0) return (null, 0);
        var value = text[at..end].TrimEnd(' ');
        if (value.IsEmpty) return (null, 0);
        return (new YamlScalar(Mark(_line, at), value.ToString(), ScalarStyle.Plain), end);
    }

    // YAML's indicators may not start a plain scalar; '-', '?' and ':' may when a non-space follows.
    private static bool CanStartPlain(ReadOnlySpan<char> text, int at) => text[at] switch
    {
        '-' or '?' or ':' => at + 1 < text.Length && text[at + 1] != ' ',
        ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' => false,
        _ => true,
    };

    /// <summary>Where a one-line plain scalar ends, or -1 when it holds what would make it something else.</summary>
    private static int PlainEnd(ReadOnlySpan<char> text, int at, bool flow)
    {
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':' && (i + 1 == text.Length || text[i + 1] == ' ' || flow)) return -1;
            if (c == '#' && text[i - 1] == ' ') return -1;
            if (flow && c is ',' or ']') return i;
            if (flow && c is '[' or '{' or '}') return -1;
        }
        return flow ? -1 : text.Length;
    }

    private (YamlValue?, int) DoubleQuoted(ReadOnlySpan<char> text, int at)
    {
        StringBuilder? escaped = null;
        var run = at + 1;
        for (var i = at + 1; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                var value = escaped is null ? text[run..i].ToString() : escaped.Append(text[run..i]).ToString();
                return (new YamlScalar(Mark(_line, at), value, ScalarStyle.DoubleQuoted), i + 1);
            }
            if (text[i] != '\\') continue;
            if (i + 1 == text.Length) return (null, 0);
            char? replacement = text[i + 1] switch { '\\' => '\\', '"' => '"', '/' => '/', 'n' => '\n', 't' => '\t', _ => null };
            if (replacement is null) return (null, 0);
            (escaped ??= new StringBuilder()).Append(text[run..i]).Append(replacement.Value);
            run = ++i + 1;
        }
        return (null, 0);
    }

    private (YamlValue?, int) SingleQuoted(ReadOnlySpan<char> text, int at)
    {
        StringBuilder? escaped = null;
        var run = at + 1;
        for (var i = at + 1; i < text.Length; i++)
        {
            if (text[i] != '\'') continue;
            if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                (escaped ??= new StringBuilder()).Append(text[run..(i + 1)]);
                run = ++i + 1;
                continue;
            }
            var value = escaped is null ? text[run..i].ToString() : escaped.Append(text[run..i]).ToString();
            return (new YamlScalar(Mark(_line, at), value, ScalarStyle.SingleQuoted), i + 1);
        }
        return (null, 0);
    }

    /// <summary>A one-line <c>[a, "b", c]</c> of scalars.</summary>
    private (YamlValue?, int) FlowSequence(ReadOnlySpan<char> text, int at)
    {
        var items = new List<YamlValue>();
        var i = at + 1;
        while (true)
        {
            var skip = text[i..].IndexOfAnyExcept(' ');
            if (skip < 0) return (null, 0);
            i += skip;
            if (text[i] == ']' && items.Count == 0) return (new YamlSequence(Mark(_line, at), items), i + 1);
            (var item, i) = Scalar(text, i, flow: true);
            if (item is null) return (null, 0);
            items.Add(item);
            skip = text[i..].IndexOfAnyExcept(' ');
            if (skip < 0) return (null, 0);
            i += skip;
            if (text[i] == ']') return (new YamlSequence(Mark(_line, at), items), i + 1);
            if (text[i] != ',') return (null, 0);
            i++;
            // A trailing comma, "[a, ]", is read differently by different YAML readers: leave it to YamlDotNet.
            skip = text[i..].IndexOfAnyExcept(' ');
            if (skip < 0 || text[i + skip] == ']') return (null, 0);
        }
    }

    /// <summary>
    /// A <c>&gt;</c> (folded) or <c>|</c> (literal) scalar, with the default or the <c>-</c> (strip) ending, whose
    /// lines all share one indent; more-indented lines, leading blank lines, lines of spaces and lines that end in a space go
    /// to YamlDotNet.
    /// </summary>
    private YamlScalar? BlockScalar(int indent, int at)
    {
        var header = LineText(_line)[at..].TrimEnd(' ');
        var folded = header[0] == '>';
        var strip = header.Length == 2 && header[1] == '-';
        if (header.Length > 2 || (header.Length == 2 && !strip)) return null;
        var mark = Mark(_line, at);

        var first = _line + 1;
        if (first >= LineCount || LineText(first).IsEmpty) return null;
        var contentIndent = Indent(first);
        if (contentIndent <= indent || contentIndent == LineText(first).Length) return null;

        var value = new StringBuilder();
        var blanks = 0;
        var line = first;
        var last = first;
        for (; line < LineCount; line++)
        {
            var text = LineText(line);
            if (text.IsEmpty) { blanks++; continue; }
            var lineIndent = Indent(line);
            // A line of spaces belongs to the text whatever its indent, by rules of its own.
            if (lineIndent == text.Length) return null;
            if (lineIndent < contentIndent) break;
            // So do more-indented lines and spaces at a line's end.
            if (lineIndent > contentIndent || text[^1] == ' ') return null;
            if (line > first)
            {
                if (!folded) value.Append('\n', blanks + 1);
                else if (blanks == 0) value.Append(' ');
                else value.Append('\n', blanks);
            }
            value.Append(text[contentIndent..]);
            blanks = 0;
            last = line;
        }
        // The default (clip) ending keeps one line break, but only one the text has: a scalar on the text's last
        // line with no break after it ends without one, as YamlDotNet reads it.
        if (!strip && last < LineCount - 1) value.Append('\n');
        _line = last + 1;
        return new YamlScalar(mark, value.ToString(), folded ? ScalarStyle.Folded : ScalarStyle.Literal);
    }
}

using PeerHub.Model;
namespace PeerHub.Content;

/// <summary>A Markdown file split into its YAML front matter and body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Returns null when the file does not start with a <c>---</c> fence or never closes it.</summary>
    public static FrontMatter? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---") return null;
        // Line by line without splitting the whole file: the body, most of a page, is cut out once.
        var start = text.IndexOf('\n') + 1;   // first front matter line
        if (start == 0) return null;
        var line = 2;
        for (var at = start; at <= text.Length; line++)
        {
            var end = text.IndexOf('\n', at);
            var lineEnd = end < 0 ? text.Length : end;
            if (text.AsSpan(at, lineEnd - at).TrimEnd().SequenceEqual("---"))
            {
                var yaml = at == start ? "" : text[start..(at - 1)];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) break;
            at = end + 1;
        }
        return null;
    }

    /// <summary>
    /// The same split straight from a file's UTF-8 bytes, decoding the front matter and the body once each, so the
    /// whole file never becomes a string of its own (on 10,000 pages that was 160 MB more to allocate and copy).
    /// Gives null where the bytes need what <see cref="InputFile.ReadText"/> does first (a byte-order mark, CR, a
    /// bad byte, a fence line with more than ASCII spaces after it), and the caller splits the decoded text.
    /// </summary>
    public static FrontMatter? TrySplitUtf8(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (!span.StartsWith("---\n"u8) || span.IndexOf((byte)'\r') >= 0) return null;
        var start = 4;
        var line = 2;
        for (var at = start; at <= span.Length; line++)
        {
            var end = span[at..].IndexOf((byte)'\n');
            var lineEnd = end < 0 ? span.Length : at + end;
            var text = span[at..lineEnd];
            if (text.StartsWith("---"u8))
            {
                var rest = text[3..];
                if (rest.IndexOfAnyExcept(" \t\v\f"u8) >= 0)
                {
                    // Anything else after the dashes: the string split decides, with .NET's idea of white space.
                    if (rest.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0) return null;
                }
                else
                {
                    var yaml = at == start ? "" : Decode(span[start..(at - 1)]);
                    var body = end < 0 ? "" : Decode(span[(lineEnd + 1)..]);
                    return yaml is null || body is null ? null : new FrontMatter(yaml, 2, body, line + 1);
                }
            }
            if (end < 0) break;
            at = lineEnd + 1;
        }
        return null;
    }

    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try { return InputFile.StrictUtf8.GetString(bytes); }
        catch (System.Text.DecoderFallbackException) { return null; }
    }
}

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
}

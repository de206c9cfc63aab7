namespace PeerHub.Content;

/// <summary>A Markdown file split into its YAML front matter and body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Returns null when the file does not start with a <c>---</c> fence or never closes it.</summary>
    public static FrontMatter? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---") return null;
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "---") continue;
            var yaml = string.Join('\n', lines[1..i]);
            var body = string.Join('\n', lines[(i + 1)..]);
            return new FrontMatter(yaml, 2, body, i + 2);
        }
        return null;
    }
}

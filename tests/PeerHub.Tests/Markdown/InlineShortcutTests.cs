using PeerHub.Markdown;
using PeerHub.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace PeerHub.Tests.Markdown;

/// <summary>Short fields that skip Markdig must come out exactly as Markdig would have rendered them.</summary>
public class InlineShortcutTests
{
    private static readonly MarkdownRenderer Renderer = MarkdownRenderer.Shared;

    private static void AssertSameAsMarkdig(string text)
    {
        if (!MarkdownRenderer.IsPlainText(text.Trim())) return;
        Assert.Equal(Renderer.RenderInlineWithMarkdig(text), Renderer.RenderInline(text));
    }

    /// <summary>Every string scalar in the hub's front matter and data files.</summary>
    private static IEnumerable<string> HubStrings()
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Content, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md") || f.EndsWith(".yml")))
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".md"))
            {
                var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
                if (!text.StartsWith("---") || end < 0) continue;
                text = text[4..end];
            }
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            foreach (var node in yaml.Documents.SelectMany(d => d.AllNodes).OfType<YamlScalarNode>())
                if (node.Value is { } value) yield return value;
        }
    }

    [Fact]
    public void Every_plain_string_in_the_hub_renders_as_markdig_renders_it()
    {
        var strings = HubStrings().ToList();
        var plain = strings.Count(s => MarkdownRenderer.IsPlainText(s.Trim()));
        // The shortcut must actually be taken for much of the hub, or this test proves nothing.
        Assert.True(plain > 500, $"only {plain} of {strings.Count} strings were plain");
        foreach (var s in strings) AssertSameAsMarkdig(s);
    }

    [Theory]
    [InlineData("Ask what would help")]
    [InlineData("A. Listen first, then ask")]
    [InlineData("Setup: read aloud; then wait 10 seconds (no more).")]
    [InlineData("Café talk, naïve questions, señor")]
    [InlineData("Visit www.example.org today")]
    [InlineData("Go to https://example.org now")]
    [InlineData("Call tel:988 or mail mailto:a@b.org")]
    [InlineData("x\u2028y")]
    [InlineData("Say it's OK - really, it's OK...")]
    public void Tricky_strings_take_the_shortcut_only_when_markdig_agrees(string text) => AssertSameAsMarkdig(text);

    [Fact]
    public void Random_strings_that_take_the_shortcut_render_as_markdig_renders_them()
    {
        // Half the strings mostly use characters the shortcut allows, so that it is taken often; half use anything.
        const string everything = "aZé ,.;:'?()-/%$@1234567890ßñ\u00a0\u2014\u2028*_~^+=[]!<>&\\`\"|#{}\n\twwhttp";
        const string mostlyPlain = "abcdeéZ  ,.;:'?()-/%$@1234567890ßñ\u00a0\u2014\u2028wwwhttp:/.tel";
        var random = new Random(20261123);
        var taken = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var alphabet = i % 2 == 0 ? mostlyPlain : everything;
            var chars = new char[random.Next(1, 40)];
            for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            if (MarkdownRenderer.IsPlainText(text.Trim())) taken++;
            AssertSameAsMarkdig(text);
        }
        Assert.True(taken > 3_000, $"only {taken} random strings took the shortcut");
    }
}

using PeerHub.Text;
using PeerHub.Content;
using PeerHub.Tests.Support;
using Xunit;
using PeerHub.Model;

namespace PeerHub.Tests.Html;

/// <summary>
/// Link rewriting and front matter splitting run for every link and file of a build, so they work in place;
/// these tests hold them to the plain split-and-join definitions on fixed cases and thousands of random ones.
/// </summary>
public class PathTests
{
    // The definition: split both paths into segments and climb out of the folders they do not share.
    private static string RelativeByDefinition(string fromDir, string toPath)
    {
        var from = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = toPath.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        var result = string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
        return result.Length == 0 ? "./" : result;
    }

    [Theory]
    [InlineData("models/x/", "css/a.css", "../../css/a.css")]
    [InlineData("models/x/", "models/y/", "../y/")]
    [InlineData("models/x/", "models/x/", "./")]
    [InlineData("models/x/", "models/x/index.html", "index.html")]
    [InlineData("", "css/a.css", "css/a.css")]
    [InlineData("", "", "./")]
    [InlineData("planner/", "models/", "../models/")]
    [InlineData("a/b/c/", "a/b/", "../")]
    public void Relative_links_climb_out_of_the_folders_not_shared(string from, string to, string expected) =>
        Assert.Equal(expected, UrlPath.Relative(from, to));

    [Fact]
    public void Relative_links_match_the_definition_on_random_paths()
    {
        var random = new Random(8);
        string[] names = ["a", "b", "models", "css", "x", "", "index.html"];
        string RandomPath() => string.Join('/', Enumerable.Range(0, random.Next(0, 5)).Select(_ => names[random.Next(names.Length)]))
            + (random.Next(2) == 0 ? "/" : "");
        for (var i = 0; i < 20_000; i++)
        {
            var (from, to) = (RandomPath(), RandomPath());
            Assert.True(RelativeByDefinition(from, to) == UrlPath.Relative(from, to), $"from '{from}' to '{to}'");
        }
    }

    // The definition: split the file into lines and look for the closing fence.
    private static FrontMatter? SplitByDefinition(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---") return null;
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
            if (lines[i].TrimEnd() == "---")
                return new FrontMatter(string.Join('\n', lines[1..i]), 2, string.Join('\n', lines[(i + 1)..]), i + 2);
        return null;
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n", "title: A", "Body\n", 4)]
    [InlineData("---\n---\nBody", "", "Body", 3)]
    [InlineData("---\ntitle: A\n---", "title: A", "", 4)]
    [InlineData("---\na: 1\r\n--- \r\nBody\r\n", "a: 1\r", "Body\r\n", 4)]
    public void Front_matter_and_body_are_cut_at_the_closing_fence(string text, string yaml, string body, int bodyLine)
    {
        var split = FrontMatter.Split(text);
        Assert.NotNull(split);
        Assert.Equal((yaml, 2, body, bodyLine), (split.Yaml, split.YamlLine, split.Body, split.BodyLine));
    }

    [Theory]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("---\ntitle: never closed\n")]
    [InlineData("title: no fence\n---\n")]
    public void A_file_without_a_closed_fence_has_no_front_matter(string text) => Assert.Null(FrontMatter.Split(text));

    [Fact]
    public void Front_matter_matches_the_definition_on_random_files()
    {
        var random = new Random(9);
        string[] lines = ["---", "--- ", "---\r", "title: A", "", "body", "----", " ---"];
        for (var i = 0; i < 20_000; i++)
        {
            var text = (random.Next(4) == 0 ? "" : "---\n") + string.Join('\n', Enumerable.Range(0, random.Next(0, 6)).Select(_ => lines[random.Next(lines.Length)]))
                + (random.Next(2) == 0 ? "\n" : "");
            Assert.True(SplitByDefinition(text) == FrontMatter.Split(text), $"text {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }

    /// <summary>What the loader did before the byte split: decode the whole file, then split the text.</summary>
    private static FrontMatter? SplitDecoded(byte[] bytes) =>
        new InputFile("a.md", "a.md", bytes).ReadText(new PeerHub.Diagnostics.DiagnosticBag()) is { } text ? FrontMatter.Split(text) : null;

    [Fact]
    public void Front_matter_split_from_bytes_equals_the_split_of_the_decoded_text()
    {
        var random = new Random(11);
        string[] lines = ["---", "--- ", "---\t", "---\u00a0", "---\u2003", "---x", "---\r", "title: café", "", "body ✓", "----", " ---", "\uFEFF---"];
        var taken = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = (random.Next(4) == 0 ? "" : "---\n") + string.Join('\n', Enumerable.Range(0, random.Next(0, 6)).Select(_ => lines[random.Next(lines.Length)]))
                + (random.Next(2) == 0 ? "\n" : "");
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            // Now and then a byte that is not UTF-8, which only the whole-file decode may report.
            if (random.Next(10) == 0 && bytes.Length > 0) bytes[random.Next(bytes.Length)] = 0xFF;
            if (FrontMatter.TrySplitUtf8(bytes) is not { } split) continue;
            taken++;
            Assert.True(SplitDecoded(bytes) == split, $"text {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
        // Many random files have no closed fence, a CR or a bad byte, and go the other way; thousands are compared.
        Assert.True(taken > 2_000, $"the byte split took only {taken} files");
        foreach (var file in Directory.EnumerateFiles(Repo.Content, "*.md", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            var split = FrontMatter.TrySplitUtf8(bytes);
            Assert.True(split is not null, $"{file} was not split from its bytes");
            Assert.Equal(SplitDecoded(bytes), split);
        }
    }
}

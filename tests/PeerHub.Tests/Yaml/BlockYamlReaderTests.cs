using System.Text;
using PeerHub.Content;
using PeerHub.Tests.Support;
using PeerHub.Yaml;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace PeerHub.Tests.Yaml;

/// <summary>
/// The block reader is a shortcut past YamlDotNet: wherever it reads a text at all, it must give YamlDotNet's
/// tree exactly (values, styles, and the marks every diagnostic is placed by), and it must read most front matter.
/// </summary>
public class BlockYamlReaderTests
{
    /// <summary>The tree YamlDotNet reads, written out; null when YamlDotNet refuses the text.</summary>
    private static string? YamlDotNetTree(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? "(empty)" : Write(YamlValue.From(stream.Documents[0].RootNode));
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static string Write(YamlValue node)
    {
        var text = new StringBuilder();
        void Walk(YamlValue n, int depth)
        {
            text.Append(' ', depth * 2).Append($"{n.Start.Line}:{n.Start.Column} ");
            switch (n)
            {
                case YamlMapping map:
                    text.Append("map\n");
                    foreach (var (k, v) in map.Children) { Walk(k, depth + 1); Walk(v, depth + 2); }
                    break;
                case YamlSequence seq:
                    text.Append("seq\n");
                    foreach (var item in seq.Children) Walk(item, depth + 1);
                    break;
                case YamlScalar s:
                    text.Append($"{s.Style} [{s.Value?.Replace("\n", "\\n")}]\n");
                    break;
            }
        }
        Walk(node, 0);
        return text.ToString();
    }

    /// <summary>True when the block reader took the text; fails if it took it and read it differently.</summary>
    private static bool AssertSameTree(string text)
    {
        var fast = BlockYamlReader.TryRead(text);
        if (fast is null) return false;
        var expected = YamlDotNetTree(text);
        Assert.True(expected is not null, $"the block reader read YAML that YamlDotNet refuses:\n{text}");
        Assert.True(expected == Write(fast), $"trees differ for:\n{text}\n--- YamlDotNet:\n{expected}\n--- block reader:\n{Write(fast)}");
        return true;
    }

    private static IEnumerable<(string Path, string Yaml)> HubYaml()
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Content, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".yml")) yield return (file, text);
            else if (file.EndsWith(".md") && FrontMatter.Split(text) is { } fm) yield return (file, fm.Yaml);
        }
    }

    [Fact]
    public void Every_hub_file_it_reads_gives_yamldotnets_tree_and_it_reads_nearly_all_of_them()
    {
        var files = HubYaml().ToList();
        var read = files.Where(f => AssertSameTree(f.Yaml)).ToList();
        // The shortcut must be taken for nearly every file, or the load stage gains nothing and this proves nothing.
        Assert.True(read.Count >= files.Count * 8 / 10, $"only {read.Count} of {files.Count} hub files were read by the block reader: " +
            string.Join(", ", files.Except(read).Select(f => Path.GetFileName(f.Path)).Take(20)));
    }

    [Theory]
    [InlineData("title: Hi\nlist:\n- a\n- 'b'' c'\nnext: \"x \\\"y\\\" \\\\ z\"\n")]
    [InlineData("roles:\n  - name: P\n    brief: >\n      one\n      two\n\n      three\n  - name: Q\nlit: |\n  a\n\n  b\n\n\nlast: v")]
    [InlineData("a: >-\n  x\n  y\nb: |-\n  z\n")]
    [InlineData("a: >\n  x\nb: y   \n")]
    [InlineData("models: [a-1, b c, \"d, e\", 'f']\nempty: []\n")]
    [InlineData("# a comment\n\nkey: value with a:colon, commas [and] {braces}\nurl: https://example.org/a#b\n")]
    [InlineData("key:\n\nnext: 1\nnested:\n  deeper:\n    - x\n  also: y\n")]
    [InlineData("s:\n  - name:\n    brief: b\n  - name: c\n    tags:\n    - t\n")]
    [InlineData("trailing:   \nspaces: x   \n")]
    [InlineData("n: ~\nm: null\nq: ''\nd: \"\"\nnum: -5\nq2: ?x\n")]
    [InlineData("title: café naïve señor — “quotes” ✓\n")]
    public void Hand_written_yaml_reads_as_yamldotnet_reads_it(string text) => Assert.True(AssertSameTree(text), "the block reader should take this text");

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]                 // anchors and aliases
    [InlineData("a: !!str 1\n")]                      // tags
    [InlineData("a: 1 # why\n")]                      // a comment after a value
    [InlineData("a: one\n  two\n")]                   // a plain scalar over two lines
    [InlineData("a: \"one\n  two\"\n")]               // a quoted scalar over two lines
    [InlineData("a:\tb\n")]                           // a tab
    [InlineData("a: b\r\nc: d\r\n")]                  // CRLF
    [InlineData("a: 1\na: 2\n")]                      // a duplicate key
    [InlineData("a: {b: 1}\n")]                       // a flow mapping
    [InlineData("a: [b,\n c]\n")]                     // a flow list over two lines
    [InlineData("a: [b, ]\n")]                        // a trailing comma
    [InlineData("a: >\n  x\n    more\n  y\n")]        // a more-indented line in folded text
    [InlineData("a: \"\\u00e9\"\n")]                  // an escape the reader does not decode
    [InlineData("- a\n- b\n")]                        // a list at the top
    [InlineData("a: b: c\n")]                         // a value that looks like a key
    [InlineData("a:\n  - b\n  c: d\n")]               // a key after a list at the list's indent
    [InlineData("a: 'x\n")]                           // an unclosed quote
    [InlineData("a: >\n  x \n  y\n")]               // a space at the end of a line of folded text
    public void Yaml_outside_the_subset_is_left_to_yamldotnet(string text) => Assert.Null(BlockYamlReader.TryRead(text));

    [Fact]
    public void Deep_nesting_and_long_keys_are_left_to_yamldotnet()
    {
        var deep = new StringBuilder();
        for (var level = 0; level < 100; level++) deep.Append(' ', 2 * level).Append("a:\n");
        deep.Append(' ', 200).Append("b: c\n");
        Assert.Null(BlockYamlReader.TryRead(deep.ToString()));
        Assert.NotNull(YamlDotNetTree(deep.ToString()));
        Assert.Null(BlockYamlReader.TryRead(new string('k', 2_000) + ": v\n"));
    }

    [Fact]
    public void Random_block_yaml_reads_as_yamldotnet_reads_it()
    {
        var random = new Random(20261201);
        var taken = 0;
        const int documents = 20_000;
        for (var i = 0; i < documents; i++)
            if (AssertSameTree(RandomYaml.Document(random))) taken++;
        // Many documents are meant to fall outside the subset (or outside YAML); thousands must still be compared.
        Assert.True(taken > documents / 4, $"the block reader took only {taken} of {documents} random documents");
    }

    [Fact]
    public void Mutated_hub_front_matter_is_read_as_yamldotnet_reads_it_or_left_to_it()
    {
        var random = new Random(7);
        var files = HubYaml().Select(f => f.Yaml).ToList();
        var taken = 0;
        for (var i = 0; i < 20_000; i++)
            if (AssertSameTree(RandomYaml.Mutate(files[random.Next(files.Count)], random))) taken++;
        Assert.True(taken > 1_000, $"the block reader took only {taken} mutated files");
    }
}

/// <summary>Random YAML in and around the block reader's subset, and small mutations of real files.</summary>
internal static class RandomYaml
{
    private static readonly string[] Words = ["peer", "helper", "listen", "adult", "safe", "tier", "2", "yes", "null", "~", "a-b", "x_y", "café", "“q”"];
    private static readonly string[] Odd = [":", ": ", " #", "#", "'", "\"", ",", "[", "]", "{", "}", "-", "- ", "&", "*", "!", "|", ">", "\\", "\t", "  ", "?", "%", "@"];

    public static string Document(Random random)
    {
        var text = new StringBuilder();
        Mapping(text, random, 0, depth: 0);
        return text.ToString();
    }

    // Mostly unique keys, with a duplicate or an odd key now and then.
    private static string Key(Random random, int i) =>
        random.Next(30) == 0 ? Words[random.Next(Words.Length)] : $"k{(random.Next(30) == 0 ? 0 : i)}" + (random.Next(4) == 0 ? "_x-y" : "");

    private static string Scalar(Random random)
    {
        var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        if (random.Next(25) == 0) words.Insert(random.Next(words.Count + 1), Odd[random.Next(Odd.Length)]);
        var text = string.Join(random.Next(8) == 0 ? "  " : " ", words);
        return random.Next(5) switch
        {
            0 => "\"" + text.Replace("\\", "\\\\").Replace("\"", random.Next(3) == 0 ? "\"" : "\\\"") + "\"",
            1 => "'" + text.Replace("'", random.Next(3) == 0 ? "'" : "''") + "'",
            _ => text,
        };
    }

    private static void Mapping(StringBuilder text, Random random, int indent, int depth, bool firstInline = false)
    {
        var keys = random.Next(1, 6);
        for (var i = 0; i < keys; i++)
        {
            if (random.Next(10) == 0) text.Append(random.Next(2) == 0 ? "\n" : new string(' ', indent) + "# note\n");
            if (!(firstInline && i == 0)) text.Append(' ', indent + (random.Next(200) == 0 ? 1 : 0));
            text.Append(Key(random, i)).Append(':');
            Value(text, random, indent, depth);
        }
    }

    private static void Value(StringBuilder text, Random random, int indent, int depth)
    {
        switch (depth > 3 ? random.Next(4) : random.Next(9))
        {
            case 0 or 1:
                text.Append(' ').Append(Scalar(random)).Append(random.Next(15) == 0 ? "   " : "").Append('\n');
                break;
            case 2:
                text.Append(" [").Append(string.Join(random.Next(2) == 0 ? ", " : ",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Scalar(random)))).Append("]\n");
                break;
            case 3:
                var folded = random.Next(2) == 0;
                text.Append(' ').Append(folded ? '>' : '|').Append(random.Next(3) == 0 ? "-" : "").Append('\n');
                var inner = indent + 2 + random.Next(2);
                for (var line = random.Next(1, 5); line > 0; line--)
                {
                    if (random.Next(4) == 0) text.Append('\n');
                    text.Append(' ', inner + (random.Next(60) == 0 ? 2 : 0)).Append(Scalar(random).Trim('"', '\'')).Append('\n');
                }
                break;
            case 4:
                text.Append(random.Next(8) == 0 ? "\n" : " \n");
                break;
            case 5 or 6:
                // A list, indented or at the key's own indent.
                var at = random.Next(3) == 0 ? indent : indent + 2;
                text.Append('\n');
                for (var item = random.Next(1, 4); item > 0; item--)
                {
                    text.Append(' ', at).Append("- ");
                    if (random.Next(2) == 0) Mapping(text, random, at + 2, depth + 1, firstInline: true);
                    else text.Append(Scalar(random)).Append('\n');
                }
                break;
            default:
                text.Append('\n');
                Mapping(text, random, indent + 2 + random.Next(2), depth + 1);
                break;
        }
    }

    public static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0 && chars.Length > 0; edits--)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, Odd[random.Next(Odd.Length)]); break;
                case 2: chars.Insert(at, ' '); break;
                default:
                    var lineStart = at == 0 ? 0 : chars.ToString().LastIndexOf('\n', at - 1) + 1;
                    chars.Insert(lineStart, "  ");
                    break;
            }
        }
        return chars.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// Any text, however odd, gives the bytes lunr.js gives: JSON.stringify's escaping (which leaves most
/// characters raw and writes a lone surrogate as <c>\udXXX</c>), V8's toLowerCase, and V8's Math.log for idf.
/// Each case indexes the same documents in C# and in lunr.js under node and compares the JSON byte for byte.
/// </summary>
public sealed class LunrUnicodeConformanceTests
{
    private static readonly SearchField[] Fields = [new("title", 10), new("tags", 5), new("body")];

    /// <summary>Characters a JSON writer or a lower-caser is likely to treat differently from V8, by kind.</summary>
    public static readonly TheoryData<string, string> Adversarial = new()
    {
        { "C0 controls", string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) },
        { "DEL and C1 controls, U+0085", string.Concat(Enumerable.Range(0x7f, 0x21).Select(c => (char)c)) },
        { "JavaScript whitespace outside ASCII", "\u00a0\u1680\u2000\u200a\u202f\u205f\u3000\ufeff" },
        { "line and paragraph separators", "a\u2028b\u2029c" },
        { "private use", "\ue000\uf8ff\U000F0000\U0010FFFD" },
        { "astral characters", "😀𝒳\U0001D400\U00010400\U0001E900" },
        { "lone surrogates", "\ud800x\udbffy\udc00z\udfff\udc00\ud800" },
        { "noncharacters and unassigned", "\ufffe\uffff\ufdd0\u0378\U000E0001\U000E007F" },
        { "HTML and script traps", "</script><!--<script>&amp;'\"\\/" },
        { "newest case pairs", "\ua7cb\ua7cc\ua7da\ua7dc\u1c89\U00010D50\U00010D65\U00016EA0\U00016EB8" },
        { "dotted capital I and final sigma", "İstanbul ΟΔΥΣΣΕΥΣ \U00010400Σ ʰΣ ΑΣ\u0345 Σ\U0001D400 AΣ'" },
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_characters_index_byte_for_byte_like_lunr(string kind, string text)
    {
        Assert.NotNull(kind);

        // Given documents carrying the characters in every place a string reaches the index
        var documents = new List<SearchDocument>
        {
            new("r/" + text, new Dictionary<string, SearchValue>
            {
                ["title"] = "a" + text + "b " + text,
                ["tags"] = new[] { text, "x" + text + "y", text.ToUpperInvariant() },
                ["body"] = string.Join(' ', text.Select((c, i) => "w" + c + "Z" + i)),
            }),
            new(text, new Dictionary<string, SearchValue> { ["title"] = "Q" + text + "Q", ["tags"] = new[] { text + text } }),
            new("plain", new Dictionary<string, SearchValue> { ["title"] = "peer support", ["body"] = text }),
        };

        // Then lunr.js writes the same bytes, including under a field name made of them
        AssertSameBytes(Fields, documents);
        AssertSameBytes([new("f" + text.Replace("/", "", StringComparison.Ordinal)), new("body")], documents.Select(d =>
            new SearchDocument(d.Ref, new Dictionary<string, SearchValue> { ["f" + text.Replace("/", "", StringComparison.Ordinal)] = d.Fields["title"] })).ToList());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_texts_over_the_whole_code_space_index_byte_for_byte_like_lunr(int seed)
    {
        // Given seeded random documents: words of random code points (lone surrogates included), ASCII and
        // the adversarial characters, joined by JavaScript separators
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 120).Select(i => new SearchDocument(
            $"d/{i}/" + RandomWord(random),
            new Dictionary<string, SearchValue>
            {
                ["title"] = RandomText(random, 8),
                ["tags"] = Enumerable.Range(0, random.Next(4)).Select(_ => RandomWord(random)).ToArray(),
                ["body"] = RandomText(random, 60),
            })).ToList();

        // Then lunr.js writes the same bytes
        AssertSameBytes(Fields, documents);
    }

    [Fact]
    public void Lower_casing_matches_javascript_for_every_code_point_and_final_sigma_context()
    {
        // Given node's toLowerCase of every code point, and whether Σ becomes final beside it
        using var temp = new TempDirectory();
        LunrNode.Run("lower", "-", temp.File("lower.txt"));
        var expected = new Dictionary<int, (string Lowered, string Sigma)>();
        foreach (string line in File.ReadAllLines(temp.File("lower.txt")))
        {
            var parts = line.Split(' ');
            string lowered = string.Concat(parts[1].Split(',').Select(u => (char)int.Parse(u, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            expected[int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = (lowered, parts[2]);
        }

        // Then JsText.ToLower agrees on each, alone and in the three final-sigma contexts
        var failures = new List<string>();
        for (int cp = 0; cp <= 0x10ffff; cp++)
        {
            string c = cp is >= 0xd800 and <= 0xdfff ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
            var (lowered, sigma) = expected.TryGetValue(cp, out var e) ? e : (c, "001");
            string ours = JsText.ToLower(c);
            string oursSigma = string.Concat(new[] { c + "Σ", "A" + c + "Σ", "AΣ" + c }.Select(p => JsText.ToLower(p).Contains('ς', StringComparison.Ordinal) ? '1' : '0'));
            if (ours != lowered || oursSigma != sigma)
            {
                failures.Add($"U+{cp:X4}: JavaScript {Hex(lowered)} sigma {sigma}, ours {Hex(ours)} sigma {oursSigma}");
            }
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} code points lower-case differently from node {JsCaseData.UnicodeVersion} tables (regenerate generator/Search/JsCaseData.cs with the command at its top if node was upgraded):\n"
            + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Idf_logarithms_match_javascript_math_log()
    {
        // Given every idf argument for up to 700 documents, df above N too (a term in several fields), and
        // seeded random ones for up to 1,000,000 documents
        var arguments = new List<double>();
        for (int n = 1; n <= 700; n++)
        {
            for (int df = 1; df <= 2 * n; df++)
            {
                arguments.Add(IdfArgument(n, df));
            }
        }

        var random = new Random(5);
        for (int i = 0; i < 300_000; i++)
        {
            int n = random.Next(1, 1_000_001);
            arguments.Add(IdfArgument(n, random.Next(1, n + 1)));
        }

        // When node takes Math.log of each
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("args.bin"), System.Runtime.InteropServices.MemoryMarshal.AsBytes(arguments.ToArray().AsSpan()).ToArray());
        LunrNode.Run("log", temp.File("args.bin"), temp.File("logs.bin"));
        var logs = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(File.ReadAllBytes(temp.File("logs.bin")).AsSpan());

        // Then ours is the same double every time (.NET's Math.Log is not: for N = 3, df = 1 it is one ulp lower)
        Assert.Equal(arguments.Count, logs.Length);
        var failures = new List<string>();
        for (int i = 0; i < arguments.Count; i++)
        {
            double ours = JsMath.Log(arguments[i]);
            if (BitConverter.DoubleToInt64Bits(ours) != BitConverter.DoubleToInt64Bits(logs[i]))
            {
                failures.Add($"log({arguments[i]:R}): JavaScript {logs[i]:R}, ours {ours:R}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {arguments.Count} differ:\n" + string.Join("\n", failures.Take(20)));
        Assert.Equal(0.9808292530117264, JsMath.Log(IdfArgument(3, 1)));
        Assert.NotEqual(0.9808292530117264, Math.Log(IdfArgument(3, 1)));
    }

    [Fact]
    public void Document_store_and_script_form_match_json_stringify_and_run_as_javascript()
    {
        // Given a document store holding every adversarial text, an integer-like URL among them, and grade bands and
        // audiences on every other doc (written only when there are some)
        var texts = Adversarial.Select(row => (string)row[1]).ToList();
        var store = texts.Select((text, i) => new KeyValuePair<string, SiteSearchIndex.StoredDoc>(
                i == 3 ? "7" : $"p/{i}/{text}",
                new SiteSearchIndex.StoredDoc("T" + text, $"p/{i}/", "k" + text, [1, 2], text,
                    i % 2 == 0 ? ["g" + text, "6-8"] : null, i % 2 == 0 ? ["families", "a" + text] : [])))
            .ToList();
        byte[] docs = SiteSearchIndex.StoreJson(store);
        byte[] index = new LunrIndexBuilder().BuildUtf8(Fields, [new SearchDocument("r" + string.Concat(texts), new Dictionary<string, SearchValue> { ["tags"] = texts.ToArray() })]);
        byte[] script = SiteSearchIndex.ScriptForm(index, docs);

        // When node parses the store and runs the script form
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("docs.json"), docs);
        File.WriteAllBytes(temp.File("search-data.js"), script);
        File.WriteAllText(temp.File("check.js"), """
            const fs = require('fs')
            const docs = fs.readFileSync(process.argv[2], 'utf8')
            fs.writeFileSync(process.argv[3], JSON.stringify(JSON.parse(docs)), 'utf8')
            """);
        RunNode(temp.File("check.js"), temp.File("docs.json"), temp.File("docs-stringified.json"));
        LunrNode.Run("script", temp.File("search-data.js"), temp.File("script.json"));
        using var fromScript = JsonDocument.Parse(File.ReadAllText(temp.File("script.json")));

        // Then the store is JSON.stringify's own bytes, the script gives back the same index and store, and it
        // holds nothing that ends a script element or a pre-2019 string literal
        AssertSameBytes(File.ReadAllBytes(temp.File("docs-stringified.json")), docs);
        Assert.Equal(Encoding.UTF8.GetString(index), fromScript.RootElement.GetProperty("index").GetString());
        Assert.Equal(Encoding.UTF8.GetString(docs), fromScript.RootElement.GetProperty("docs").GetString());
        string scriptText = Encoding.UTF8.GetString(script);
        Assert.DoesNotContain("<", scriptText, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", scriptText, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", scriptText, StringComparison.Ordinal);
    }

    private static double IdfArgument(int n, int df) => 1 + Math.Abs((n - df + 0.5) / (df + 0.5));

    private static readonly string[] Pool = Adversarial.Select(row => (string)row[1]).ToArray();

    private static string RandomWord(Random random)
    {
        var word = new StringBuilder();
        int length = random.Next(1, 7);
        for (int i = 0; i < length; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    int cp = random.Next(0x110000);
                    word.Append(cp is >= 0xd800 and <= 0xdfff ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
                    break;
                case 1:
                    word.Append((char)random.Next(0x80, 0x800));
                    break;
                case 2:
                    word.Append((char)(random.Next(2) == 0 ? 'A' + random.Next(26) : 'a' + random.Next(26)));
                    break;
                default:
                    string pick = Pool[random.Next(Pool.Length)];
                    int at = random.Next(pick.Length);
                    word.Append(pick, at, Math.Min(pick.Length - at, random.Next(1, 4)));
                    break;
            }
        }

        return word.ToString();
    }

    private static string RandomText(Random random, int maxWords)
    {
        string[] separators = [" ", " ", " ", "-", "\u3000", "\u2028", "\n", " -- "];
        var text = new StringBuilder();
        int words = random.Next(maxWords + 1);
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(separators[random.Next(separators.Length)]);
            }

            text.Append(RandomWord(random));
        }

        return text.ToString();
    }

    private static void AssertSameBytes(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents)
    {
        byte[] ours = new LunrIndexBuilder().BuildUtf8(fields, documents);
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.File("csharp-index.json"), ours);
        File.WriteAllText(temp.File("request.json"), AsciiRequest(fields, documents, temp.File("csharp-index.json")), Encoding.ASCII);
        LunrNode.Run("index", temp.File("request.json"), temp.File("out"));
        AssertSameBytes(File.ReadAllBytes(temp.File("out/lunr-index.json")), ours);
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        int at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        if (at == expected.Length && at == actual.Length)
        {
            return;
        }

        string Around(byte[] bytes) => Printable(Encoding.UTF8.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 40)));
        Assert.Fail($"first difference at byte {at} of {expected.Length} (JavaScript) and {actual.Length} (ours):\nJavaScript …{Around(expected)}…\nours       …{Around(actual)}…");
    }

    // The request travels as ASCII with every other code unit escaped, so lone surrogates reach node intact
    // (System.Text.Json refuses to write them, and UTF-8 cannot carry them).
    private static string AsciiRequest(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, string csharpIndexPath)
    {
        var json = new StringBuilder("{\"fields\":[");
        json.AppendJoin(',', fields.Select(f => $"{{\"name\":{Quote(f.Name)},\"boost\":{f.Boost.ToString("R", CultureInfo.InvariantCulture)}}}"));
        json.Append("],\"docs\":[");
        json.AppendJoin(',', documents.Select(d =>
        {
            var values = d.Fields.Select(p => Quote(p.Key) + ":" + (p.Value.Items is { } items
                ? "[" + string.Join(',', items.Select(item => Quote(item ?? ""))) + "]"
                : Quote(p.Value.TextValue ?? "")));
            return $"{{\"ref\":{Quote(d.Ref)},\"boost\":{d.Boost.ToString("R", CultureInfo.InvariantCulture)},\"fields\":{{{string.Join(',', values)}}}}}";
        }));
        json.Append("],\"queries\":[],\"csharpIndexPath\":").Append(Quote(csharpIndexPath)).Append('}');
        return json.ToString();
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c is >= ' ' and < '\u007f' and not '"' and not '\\')
            {
                quoted.Append(c);
            }
            else
            {
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return quoted.Append('"').ToString();
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));

    private static string Hex(string text) => string.Join(",", text.Select(c => ((int)c).ToString("x", CultureInfo.InvariantCulture)));

    private static void RunNode(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"node failed: {stderr}");
    }
}

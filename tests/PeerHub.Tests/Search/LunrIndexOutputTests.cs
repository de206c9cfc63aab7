using System.Buffers;
using System.Text;
using System.Text.Json;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// The index writer's shortcuts, each checked against the general code it stands in for: scores printed from
/// their thousandths, strings escaped once and reused, and the output measured before it is written.
/// </summary>
public sealed class LunrIndexOutputTests
{
    private static readonly SearchField[] TitleBody = [new("title"), new("body")];

    [Fact]
    public void Thousandths_are_formatted_as_javascript_formats_the_quotient()
    {
        var random = new Random(11);
        var values = Enumerable.Range(-20_000, 2_100_000).Select(k => (double)k)
            .Concat(Enumerable.Range(0, 100_000).Select(_ => Math.Floor(random.NextDouble() * 1e15) * (random.Next(2) * 2 - 1)))
            .Concat([999_999_999_999_999, 1e15, 1e15 + 2, -1e15, 1e18, 1e24, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity]);
        Span<byte> expected = stackalloc byte[JsNumber.MaxLength];
        Span<byte> actual = stackalloc byte[JsNumber.MaxLength];
        foreach (double k in values)
        {
            int expectedLength = JsNumber.Format(k / 1000, expected);
            int actualLength = JsNumber.FormatThousandths(k, actual);
            Assert.True(expected[..expectedLength].SequenceEqual(actual[..actualLength]),
                $"{k}: {Encoding.ASCII.GetString(actual[..actualLength])}, expected {Encoding.ASCII.GetString(expected[..expectedLength])}");
            Assert.Equal(actualLength, JsNumber.ThousandthsLength(k));
        }
    }

    [Fact]
    public void Refs_and_terms_are_escaped_as_JSON_stringify_escapes_them()
    {
        // Given refs and unsplit list terms with quotes, controls, separators, astral and unassigned characters
        string[] odd = ["q\"q", "b\\b", "c\u0001c", "d\u001fd", "e\u007fe", "f<&'+f", "g\u00e9g", "h\u2028h", "i\u2029i",
            "j\ufeffj", "k\ufffdk", "l\ud83d\ude00l", "m\u0300m", "n\u200bn", "o\uffffo", "p\u0085p", "r\u0378r",
            "s\ud800s", "t\udfffu\udc00\ud800t", "v\ue000\U0010FFFDv", "w\u3000\u00a0w"];
        var docs = odd.Select(s => new SearchDocument("/x/" + s, new Dictionary<string, SearchValue> { ["title"] = new[] { s } })).ToList();

        // When they are indexed
        byte[] index = new LunrIndexBuilder().BuildUtf8(TitleBody, docs);

        // Then each "field/ref" and each term is written exactly as JSON.stringify writes that string
        // (System.Text.Json cannot read a lone surrogate back, so the terms are run through the pipeline here)
        var terms = odd.Select(s => Pipeline.Run(JsText.ToLower(s))!).ToList();
        Assert.Equal(odd.Length, terms.Distinct().Count());
        foreach (string term in terms)
        {
            AssertContains(index, [.. "["u8, .. WriterBytes(term), .. ",{\"_index\":"u8]);
        }

        foreach (var doc in docs)
        {
            AssertContains(index, [.. "["u8, .. WriterBytes("title/" + doc.Ref), .. ",["u8]);
        }
    }

    [Fact]
    public void Every_output_form_has_the_same_bytes()
    {
        var docs = GeneratedCorpus.Create(500);
        byte[] utf8 = new LunrIndexBuilder().BuildUtf8(GeneratedCorpus.Fields, docs);

        var buffer = new ArrayBufferWriter<byte>(16);
        buffer.Write("prefix"u8);
        new LunrIndexBuilder().Build(GeneratedCorpus.Fields, docs, buffer);
        byte[] prefixed = [.. "prefix"u8, .. utf8];
        Assert.Equal(prefixed, buffer.WrittenSpan.ToArray());

        using var stream = new MemoryStream();
        new LunrIndexBuilder().Build(GeneratedCorpus.Fields, docs, stream);
        Assert.Equal(utf8, stream.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(utf8), new LunrIndexBuilder().Build(GeneratedCorpus.Fields, docs));
    }

    [Fact]
    public void A_null_document_is_rejected_and_the_builder_still_works_afterwards()
    {
        // Given a null document among enough others that analysis is still running when it is reached
        var docs = GeneratedCorpus.Create(300);
        var withNull = docs.Take(100).Append(null!).Concat(docs.Skip(100)).ToList();
        var builder = new LunrIndexBuilder();

        // When it is built, Then the null is reported, and the same builder then builds the good set as a new one does
        var error = Assert.Throws<ArgumentException>(() => builder.Build(GeneratedCorpus.Fields, withNull));
        Assert.Contains("null", error.Message);
        Assert.Equal(new LunrIndexBuilder().Build(GeneratedCorpus.Fields, docs), builder.Build(GeneratedCorpus.Fields, docs));
    }

    // JSON.stringify's QuoteJSONString (ES2019), transcribed one code unit at a time, as UTF-8.
    private static byte[] WriterBytes(string value)
    {
        var quoted = new StringBuilder("\"");
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool paired = (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                _ when c < ' ' || (char.IsSurrogate(c) && !paired) => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return Encoding.UTF8.GetBytes(quoted.Append('"').ToString());
    }

    private static void AssertContains(byte[] haystack, byte[] needle) =>
        Assert.True(haystack.AsSpan().IndexOf(needle) >= 0, $"{Encoding.UTF8.GetString(needle)} is not in the index");
}

using System.Text.Json;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// The places where a straightforward .NET port of lunr goes wrong, each pinned by a small case
/// (the conformance tests check the same behaviour against lunr.js at scale).
/// </summary>
public sealed class LunrTrapsTests
{
    private static readonly SearchField[] TitleBody = [new("title"), new("body")];

    [Theory]
    [InlineData("café", "caf")]
    [InlineData("¿qué?", "qu")]
    [InlineData("naïve", "naïve")]
    [InlineData("(note)", "note")]
    [InlineData("_x_", "_x_")]
    [InlineData("—", "")]
    [InlineData("señor", "señor")]
    [InlineData("über", "ber")]
    public void Trimmer_strips_only_ascii_non_word_characters_like_javascript(string token, string trimmed)
    {
        Assert.Equal(trimmed, Trimmer.Trim(token));
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(1.5, 2)]
    [InlineData(0.5, 1)]
    [InlineData(-0.5, 0)]
    [InlineData(-1.5, -1)]
    [InlineData(0.49999999999999994, 0)] // Math.Floor(x + 0.5) gets this one wrong
    [InlineData(4503599627370495.5, 4503599627370496)]
    [InlineData(182.5, 183)] // banker's rounding would give 182
    public void Rounding_is_half_up_like_Math_round(double value, double rounded)
    {
        Assert.Equal(rounded, JsNumber.Round(value));
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.5, "0.5")]
    [InlineData(-0.0, "0")]
    [InlineData(0.001, "0.001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(-2.345e-10, "-2.345e-10")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(double.NaN, "null")]
    public void Numbers_are_formatted_like_javascript(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.ToString(value));
    }

    [Fact]
    public void Inverted_index_is_sorted_by_utf16_code_units()
    {
        // List values keep each element as one token, so the terms are exactly these strings.
        string[] words = ["a\uFFFDb", "aéz", "a𝒳b", "az", "a_", "a1", "ab"];
        var doc = new SearchDocument("d", new Dictionary<string, SearchValue> { ["title"] = words });
        var terms = Terms(new LunrIndexBuilder().Build(TitleBody, [doc]));

        // Ordinal UTF-16 order: digits < '_' < letters < é (U+00E9) < surrogates (D835) < U+FFFD.
        // Culture order would put é beside e, code-point order would put U+FFFD before 𝒳.
        Assert.Equal(["a1", "a_", "ab", "az", "aéz", "a𝒳b", "a\uFFFDb"], terms);
    }

    [Fact]
    public void Term_numbers_follow_first_appearance_not_sort_order()
    {
        var doc = new SearchDocument("d", new Dictionary<string, SearchValue> { ["title"] = "zebra", ["body"] = "apple zebra mango" });
        using var json = JsonDocument.Parse(new LunrIndexBuilder().Build(TitleBody, [doc]));
        var numbers = json.RootElement.GetProperty("invertedIndex").EnumerateArray()
            .ToDictionary(e => e[0].GetString()!, e => e[1].GetProperty("_index").GetInt32());
        Assert.Equal(0, numbers["zebra"]);
        Assert.Equal(1, numbers["appl"]);
        Assert.Equal(2, numbers["mango"]);
    }

    [Fact]
    public void Document_frequency_counts_each_field_a_term_appears_in()
    {
        // One document with "hope" in title and body: lunr counts df = 2 with N = 1, so
        // idf = ln(1 + |(1 - 2 + 0.5) / 2.5|) = ln 1.2 = 0.182 (counting documents would give 0.288).
        var doc = new SearchDocument("d", new Dictionary<string, SearchValue> { ["title"] = "hope", ["body"] = "hope" });
        using var json = JsonDocument.Parse(new LunrIndexBuilder().Build(TitleBody, [doc]));
        var vectors = json.RootElement.GetProperty("fieldVectors");
        Assert.Equal("[\"title/d\",[0,0.182]]", vectors[0].GetRawText());
        Assert.Equal("[\"body/d\",[0,0.182]]", vectors[1].GetRawText());
    }

    [Fact]
    public void List_values_are_single_unsplit_tokens_without_positions()
    {
        var doc = new SearchDocument("d", new Dictionary<string, SearchValue> { ["title"] = new[] { "Tier 2", "Peer-Support", "Tier 2" } });
        string json = new LunrIndexBuilder().Build(TitleBody, [doc]);
        Assert.Contains("[\"peer-support\",{\"_index\":1,\"title\":{\"d\":{\"position\":[null]}},\"body\":{}}]", json);
        Assert.Contains("[\"tier 2\",{\"_index\":0,\"title\":{\"d\":{\"position\":[null,null]}},\"body\":{}}]", json);
    }

    [Fact]
    public void Punctuation_only_token_is_indexed_as_the_empty_term()
    {
        // The trimmer empties "—" but lunr keeps the token: it only drops tokens a function discards.
        var doc = new SearchDocument("d", new Dictionary<string, SearchValue> { ["body"] = "hope — help" });
        string json = new LunrIndexBuilder().Build(TitleBody, [doc]);
        Assert.Contains("[\"\",{\"_index\":1,\"title\":{},\"body\":{\"d\":{\"position\":[[5,1]]}}}]", json);
    }

    [Fact]
    public void Positions_index_into_the_javascript_lower_cased_text()
    {
        // "İ" lower-cases to two code units in JavaScript, shifting every later position by one.
        Assert.Equal("i\u0307stanbul café", JsText.ToLower("İstanbul Café"));
        var spans = new List<TokenSpan>();
        Tokenizer.Tokenize("İstanbul Café", spans);
        Assert.Equal([new TokenSpan(0, 9), new TokenSpan(10, 4)], spans);
        Assert.Equal("οδυσσευς σοφιας", JsText.ToLower("ΟΔΥΣΣΕΥΣ ΣΟΦΙΑΣ"));
    }

    [Fact]
    public void Tokenizer_splits_on_javascript_whitespace_and_hyphens_only()
    {
        Assert.Equal(["red", "flags", "self", "care", "a\u0085b", "x", "y"],
            Tokenizer.TokenStrings("Red-flags\u00a0self--care a\u0085b x\u3000y"));
    }

    [Fact]
    public void Stop_words_are_dropped_before_stemming_and_do_not_count_towards_length()
    {
        var doc = new SearchDocument("d", new Dictionary<string, SearchValue> { ["body"] = "the mentor and the mentee" });
        var terms = Terms(new LunrIndexBuilder().Build(TitleBody, [doc]));
        Assert.Equal(["mente", "mentor"], terms);
    }

    [Fact]
    public void Integer_like_refs_come_first_in_postings_like_javascript_objects()
    {
        SearchDocument Doc(string r) => new(r, new Dictionary<string, SearchValue> { ["body"] = "hope" });
        string json = new LunrIndexBuilder().Build(TitleBody, [Doc("/b/"), Doc("10"), Doc("a"), Doc("2"), Doc("02")]);
        Assert.Contains("\"body\":{\"2\":{\"position\":[[0,4]]},\"10\":{\"position\":[[0,4]]},\"/b/\":{\"position\":[[0,4]]},\"a\":", json);
        Assert.Contains("\"a\":{\"position\":[[0,4]]},\"02\":", json);
    }

    [Fact]
    public void Zero_boost_means_no_boost_as_in_lunr()
    {
        var docs = new[] { new SearchDocument("d", new Dictionary<string, SearchValue> { ["title"] = "hope", ["body"] = "help hope" }, Boost: 0) };
        string zero = new LunrIndexBuilder().Build([new SearchField("title", 0), new SearchField("body")], docs);
        string one = new LunrIndexBuilder().Build(TitleBody, [docs[0] with { Boost = 1 }]);
        Assert.Equal(one, zero);
    }

    [Fact]
    public void Builds_are_deterministic_and_a_builder_can_be_reused()
    {
        var builder = new LunrIndexBuilder();
        var docs = GeneratedCorpus.Create(300);
        string first = builder.Build(GeneratedCorpus.Fields, docs);
        builder.Build(PeerSupportCorpus.Fields, PeerSupportCorpus.Documents);
        string again = builder.Build(GeneratedCorpus.Fields, docs);
        Assert.Equal(first, again);
        Assert.Equal(first, new LunrIndexBuilder().Build(GeneratedCorpus.Fields, docs));

        using var stream = new MemoryStream();
        builder.Build(GeneratedCorpus.Fields, docs, stream);
        Assert.Equal(first, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Missing_and_empty_fields_still_get_an_empty_vector()
    {
        var doc = new SearchDocument("d", new Dictionary<string, SearchValue> { ["title"] = "" });
        string json = new LunrIndexBuilder().Build(TitleBody, [doc]);
        Assert.Equal("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[[\"title/d\",[]],[\"body/d\",[]]],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}", json);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    [InlineData("")]
    [InlineData("7")]
    public void Unusable_field_names_are_rejected_with_a_reason(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new LunrIndexBuilder().Build([new SearchField(name)], []));
        Assert.Contains(name, error.Message);
    }

    [Fact]
    public void Duplicate_refs_are_rejected()
    {
        var doc = new SearchDocument("/same/", new Dictionary<string, SearchValue>());
        var error = Assert.Throws<ArgumentException>(() => new LunrIndexBuilder().Build(TitleBody, [doc, doc]));
        Assert.Contains("/same/", error.Message);
    }

    private static List<string> Terms(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(e => e[0].GetString()!).ToList();
    }
}

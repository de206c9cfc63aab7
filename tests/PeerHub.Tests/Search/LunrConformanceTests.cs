using System.Text;
using System.Text.Json;
using PeerHub.Search;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// Builds each corpus in C# and with lunr.js 2.3.9 itself (under node), then checks that
/// lunr.Index.load accepts our JSON, that both indexes are structurally equal, and that every query
/// returns the same refs, in the same order, with the same scores and match positions.
/// </summary>
public sealed class LunrConformanceTests
{
    [Fact]
    public void Peer_support_corpus_index_matches_lunr_and_answers_queries_identically()
    {
        var report = AssertConformance(PeerSupportCorpus.Fields, PeerSupportCorpus.Documents, PeerSupportCorpus.Queries);
        Assert.True(PeerSupportCorpus.Queries.Length >= 60);
        Assert.True(report.QueriesWithHits >= 50, $"only {report.QueriesWithHits} queries found anything");
    }

    [Fact]
    public void Generated_corpus_of_2000_documents_matches_lunr_and_answers_queries_identically()
    {
        var documents = GeneratedCorpus.Create(2000);
        var queries = GeneratedCorpus.Queries(120);
        var report = AssertConformance(GeneratedCorpus.Fields, documents, queries);
        Assert.True(report.QueriesWithHits >= 80, $"only {report.QueriesWithHits} queries found anything");
    }

    [Fact]
    public void Index_with_positions_only_for_highlighted_fields_matches_lunr_with_the_others_deleted()
    {
        // The site keeps positions only for what the results list highlights; the rest is lunr's own index.
        var only = new HashSet<string>(StringComparer.Ordinal) { "title" };
        var report = AssertConformance(PeerSupportCorpus.Fields, PeerSupportCorpus.Documents, PeerSupportCorpus.Queries, only);
        Assert.True(report.QueriesWithHits >= 50, $"only {report.QueriesWithHits} queries found anything");
        string full = new LunrIndexBuilder().Build(PeerSupportCorpus.Fields, PeerSupportCorpus.Documents);
        string trimmed = new LunrIndexBuilder(positionFields: only).Build(PeerSupportCorpus.Fields, PeerSupportCorpus.Documents);
        Assert.True(trimmed.Length < full.Length, $"{trimmed.Length} bytes with title positions only, {full.Length} with all");
    }

    [Fact]
    public void Index_without_positions_matches_lunr_structure_for_empty_metadata()
    {
        // Not compared against node (lunr's side always whitelists position); checks the shape.
        var builder = new LunrIndexBuilder(storePositions: false);
        string json = builder.Build(PeerSupportCorpus.Fields, PeerSupportCorpus.Documents);
        using var doc = JsonDocument.Parse(json);
        foreach (var entry in doc.RootElement.GetProperty("invertedIndex").EnumerateArray())
        {
            foreach (var field in entry[1].EnumerateObject())
            {
                if (field.Name == "_index")
                {
                    continue;
                }

                foreach (var posting in field.Value.EnumerateObject())
                {
                    Assert.Equal(JsonValueKind.Object, posting.Value.ValueKind);
                    Assert.Empty(posting.Value.EnumerateObject());
                }
            }
        }
    }

    /// <param name="Refs">For each query, the refs lunr.js found, best first (empty when it threw).</param>
    internal sealed record Report(int QueriesWithHits, int QueriesCompared, IReadOnlyDictionary<string, IReadOnlyList<string>> Refs);

    /// <summary>
    /// Indexes the documents in C# and with lunr.js (with lunr-languages' plugin for a language other than English),
    /// asserts both indexes are the same bytes, and that every query answers the same from both.
    /// </summary>
    internal static Report AssertConformance(IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, IReadOnlyList<string> queries,
        IReadOnlySet<string>? positionFields = null, SearchLanguage? language = null)
    {
        // Given the same documents indexed by PeerHub and by lunr.js
        string csharpJson = new LunrIndexBuilder(positionFields: positionFields, language: language).Build(fields, documents);
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("csharp-index.json"), csharpJson, new UTF8Encoding(false));
        WriteRequest(temp.File("request.json"), fields, documents, queries, temp.File("csharp-index.json"), positionFields, language);

        // When node loads ours, builds its own and runs every query against both
        LunrNode.Run("index", temp.File("request.json"), temp.File("out"));
        string lunrJson = File.ReadAllText(temp.File("out/lunr-index.json"));
        using var results = JsonDocument.Parse(File.ReadAllText(temp.File("out/results.json")));

        // Then the indexes are equal in structure, and byte for byte once JSON-normalised
        AssertIndexesEqual(lunrJson, csharpJson);
        Assert.True(results.RootElement.GetProperty("normalisedEqual").GetBoolean(),
            "JSON.stringify(JSON.parse(csharp)) differs from lunr's JSON.stringify(index)");
        Assert.Equal(lunrJson, csharpJson);

        // And every query answers the same
        int withHits = 0, compared = 0;
        var refs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var result in results.RootElement.GetProperty("results").EnumerateArray())
        {
            string query = result.GetProperty("query").GetString()!;
            var expected = result.GetProperty("lunr");
            var actual = result.GetProperty("csharp");
            compared++;
            string? problem = CompareQuery(expected, actual);
            if (problem is not null)
            {
                failures.Add($"query `{query}`: {problem}");
            }

            if (expected.TryGetProperty("hits", out var hits) && hits.GetArrayLength() > 0)
            {
                withHits++;
            }

            refs[query] = expected.TryGetProperty("hits", out hits) ? hits.EnumerateArray().Select(h => h.GetProperty("ref").GetString()!).ToList() : [];
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        return new Report(withHits, compared, refs);
    }

    private static string? CompareQuery(JsonElement expected, JsonElement actual)
    {
        bool expectedError = expected.TryGetProperty("error", out var expectedMessage);
        bool actualError = actual.TryGetProperty("error", out var actualMessage);
        if (expectedError || actualError)
        {
            return expectedError && actualError && expectedMessage.GetString() == actualMessage.GetString()
                ? null
                : $"lunr gave {expected}, ours gave {actual}";
        }

        var e = expected.GetProperty("hits");
        var a = actual.GetProperty("hits");
        if (e.GetArrayLength() != a.GetArrayLength())
        {
            return $"lunr found {e.GetArrayLength()} documents, ours {a.GetArrayLength()}";
        }

        for (int i = 0; i < e.GetArrayLength(); i++)
        {
            string? expectedRef = e[i].GetProperty("ref").GetString();
            string? actualRef = a[i].GetProperty("ref").GetString();
            if (expectedRef != actualRef)
            {
                return $"hit {i}: lunr {expectedRef}, ours {actualRef}";
            }

            double expectedScore = e[i].GetProperty("score").GetDouble();
            double actualScore = a[i].GetProperty("score").GetDouble();
            if (Math.Abs(expectedScore - actualScore) > 1e-6)
            {
                return $"hit {i} ({expectedRef}): lunr score {expectedScore}, ours {actualScore}";
            }

            string expectedMatch = e[i].GetProperty("matchData").GetRawText();
            string actualMatch = a[i].GetProperty("matchData").GetRawText();
            if (expectedMatch != actualMatch)
            {
                return $"hit {i} ({expectedRef}): lunr matchData {expectedMatch}, ours {actualMatch}";
            }
        }

        return null;
    }

    /// <summary>fieldVectors and invertedIndex equal, scores to 1e-9, everything else exactly.</summary>
    internal static void AssertIndexesEqual(string expectedJson, string actualJson)
    {
        using var expectedDoc = JsonDocument.Parse(expectedJson);
        using var actualDoc = JsonDocument.Parse(actualJson);
        var expected = expectedDoc.RootElement;
        var actual = actualDoc.RootElement;
        Assert.Equal(
            expected.EnumerateObject().Select(p => p.Name).ToArray(),
            actual.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(expected.GetProperty("version").GetString(), actual.GetProperty("version").GetString());
        Assert.Equal(expected.GetProperty("fields").GetRawText(), actual.GetProperty("fields").GetRawText());
        Assert.Equal(expected.GetProperty("pipeline").GetRawText(), actual.GetProperty("pipeline").GetRawText());

        var expectedVectors = expected.GetProperty("fieldVectors");
        var actualVectors = actual.GetProperty("fieldVectors");
        Assert.Equal(expectedVectors.GetArrayLength(), actualVectors.GetArrayLength());
        for (int i = 0; i < expectedVectors.GetArrayLength(); i++)
        {
            string fieldRef = expectedVectors[i][0].GetString()!;
            Assert.Equal(fieldRef, actualVectors[i][0].GetString());
            var e = expectedVectors[i][1];
            var a = actualVectors[i][1];
            Assert.True(e.GetArrayLength() == a.GetArrayLength(), $"vector {fieldRef}: lunr has {e.GetArrayLength() / 2} terms, ours {a.GetArrayLength() / 2}");
            for (int j = 0; j < e.GetArrayLength(); j += 2)
            {
                Assert.True(e[j].GetInt32() == a[j].GetInt32(), $"vector {fieldRef}, entry {j / 2}: term {e[j]} vs {a[j]}");
                Assert.True(Math.Abs(e[j + 1].GetDouble() - a[j + 1].GetDouble()) <= 1e-9, $"vector {fieldRef}, term {e[j]}: lunr score {e[j + 1]}, ours {a[j + 1]}");
            }
        }

        var expectedIndex = expected.GetProperty("invertedIndex");
        var actualIndex = actual.GetProperty("invertedIndex");
        Assert.Equal(expectedIndex.GetArrayLength(), actualIndex.GetArrayLength());
        for (int i = 0; i < expectedIndex.GetArrayLength(); i++)
        {
            string term = expectedIndex[i][0].GetString()!;
            Assert.Equal(term, actualIndex[i][0].GetString());
            Assert.True(JsonElement.DeepEquals(expectedIndex[i][1], actualIndex[i][1]),
                $"posting of `{term}`:\nlunr {expectedIndex[i][1]}\nours {actualIndex[i][1]}");
        }
    }

    private static void WriteRequest(string path, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents, IReadOnlyList<string> queries, string csharpIndexPath,
        IReadOnlySet<string>? positionFields, SearchLanguage? language)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        if (language is not null)
        {
            writer.WriteString("language", language.Name);
        }

        writer.WriteStartArray("fields");
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteNumber("boost", field.Boost);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("docs");
        foreach (var document in documents)
        {
            writer.WriteStartObject();
            writer.WriteString("ref", document.Ref);
            writer.WriteNumber("boost", document.Boost);
            writer.WriteStartObject("fields");
            foreach (var (name, value) in document.Fields)
            {
                if (value.Items is { } items)
                {
                    writer.WriteStartArray(name);
                    foreach (string? item in items)
                    {
                        writer.WriteStringValue(item);
                    }

                    writer.WriteEndArray();
                }
                else if (value.TextValue is { } text)
                {
                    writer.WriteString(name, text);
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("queries");
        foreach (string query in queries)
        {
            writer.WriteStringValue(query);
        }

        writer.WriteEndArray();
        writer.WriteString("csharpIndexPath", csharpIndexPath);
        if (positionFields is not null)
        {
            writer.WriteStartArray("positionFields");
            foreach (string field in positionFields)
            {
                writer.WriteStringValue(field);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}

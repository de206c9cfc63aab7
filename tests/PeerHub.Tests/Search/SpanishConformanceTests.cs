using System.Text.Json;
using PeerHub.Search;
using Xunit;
using Xunit.Abstractions;

namespace PeerHub.Tests.Search;

/// <summary>
/// A Spanish index built in C# with <see cref="SearchLanguage.Spanish"/> against lunr.js 2.3.9 with lunr-languages
/// 1.22.0's <c>this.use(lunr.es)</c> under node: the same bytes, and every query answered the same from both (refs,
/// order, scores and match positions), the C# one loaded with <c>lunr.Index.load</c> as the browser loads it.
/// </summary>
public sealed class SpanishConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Spanish_corpus_index_matches_lunr_es_byte_for_byte_and_answers_queries_identically()
    {
        LunrNode.RequireLunrLanguages();
        Assert.True(SpanishCorpus.Documents.Count >= 30);
        Assert.True(SpanishCorpus.Queries.Count >= 100);

        var report = LunrConformanceTests.AssertConformance(SpanishCorpus.Fields, SpanishCorpus.Documents, SpanishCorpus.Queries,
            language: SearchLanguage.Spanish);

        Assert.Equal(SpanishCorpus.Queries.Count, report.QueriesCompared);
        Assert.True(report.QueriesWithHits >= 100, $"only {report.QueriesWithHits} queries found anything");
        output.WriteLine($"{report.QueriesCompared} Spanish queries compared over {SpanishCorpus.Documents.Count} documents, {report.QueriesWithHits} with hits");

        // What the Spanish pipeline is for: a gerund finds the pages that use the infinitive, plurals the singular,
        // an accented word its accented forms (accents are not folded, so the unaccented spelling is another word).
        string[] saysEscuchar = ["guias/escucha-activa/", "guias/tristeza/"];
        Assert.All(saysEscuchar, r => Assert.Contains(r, report.Refs["escuchando"]));
        Assert.Equal(report.Refs["escuchar"], report.Refs["escuchando"]);
        Assert.Contains("guias/confidencialidad/", report.Refs["confidencialidad"]);
        Assert.Equal("guias/confidencialidad/", report.Refs["confidencialidad"][0]);
        Assert.Contains("guias/pedir-ayuda/", report.Refs["ayuda"]);
        Assert.Equal(report.Refs["ayuda"], report.Refs["ayudar"]);
        Assert.Equal(report.Refs["compañero"], report.Refs["compañeros"]);
        Assert.Contains("guias/mediacion/", report.Refs["mediación"]);
        Assert.Contains("guias/mediacion/", report.Refs["mediacion~1"]);
        Assert.Contains("guias/tecnologia/", report.Refs["tecnología"]);
        Assert.DoesNotContain("guias/tecnologia/", report.Refs["tecnologia"]);
        Assert.Empty(report.Refs["+de +la"]); // stop words are not in the index, and the search pipeline keeps them
        Assert.Contains("guias/tutoria-entre-iguales/", report.Refs["2024-2025"]);
    }

    [Fact]
    public void Spanish_index_with_positions_only_for_highlighted_fields_matches_lunr_es()
    {
        // The site's configuration: positions only for what the results list highlights.
        LunrNode.RequireLunrLanguages();
        var report = LunrConformanceTests.AssertConformance(SpanishCorpus.Fields, SpanishCorpus.Documents, SpanishCorpus.Queries,
            SiteSearchIndex.HighlightedFields, SearchLanguage.Spanish);
        Assert.Equal(SpanishCorpus.Queries.Count, report.QueriesCompared);
    }

    [Fact]
    public void Generated_corpus_in_the_spanish_pipeline_matches_lunr_es()
    {
        // English text of 500 generated documents through the Spanish pipeline: many more distinct tokens, digits,
        // punctuation and non-Latin words, to catch what the short corpus does not.
        LunrNode.RequireLunrLanguages();
        var report = LunrConformanceTests.AssertConformance(GeneratedCorpus.Fields, GeneratedCorpus.Create(500), GeneratedCorpus.Queries(60),
            language: SearchLanguage.Spanish);
        Assert.True(report.QueriesWithHits >= 30, $"only {report.QueriesWithHits} queries found anything");
    }

    [Fact]
    public void Spanish_index_serialises_the_search_pipeline_and_english_stays_as_it_was()
    {
        var documents = SpanishCorpus.Documents;
        using var spanish = JsonDocument.Parse(new LunrIndexBuilder(language: SearchLanguage.Spanish).Build(SpanishCorpus.Fields, documents));
        Assert.Equal("[\"trimmer-es\",\"stemmer-es\"]", spanish.RootElement.GetProperty("pipeline").GetRawText());
        var terms = spanish.RootElement.GetProperty("invertedIndex").EnumerateArray().Select(e => e[0].GetString()).ToHashSet();
        Assert.Contains("escuch", terms);
        Assert.Contains("compañer", terms);
        Assert.Contains("2024", terms);
        Assert.DoesNotContain("de", terms);

        // The default and an explicit English are the same builder.
        string english = new LunrIndexBuilder().Build(SpanishCorpus.Fields, documents);
        Assert.Equal(english, new LunrIndexBuilder(language: SearchLanguage.English).Build(SpanishCorpus.Fields, documents));
        Assert.Contains("\"pipeline\":[\"stemmer\"]}", english);
        Assert.NotEqual(english, spanish.RootElement.GetRawText());
    }
}

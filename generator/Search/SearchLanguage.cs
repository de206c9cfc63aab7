using PeerHub.Model;

namespace PeerHub.Search;

/// <summary>
/// The language of a search index: the pipelines lunr runs on its tokens. The indexing pipeline turns each token of
/// the documents into the term stored; the search pipeline does the same to each term of a query in the browser, and
/// its labels are what the index's <c>"pipeline"</c> holds, so <c>lunr.Index.load</c> can find the registered
/// functions. Tokenizing (lower-casing, splitting on whitespace and hyphens) is lunr's own in every language.
/// </summary>
/// <remarks>
/// Pass one to <see cref="LunrIndexBuilder"/> (English when none is given). A language other than English needs
/// its lunr-languages files loaded in the browser after lunr.js and before <c>lunr.Index.load</c>:
/// <see cref="BrowserScripts"/> lists them as the theme publishes them.
/// </remarks>
public sealed class SearchLanguage
{
    private readonly Func<ReadOnlySpan<char>, string?> _index;
    private readonly Func<ReadOnlySpan<char>, string> _search;

    private SearchLanguage(string name, IReadOnlyList<string> indexPipeline, IReadOnlyList<string> searchPipeline,
        IReadOnlyList<string> browserScripts, Func<ReadOnlySpan<char>, string?> index, Func<ReadOnlySpan<char>, string> search)
    {
        Name = name;
        IndexPipeline = indexPipeline;
        SearchPipeline = searchPipeline;
        BrowserScripts = browserScripts;
        _index = index;
        _search = search;
    }

    /// <summary>
    /// lunr.js 2.3.9's defaults: index with trimmer, stopWordFilter, stemmer (Porter, as lunr implements it); search
    /// with stemmer.
    /// </summary>
    public static SearchLanguage English { get; } = new(
        "en",
        ["trimmer", "stopWordFilter", "stemmer"],
        Pipeline.SearchPipelineLabels,
        [],
        Pipeline.Run,
        token => PorterStemmer.Stem(token.ToString()));

    /// <summary>
    /// lunr-languages 1.22.0's Spanish, what <c>this.use(lunr.es)</c> sets: index with trimmer-es, stopWordFilter-es,
    /// stemmer-es; search with trimmer-es, stemmer-es. No accent folding: lunr.es's <c>accentFold-es</c> is opt-in and
    /// its default pipelines leave it out, so "niños" is indexed as "niñ" and "tecnologia" does not find "tecnología".
    /// The stemmer itself drops the acute accent of a, e, i, o, u from the stem it returns, so "límites" and "limites"
    /// are both "limit"; ñ and ü stay.
    /// </summary>
    public static SearchLanguage Spanish { get; } = new(
        "es",
        ["trimmer-es", "stopWordFilter-es", "stemmer-es"],
        ["trimmer-es", "stemmer-es"],
        [OutputPath(ThemePackageFile.LunrStemmerSupport), OutputPath(ThemePackageFile.LunrSpanish)],
        RunSpanishIndexPipeline,
        token => SpanishStemmer.Stem(SpanishTrimmer.Trim(token)));

    /// <summary>The languages there are, by <see cref="Name"/>.</summary>
    public static IReadOnlyList<SearchLanguage> All { get; } = [English, Spanish];

    /// <summary>The language code: "en", "es".</summary>
    public string Name { get; }

    /// <summary>The labels of the indexing pipeline, in the order it runs.</summary>
    public IReadOnlyList<string> IndexPipeline { get; }

    /// <summary>The labels of the search pipeline, in the order it runs: the index's serialised <c>"pipeline"</c>.</summary>
    public IReadOnlyList<string> SearchPipeline { get; }

    /// <summary>
    /// The scripts (output paths, in load order) the browser must run after lunr.min.js and before
    /// <c>lunr.Index.load</c> to register this language's pipeline functions; none for English.
    /// </summary>
    public IReadOnlyList<string> BrowserScripts { get; }

    /// <summary>The language named <paramref name="name"/> (a site's language code, "es" or "es-MX" alike), or null.</summary>
    public static SearchLanguage? Find(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        int dash = name.IndexOfAny(['-', '_']);
        var code = dash < 0 ? name : name[..dash];
        return All.FirstOrDefault(l => string.Equals(l.Name, code, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Runs the indexing pipeline on one lower-cased token: the term stored, or null when the stop-word filter drops
    /// it. A token of punctuation only yields "" and is kept, as lunr keeps it.
    /// </summary>
    internal string? RunIndexPipeline(ReadOnlySpan<char> token) => _index(token);

    /// <summary>Runs the search pipeline on one lower-cased query term (no stop-word filter).</summary>
    internal string RunSearchPipeline(ReadOnlySpan<char> token) => _search(token);

    public override string ToString() => Name;

    // A theme's static file is published at its path without "static/".
    private static string OutputPath(ThemePackageFile file) => file.ThemePath["static/".Length..];

    private static string? RunSpanishIndexPipeline(ReadOnlySpan<char> token)
    {
        var trimmed = SpanishTrimmer.Trim(token);
        return SpanishStopWordFilter.IsStopWord(trimmed) ? null : SpanishStemmer.Stem(trimmed);
    }
}

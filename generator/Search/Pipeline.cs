namespace PeerHub.Search;

/// <summary>
/// lunr's default pipelines, the English ones (<see cref="SearchLanguage.English"/>; other languages are in
/// <see cref="SearchLanguage"/>). Indexing runs trimmer, stop-word filter, stemmer on every token; the
/// search pipeline the browser runs on queries is the stemmer alone, and only its labels are stored
/// in the index (an unregistered label would make <c>lunr.Index.load</c> throw).
/// </summary>
internal static class Pipeline
{
    /// <summary>Labels of the search pipeline, as serialised in the index.</summary>
    public static readonly IReadOnlyList<string> SearchPipelineLabels = ["stemmer"];

    /// <summary>
    /// Runs the indexing pipeline on one token (already lower-cased by the tokenizer).
    /// </summary>
    /// <returns>
    /// The term to index, or null when the stop-word filter drops it. A token of punctuation only
    /// yields "" and is kept: lunr drops a token only when a function returns nothing, and the trimmer
    /// returns the (now empty) token itself.
    /// </returns>
    public static string? Run(ReadOnlySpan<char> token)
    {
        var trimmed = Trimmer.Trim(token);
        if (StopWordFilter.IsStopWord(trimmed))
        {
            return null;
        }

        return PorterStemmer.Stem(trimmed.ToString());
    }
}

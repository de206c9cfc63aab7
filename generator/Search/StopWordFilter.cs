using System.Collections.Frozen;

namespace PeerHub.Search;

/// <summary>
/// lunr's English stop-word filter: drops a token that equals one of its 119 words exactly (after the
/// trimmer, before the stemmer). Only the indexing pipeline has it; the search pipeline does not,
/// so a query for a stop word finds nothing rather than everything.
/// </summary>
internal static class StopWordFilter
{
    /// <summary>The list, in lunr 2.3.9's order.</summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did",
        "do", "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have",
        "he", "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
        "just", "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither",
        "no", "nor", "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather",
        "said", "say", "says", "she", "should", "since", "so", "some", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "yet", "you", "your",
    ];

    private static readonly FrozenSet<string> Set = Words.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when lunr would drop this (already trimmed) token.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> token) => token.Length <= 7 && SpanSet.Contains(token);
}

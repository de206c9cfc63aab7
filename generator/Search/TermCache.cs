using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace PeerHub.Search;

/// <summary>A term the indexing pipeline produced, shared by every token that yields it.</summary>
internal sealed class Term(string text, int key)
{
    /// <summary>The term as indexed: trimmed and stemmed.</summary>
    public string Text { get; } = text;

    /// <summary>
    /// A dense number in creation order, for indexing per-thread scratch arrays. Threads race to create terms,
    /// so it differs from run to run and must never reach the output.
    /// </summary>
    public int Key { get; } = key;

    /// <summary>lunr's term number, handed out in first-seen document order; -1 until then.</summary>
    public int Number = -1;
}

/// <summary>
/// Maps raw tokens to pipeline results for the threads that analyse documents, for one build and so one language.
/// Lookups take no lock; a token not seen before runs the language's indexing pipeline (trimmer, stop words, stemmer)
/// and is added under a lock, so the
/// pipeline runs about once per distinct spelling and tokens with the same result share one <see cref="Term"/>.
/// </summary>
internal sealed class TermCache
{
    private readonly ConcurrentDictionary<string, Term?> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Term?>.AlternateLookup<ReadOnlySpan<char>> _tokens;
    private readonly Dictionary<string, Term> _byText = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private readonly SearchLanguage _language;

    public TermCache(SearchLanguage language)
    {
        _language = language;
        _tokens = _byToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The term for a lower-cased token, or null when the stop-word filter drops it.</summary>
    // Hot, and run once per build: compiled optimised from the first call rather than as tier-0 code first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term? Resolve(ReadOnlySpan<char> token) => _tokens.TryGetValue(token, out var term) ? term : Add(token);

    private Term? Add(ReadOnlySpan<char> token)
    {
        // The pipeline is pure, so it runs outside the lock; a thread that lost the race finds the term by its text.
        string? text = _language.RunIndexPipeline(token);
        lock (_gate)
        {
            Term? term = null;
            if (text is not null && !_byText.TryGetValue(text, out term))
            {
                term = new Term(text, _byText.Count);
                _byText.Add(text, term);
            }

            _tokens.TryAdd(token, term);
            return term;
        }
    }
}

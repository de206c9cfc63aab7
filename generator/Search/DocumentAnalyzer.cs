using System.Runtime.CompilerServices;

namespace PeerHub.Search;

/// <summary>
/// One document reduced to what lunr's ordered indexing pass needs: per field, the distinct terms in order of
/// first appearance, their frequencies, and (for fields that keep them) their token positions grouped by term.
/// Instances are reused from batch to batch.
/// </summary>
internal sealed class AnalysedDocument
{
    /// <summary>The document, or null for a null entry (the ordered pass reports it).</summary>
    public SearchDocument? Source;

    /// <summary>Distinct terms of each field, field after field; <see cref="FieldEnd"/> marks where each ends.</summary>
    public Term[] Terms = new Term[64];
    public int[] Frequencies = new int[64];
    public int TermCount;

    /// <summary>(start, length) pairs: each distinct term's tokens in order, terms as in <see cref="Terms"/>.</summary>
    public int[] Positions = new int[64];
    public int PositionCount;

    public int[] FieldEnd = [];

    /// <summary>Tokens per field once stop words are gone: the field length BM25 normalises by.</summary>
    public int[] FieldLength = [];
}

/// <summary>
/// Tokenizes a document's fields and runs the pipeline on them without touching the index, so documents can be
/// analysed on several threads while term numbering stays with the ordered pass. One instance per thread.
/// </summary>
internal sealed class DocumentAnalyzer(TermCache cache, string[] fieldNames, bool[] fieldKeepsPositions)
{
    private readonly List<TokenSpan> _spans = new();
    private char[] _lowered = new char[4096];
    private char[] _decoded = new char[4096];
    private Term[] _tokenTerms = new Term[256];
    private int[] _tokenStarts = new int[256];
    private int[] _tokenLengths = new int[256];
    private int _tokenCount;

    // Indexed by Term.Key: occurrences in the current field, then where each term's next position goes.
    private int[] _frequency = new int[1024];
    private int[] _cursor = new int[1024];

    // Hot, and run once per build: compiled optimised from the first call rather than as tier-0 code first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Analyse(SearchDocument? document, AnalysedDocument into)
    {
        into.Source = document;
        into.TermCount = 0;
        into.PositionCount = 0;
        if (into.FieldEnd.Length != fieldNames.Length)
        {
            into.FieldEnd = new int[fieldNames.Length];
            into.FieldLength = new int[fieldNames.Length];
        }

        var values = document?.Fields;
        for (int f = 0; f < fieldNames.Length; f++)
        {
            _tokenCount = 0;
            SearchValue value = default;
            values?.TryGetValue(fieldNames[f], out value);
            if (value.Items is { } items)
            {
                // lunr's array behaviour: each element is one lower-cased token, unsplit, and has no
                // position (lunr stores undefined, which JSON writes as null).
                for (int i = 0; i < items.Count; i++)
                {
                    AddToken(JsText.ToLower(items[i] ?? "").AsSpan(), -1, 0);
                }
            }
            else if (value.Utf8Value is { } utf8)
            {
                if (_decoded.Length < utf8.Length) _decoded = new char[Math.Max(utf8.Length, 2 * _decoded.Length)];
                AddText(_decoded.AsSpan(0, System.Text.Encoding.UTF8.GetChars(utf8, _decoded)));
            }
            else if (value.TextValue is { } text)
            {
                AddText(text);
            }

            CollectField(into, f);
        }
    }

    private void AddText(ReadOnlySpan<char> text)
    {
        // Lower-cased into a buffer this thread reuses, not a new string per field.
        if (_lowered.Length < 2 * text.Length)
        {
            _lowered = new char[Math.Max(2 * text.Length, 2 * _lowered.Length)];
        }

        var lowered = _lowered.AsSpan(0, JsText.ToLower(text, _lowered));
        _spans.Clear();
        Tokenizer.Split(lowered, _spans);
        foreach (var span in _spans)
        {
            AddToken(lowered.Slice(span.Start, span.Length), span.Start, span.Length);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddToken(ReadOnlySpan<char> token, int start, int length)
    {
        if (cache.Resolve(token) is not { } term)
        {
            return;
        }

        if (_tokenCount == _tokenTerms.Length)
        {
            int size = _tokenCount * 2;
            Array.Resize(ref _tokenTerms, size);
            Array.Resize(ref _tokenStarts, size);
            Array.Resize(ref _tokenLengths, size);
        }

        if (term.Key >= _frequency.Length)
        {
            int size = Math.Max(term.Key + 1, _frequency.Length * 2);
            Array.Resize(ref _frequency, size);
            Array.Resize(ref _cursor, size);
        }

        _tokenTerms[_tokenCount] = term;
        _tokenStarts[_tokenCount] = start;
        _tokenLengths[_tokenCount] = length;
        _tokenCount++;
    }

    // Counts the field's tokens into distinct terms (first appearance order, as lunr's postings are) and
    // groups the token positions by term, in token order within each term.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CollectField(AnalysedDocument into, int field)
    {
        int first = into.TermCount;
        for (int i = 0; i < _tokenCount; i++)
        {
            var term = _tokenTerms[i];
            if (_frequency[term.Key]++ == 0)
            {
                if (into.TermCount == into.Terms.Length)
                {
                    Array.Resize(ref into.Terms, into.TermCount * 2);
                    Array.Resize(ref into.Frequencies, into.TermCount * 2);
                }

                into.Terms[into.TermCount++] = term;
            }
        }

        bool keepsPositions = fieldKeepsPositions[field];
        int position = into.PositionCount;
        for (int j = first; j < into.TermCount; j++)
        {
            int key = into.Terms[j].Key;
            into.Frequencies[j] = _frequency[key];
            if (keepsPositions)
            {
                _cursor[key] = position;
                position += 2 * _frequency[key];
            }

            _frequency[key] = 0;
        }

        if (keepsPositions)
        {
            if (into.Positions.Length < position)
            {
                Array.Resize(ref into.Positions, Math.Max(position, into.Positions.Length * 2));
            }

            for (int i = 0; i < _tokenCount; i++)
            {
                int at = _cursor[_tokenTerms[i].Key];
                into.Positions[at] = _tokenStarts[i];
                into.Positions[at + 1] = _tokenLengths[i];
                _cursor[_tokenTerms[i].Key] = at + 2;
            }

            into.PositionCount = position;
        }

        into.FieldEnd[field] = into.TermCount;
        into.FieldLength[field] = _tokenCount;
    }
}

namespace PeerHub.Search;

public sealed partial class LunrIndexBuilder
{
    private int _fieldCount;
    private bool _anyArrayIndexRef;
    private uint[] _refNumbers = new uint[64];
    private bool[] _refIsArrayIndex = new bool[64];

    // Adds one document the way lunr.Builder.add does: per field in declaration order, tokenize,
    // run the pipeline, count term frequencies, and extend the inverted index. Term numbers are
    // handed out here, in the order terms are first seen, because lunr numbers them the same way.
    private void AddDocument(string[] names, SearchDocument document)
    {
        if (document is null)
        {
            throw new ArgumentException("A search document is null.", "documents");
        }

        string docRef = document.Ref
            ?? throw new ArgumentException("A search document has a null Ref.", "documents");
        if (!_refSet.Add(docRef))
        {
            throw new ArgumentException($"Two search documents have the ref '{docRef}'; refs must be unique (lunr would merge their postings).", "documents");
        }

        int docIndex = _refs.Count;
        _refs.Add(docRef);
        int fieldCount = names.Length;
        _fieldCount = fieldCount;
        EnsureDocumentCapacity(docIndex + 1, fieldCount);
        _docBoosts[docIndex] = EffectiveBoost(document.Boost);
        _refIsArrayIndex[docIndex] = JsText.IsArrayIndex(docRef, out _refNumbers[docIndex]);
        _anyArrayIndexRef |= _refIsArrayIndex[docIndex];

        var values = document.Fields;
        for (int f = 0; f < fieldCount; f++)
        {
            _tokenTerms.Count = 0;
            _tokenStarts.Count = 0;
            _tokenLengths.Count = 0;
            SearchValue value = default;
            values?.TryGetValue(names[f], out value);
            if (value.Items is { } items)
            {
                // lunr's array behaviour: each element is one lower-cased token, unsplit, and has no
                // position (lunr stores undefined, which JSON writes as null).
                for (int i = 0; i < items.Count; i++)
                {
                    string lowered = JsText.ToLower(items[i] ?? "");
                    int term = Resolve(lowered.AsSpan());
                    if (term >= 0)
                    {
                        _tokenTerms.Add(term);
                        _tokenStarts.Add(-1);
                        _tokenLengths.Add(0);
                    }
                }
            }
            else if (value.TextValue is { } text)
            {
                _spans.Clear();
                string lowered = Tokenizer.Tokenize(text, _spans);
                var spans = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_spans);
                for (int i = 0; i < spans.Length; i++)
                {
                    var span = spans[i];
                    int term = Resolve(lowered.AsSpan(span.Start, span.Length));
                    if (term >= 0)
                    {
                        _tokenTerms.Add(term);
                        _tokenStarts.Add(span.Start);
                        _tokenLengths.Add(span.Length);
                    }
                }
            }

            IndexField(docIndex, f);
        }
    }

    // Maps a raw token to its term number, or -1 for a stop word. Caching by raw token means the
    // pipeline (and its regex stemmer) runs once per distinct token spelling per build.
    private int Resolve(ReadOnlySpan<char> token)
    {
        var lookup = _tokenToTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token, out int id))
        {
            return id;
        }

        string? term = Pipeline.Run(token);
        if (term is null)
        {
            id = -1;
        }
        else if (!_termIds.TryGetValue(term, out id))
        {
            id = _terms.Count;
            _terms.Add(term);
            _termIds.Add(term, id);
            EnsureTermCapacity(id + 1);
            _termFrequency[id] = 0;
            _documentFrequency[id] = 0;
            for (int f = 0; f < _fieldCount; f++)
            {
                _postingHead[id * _fieldCount + f] = -1;
            }
        }

        lookup[token] = id;
        return id;
    }

    // Turns the field's token stream into postings (one per distinct term, with its positions in
    // token order) and the raw material of the field vector (term, tf), scored once all documents
    // are in because BM25 needs document frequencies and average lengths.
    private void IndexField(int docIndex, int field)
    {
        int fieldCount = _fieldCount;
        int tokenCount = _tokenTerms.Count;
        int slot = docIndex * fieldCount + field;
        _fieldLength[slot] = tokenCount;
        _fieldVectorStart[slot] = _vectorTerms.Count;

        var terms = _tokenTerms.Items;
        var frequency = _termFrequency;
        _distinct.Clear();
        for (int i = 0; i < tokenCount; i++)
        {
            if (frequency[terms[i]]++ == 0)
            {
                _distinct.Add(terms[i]);
            }
        }

        var distinct = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_distinct);
        for (int i = 0; i < distinct.Length; i++)
        {
            int term = distinct[i];
            int tf = frequency[term];
            frequency[term] = 0;
            int positionStart = _positions.Count;
            if (_fieldKeepsPositions[field])
            {
                _cursor[term] = positionStart;
                _positions.Grow(2 * tf);
            }

            int posting = _postings.Add(docIndex, positionStart, tf);
            int key = term * fieldCount + field;
            if (_postingHead[key] < 0)
            {
                _postingHead[key] = posting;
            }
            else
            {
                _postings.Items[_postingTail[key]].Next = posting;
            }

            _postingTail[key] = posting;
            _documentFrequency[term]++;
            _vectorTerms.Add(term);
            _vectorTf.Add(tf);
        }

        _fieldVectorCount[slot] = distinct.Length;

        if (_fieldKeepsPositions[field])
        {
            var positions = _positions.Items;
            var starts = _tokenStarts.Items;
            var lengths = _tokenLengths.Items;
            for (int i = 0; i < tokenCount; i++)
            {
                int at = _cursor[terms[i]];
                positions[at] = starts[i];
                positions[at + 1] = lengths[i];
                _cursor[terms[i]] = at + 2;
            }
        }
    }

    // BM25 exactly as lunr.Builder.createFieldVectors computes it, operation for operation, so the
    // doubles (and hence the rounded scores) come out bit-identical.
    private void ComputeScores(double[] fieldBoosts)
    {
        int documentCount = _refs.Count;
        int fieldCount = fieldBoosts.Length;
        var averageLength = new double[fieldCount];
        for (int f = 0; f < fieldCount; f++)
        {
            double sum = 0;
            for (int d = 0; d < documentCount; d++)
            {
                sum += _fieldLength[d * fieldCount + f];
            }

            averageLength[f] = sum / documentCount;
        }

        int termCount = _terms.Count;
        var idf = new double[termCount];
        for (int t = 0; t < termCount; t++)
        {
            int df = _documentFrequency[t];
            double x = (documentCount - df + 0.5) / (df + 0.5);
            idf[t] = Math.Log(1 + Math.Abs(x));
        }

        if (_vectorScores.Length < _vectorTerms.Count)
        {
            _vectorScores = new double[Math.Max(_vectorTerms.Count, _vectorScores.Length * 2)];
        }

        for (int d = 0; d < documentCount; d++)
        {
            double docBoost = _docBoosts[d];
            for (int f = 0; f < fieldCount; f++)
            {
                int slot = d * fieldCount + f;
                int start = _fieldVectorStart[slot];
                int count = _fieldVectorCount[slot];
                var termSpan = _vectorTerms.Items.AsSpan(start, count);
                var tfSpan = _vectorTf.Items.AsSpan(start, count);

                // The query's dot product is a merge join over ascending term numbers.
                termSpan.Sort(tfSpan);
                double lengthRatio = _fieldLength[slot] / averageLength[f];
                for (int i = 0; i < count; i++)
                {
                    double tf = tfSpan[i];
                    double score = idf[termSpan[i]] * ((K1 + 1) * tf) / (K1 * (1 - B + B * lengthRatio) + tf);
                    score *= fieldBoosts[f];
                    score *= docBoost;
                    _vectorScores[start + i] = JsNumber.Round(score * 1000) / 1000;
                }
            }
        }
    }

    private void EnsureDocumentCapacity(int documents, int fieldCount)
    {
        if (_docBoosts.Length < documents)
        {
            int size = Math.Max(documents, _docBoosts.Length * 2);
            Array.Resize(ref _docBoosts, size);
            Array.Resize(ref _refNumbers, size);
            Array.Resize(ref _refIsArrayIndex, size);
        }

        int slots = documents * fieldCount;
        if (_fieldLength.Length < slots)
        {
            int size = Math.Max(slots, _fieldLength.Length * 2);
            Array.Resize(ref _fieldLength, size);
            Array.Resize(ref _fieldVectorStart, size);
            Array.Resize(ref _fieldVectorCount, size);
        }
    }

    private void EnsureTermCapacity(int terms)
    {
        if (_termFrequency.Length < terms)
        {
            int size = Math.Max(terms, _termFrequency.Length * 2);
            Array.Resize(ref _termFrequency, size);
            Array.Resize(ref _documentFrequency, size);
            Array.Resize(ref _cursor, size);
        }

        int keys = terms * _fieldCount;
        if (_postingHead.Length < keys)
        {
            int size = Math.Max(keys, _postingHead.Length * 2);
            Array.Resize(ref _postingHead, size);
            Array.Resize(ref _postingTail, size);
        }
    }

    /// <summary>A growable int array without List's per-call checks in hot loops.</summary>
    private sealed class IntBuffer(int capacity)
    {
        public int[] Items = new int[capacity];
        public int Count;

        public void Add(int value)
        {
            if (Count == Items.Length)
            {
                Array.Resize(ref Items, Items.Length * 2);
            }

            Items[Count++] = value;
        }

        // Reserves n slots at the end (filled in later by the caller).
        public void Grow(int n)
        {
            if (Count + n > Items.Length)
            {
                Array.Resize(ref Items, Math.Max(Count + n, Items.Length * 2));
            }

            Count += n;
        }
    }

    /// <summary>One (term, field, document) entry; postings of a term and field form a linked list.</summary>
    private struct Posting
    {
        public int Document;
        public int PositionStart;
        public int Frequency;
        public int Next;
    }

    private sealed class PostingBuffer(int capacity)
    {
        public Posting[] Items = new Posting[capacity];
        public int Count;

        public int Add(int document, int positionStart, int frequency)
        {
            if (Count == Items.Length)
            {
                Array.Resize(ref Items, Items.Length * 2);
            }

            Items[Count] = new Posting { Document = document, PositionStart = positionStart, Frequency = frequency, Next = -1 };
            return Count++;
        }
    }
}

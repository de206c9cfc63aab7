using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace PeerHub.Search;

public sealed partial class LunrIndexBuilder
{
    private int _fieldCount;
    private bool _anyArrayIndexRef;
    private uint[] _refNumbers = new uint[64];
    private bool[] _refIsArrayIndex = new bool[64];
    private readonly DocumentBatch[] _batches = [new(), new()];
    private readonly List<Posting> _arrayIndexPostings = new();
    private readonly List<Posting> _otherPostings = new();

    // Documents are analysed a batch at a time on the thread pool while this thread indexes the batch
    // before, in document order (term numbers and postings depend on it). Two batches bound the memory
    // this takes, whatever the number of documents.
    private void IndexDocuments(string[] names, IEnumerable<SearchDocument> documents)
    {
        var cache = new TermCache(_language);
        var analyzers = new ConcurrentBag<DocumentAnalyzer>();
        var (ready, next) = (_batches[0], _batches[1]);
        using var source = documents.GetEnumerator();
        ready.Read(source);
        Task analysing = Analyse(ready, cache, names, analyzers);
        try
        {
            while (true)
            {
                analysing.GetAwaiter().GetResult();
                if (ready.Count == 0)
                {
                    break;
                }

                next.Read(source);
                analysing = Analyse(next, cache, names, analyzers);
                for (int i = 0; i < ready.Count; i++)
                {
                    AddDocument(ready.Analysed[i]);
                }

                (ready, next) = (next, ready);
            }
        }
        finally
        {
            // When indexing throws, let the batch in flight finish before the builder can be used again.
            // WaitAny does not rethrow that batch's own failure, which would hide the first one.
            Task.WaitAny(analysing);
            foreach (var batch in _batches)
            {
                batch.Release();
            }
        }
    }

    private Task Analyse(DocumentBatch batch, TermCache cache, string[] names, ConcurrentBag<DocumentAnalyzer> analyzers)
    {
        if (batch.Count == 0)
        {
            return Task.CompletedTask;
        }

        bool[] keepsPositions = _fieldKeepsPositions;
        return Task.Run(() => Parallel.For(
            0,
            batch.Count,
            () => analyzers.TryTake(out var analyzer) ? analyzer : new DocumentAnalyzer(cache, names, keepsPositions),
            (i, _, analyzer) =>
            {
                analyzer.Analyse(batch.Documents[i], batch.Analysed[i]);
                return analyzer;
            },
            analyzers.Add));
    }

    // Adds one document the way lunr.Builder.add does, from its analysis: field vectors in declaration
    // order and term numbers handed out in the order terms are first seen, because lunr numbers them so.
    // Hot, and run once per build: compiled optimised from the first call rather than as tier-0 code first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddDocument(AnalysedDocument analysed)
    {
        var document = analysed.Source
            ?? throw new ArgumentException("A search document is null.", nameof(analysed));
        string docRef = document.Ref
            ?? throw new ArgumentException("A search document has a null Ref.", nameof(analysed));
        if (!_refSet.Add(docRef))
        {
            throw new ArgumentException($"Two search documents have the ref '{docRef}'; refs must be unique (lunr would merge their postings).", nameof(analysed));
        }

        int docIndex = _refs.Count;
        _refs.Add(docRef);
        int fieldCount = _fieldCount;
        EnsureDocumentCapacity(docIndex + 1, fieldCount);
        _docBoosts[docIndex] = EffectiveBoost(document.Boost);
        _refIsArrayIndex[docIndex] = JsText.IsArrayIndex(docRef, out _refNumbers[docIndex]);
        _anyArrayIndexRef |= _refIsArrayIndex[docIndex];
        _positions.Append(analysed.Positions.AsSpan(0, analysed.PositionCount));

        int j = 0;
        for (int f = 0; f < fieldCount; f++)
        {
            int slot = docIndex * fieldCount + f;
            int end = analysed.FieldEnd[f];
            _fieldLength[slot] = analysed.FieldLength[f];
            _fieldVectorStart[slot] = _vectorTerms.Count;
            _fieldVectorCount[slot] = end - j;
            for (; j < end; j++)
            {
                var term = analysed.Terms[j];
                if (term.Number < 0)
                {
                    term.Number = AddTerm(term.Text);
                }

                _documentFrequency[term.Number]++;
                _vectorTerms.Add(term.Number);
                _vectorTf.Add(analysed.Frequencies[j]);
            }
        }
    }

    private int AddTerm(string text)
    {
        int number = _terms.Count;
        _terms.Add(text);
        if (_documentFrequency.Length <= number)
        {
            Array.Resize(ref _documentFrequency, Math.Max(number + 1, _documentFrequency.Length * 2));
        }

        _documentFrequency[number] = 0;
        return number;
    }

    // The inverted index lists each term's postings field by field: regroup the field vectors' entries (one
    // per document, field and term) by (term, field), keeping document order, so each list is contiguous.
    // Runs before ComputeScores sorts the vectors, while entries are still in the order positions were stored.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GroupPostings()
    {
        int fieldCount = _fieldCount;
        int documentCount = _refs.Count;
        int keys = _terms.Count * fieldCount;
        if (_postingStart.Length < keys + 1)
        {
            _postingStart = new int[keys + 1];
        }

        var start = _postingStart;
        Array.Clear(start, 0, keys + 1);
        var terms = _vectorTerms.Items;
        var frequencies = _vectorTf.Items;
        for (int slot = 0; slot < documentCount * fieldCount; slot++)
        {
            int field = slot % fieldCount;
            int end = _fieldVectorStart[slot] + _fieldVectorCount[slot];
            for (int i = _fieldVectorStart[slot]; i < end; i++)
            {
                start[terms[i] * fieldCount + field + 1]++;
            }
        }

        for (int key = 0; key < keys; key++)
        {
            start[key + 1] += start[key];
        }

        if (_postings.Length < _vectorTerms.Count)
        {
            _postings = new Posting[_vectorTerms.Count];
        }

        var fill = start.AsSpan(0, keys).ToArray();
        int position = 0;
        for (int slot = 0; slot < documentCount * fieldCount; slot++)
        {
            int document = slot / fieldCount;
            int field = slot % fieldCount;
            bool keepsPositions = _fieldKeepsPositions[field];
            int end = _fieldVectorStart[slot] + _fieldVectorCount[slot];
            for (int i = _fieldVectorStart[slot]; i < end; i++)
            {
                _postings[fill[terms[i] * fieldCount + field]++] = new Posting(document, keepsPositions ? position : -1, frequencies[i]);
                if (keepsPositions)
                {
                    position += 2 * frequencies[i];
                }
            }
        }

        if (_anyArrayIndexRef)
        {
            for (int key = 0; key < keys; key++)
            {
                OrderLikeJavaScriptKeys(_postings.AsSpan(start[key], start[key + 1] - start[key]));
            }
        }
    }

    // lunr's postings are objects keyed by ref, and JavaScript enumerates keys that are array indexes ("2",
    // "10") first, in numeric order, then the others in insertion (document) order.
    private void OrderLikeJavaScriptKeys(Span<Posting> postings)
    {
        _arrayIndexPostings.Clear();
        _otherPostings.Clear();
        foreach (var posting in postings)
        {
            (_refIsArrayIndex[posting.Document] ? _arrayIndexPostings : _otherPostings).Add(posting);
        }

        if (_arrayIndexPostings.Count == 0)
        {
            return;
        }

        _arrayIndexPostings.Sort((a, b) => _refNumbers[a.Document].CompareTo(_refNumbers[b.Document]));
        _arrayIndexPostings.CopyTo(postings);
        _otherPostings.CopyTo(postings[_arrayIndexPostings.Count..]);
    }

    // BM25 exactly as lunr.Builder.createFieldVectors computes it, operation for operation, so the
    // doubles (and hence the rounded scores) come out bit-identical. Scores are kept as whole thousandths
    // (lunr's rounding), which the writer prints without a general double-to-text conversion.
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
            idf[t] = JsMath.Log(1 + Math.Abs(x));
        }

        if (_vectorScores.Length < _vectorTerms.Count)
        {
            _vectorScores = new double[Math.Max(_vectorTerms.Count, _vectorScores.Length * 2)];
        }

        // Each document's vectors are independent of the others'.
        Parallel.ForEach(Partitioner.Create(0, documentCount, 256), range =>
        {
            for (int d = range.Item1; d < range.Item2; d++)
            {
                ScoreDocument(d, fieldBoosts, averageLength, idf);
            }
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScoreDocument(int d, double[] fieldBoosts, double[] averageLength, double[] idf)
    {
        int fieldCount = fieldBoosts.Length;
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
                _vectorScores[start + i] = JsNumber.Round(score * 1000);
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

        public void Append(ReadOnlySpan<int> values)
        {
            if (Count + values.Length > Items.Length)
            {
                Array.Resize(ref Items, Math.Max(Count + values.Length, Items.Length * 2));
            }

            values.CopyTo(Items.AsSpan(Count));
            Count += values.Length;
        }
    }

    /// <summary>One document's entry in the postings of a term and field.</summary>
    /// <param name="PositionStart">Where its (start, length) pairs begin in the positions, or -1 when the field keeps none.</param>
    /// <param name="Frequency">The term's occurrences in the field, hence the number of position pairs.</param>
    private readonly record struct Posting(int Document, int PositionStart, int Frequency);

    /// <summary>A run of consecutive input documents and their analyses.</summary>
    private sealed class DocumentBatch
    {
        private const int Capacity = 64;

        public readonly SearchDocument?[] Documents = new SearchDocument?[Capacity];
        public readonly AnalysedDocument[] Analysed = Enumerable.Range(0, Capacity).Select(_ => new AnalysedDocument()).ToArray();
        public int Count;

        public void Read(IEnumerator<SearchDocument> source)
        {
            Count = 0;
            while (Count < Capacity && source.MoveNext())
            {
                Documents[Count++] = source.Current;
            }
        }

        // Lets go of the last documents (and their text) while keeping the buffers for the next build.
        public void Release()
        {
            Array.Clear(Documents);
            foreach (var analysed in Analysed)
            {
                analysed.Source = null;
            }
        }
    }
}

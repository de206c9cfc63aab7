using System.Runtime.CompilerServices;

namespace PeerHub.Search;

public sealed partial class LunrIndexBuilder
{
    // Every string is written as JSON.stringify writes it (JsJson), so the bytes are lunr.js's for any text.
    private static readonly byte[] Version = JsJson.Encode(LunrVersion);

    // The language's search pipeline labels, encoded once per builder.
    private readonly byte[][] _pipelineLabels;

    // Per-build output state: encoded names, terms in sorted order and the parts the output is cut into.
    private byte[][] _encodedFields = [];
    private byte[][] _encodedRefs = [];
    private int[] _sortedTerms = [];
    private byte[] _termJson = [];
    private int[] _termJsonBounds = [0];
    private JsonPart[] _parts = [];
    private int[] _partOffsets = [];

    private enum PartKind
    {
        Head,
        FieldVectors,
        Middle,
        InvertedIndex,
        Tail,
    }

    /// <summary>A piece of the output: head and tail text, or a run of documents or of sorted terms.</summary>
    private readonly record struct JsonPart(PartKind Kind, int From = 0, int To = 0);

    // Encodes the names, sorts the terms, cuts the output into parts and measures them (in parallel).
    // Returns the output's length in bytes.
    private int PrepareJson(string[] names)
    {
        _encodedFields = names.Select(name => JsJson.Encode(name)).ToArray();
        _encodedRefs = new byte[_refs.Count][];
        for (int d = 0; d < _encodedRefs.Length; d++)
        {
            _encodedRefs[d] = JsJson.Encode(_refs[d]);
        }

        SortAndEncodeTerms();

        int fieldCount = names.Length;
        var parts = new List<JsonPart> { new(PartKind.Head) };
        foreach (var (from, to) in Split(_refs.Count, d => VectorWeight(d, fieldCount)))
        {
            parts.Add(new JsonPart(PartKind.FieldVectors, from, to));
        }

        parts.Add(new JsonPart(PartKind.Middle));
        foreach (var (from, to) in Split(_sortedTerms.Length, i => 1 + _documentFrequency[_sortedTerms[i]]))
        {
            parts.Add(new JsonPart(PartKind.InvertedIndex, from, to));
        }

        parts.Add(new JsonPart(PartKind.Tail));
        _parts = parts.ToArray();

        var lengths = new long[_parts.Length];
        Parallel.For(0, _parts.Length, p =>
        {
            var counter = new JsonLengthCounter();
            WritePart(ref counter, _parts[p]);
            lengths[p] = counter.Length;
        });

        _partOffsets = new int[_parts.Length + 1];
        long total = 0;
        for (int p = 0; p < _parts.Length; p++)
        {
            total += lengths[p];
            if (total > Array.MaxLength)
            {
                throw new InvalidOperationException($"The search index would be over {Array.MaxLength} bytes, more than one array holds.");
            }

            _partOffsets[p + 1] = (int)total;
        }

        return (int)total;
    }

    // Writes each measured part into its own slice of the destination, in parallel.
    private void WriteJson(Memory<byte> destination)
    {
        Parallel.For(0, _parts.Length, p =>
        {
            int start = _partOffsets[p];
            int length = _partOffsets[p + 1] - start;
            var writer = new JsonSpanWriter(destination.Span.Slice(start, length));
            WritePart(ref writer, _parts[p]);
            if (writer.Position != length)
            {
                throw new InvalidOperationException($"Search index part {_parts[p]} wrote {writer.Position} bytes but measured {length}.");
            }
        });
    }

    // invertedIndex: [term, posting] pairs sorted by UTF-16 code units (JavaScript's default sort;
    // lunr.Index.load builds its token set from them and throws on any other order). Each term is
    // encoded once, into one array of all the terms' bytes, before the parts are measured.
    private void SortAndEncodeTerms()
    {
        int termCount = _terms.Count;
        var sortedTexts = _terms.ToArray();
        _sortedTerms = new int[termCount];
        for (int t = 0; t < termCount; t++)
        {
            _sortedTerms[t] = t;
        }

        Array.Sort(sortedTexts, _sortedTerms, StringComparer.Ordinal);

        _termJsonBounds = new int[termCount + 1];
        long total = 0;
        for (int i = 0; i < termCount; i++)
        {
            total += 2 + JsJson.EncodedLength(sortedTexts[i]);
            if (total > Array.MaxLength)
            {
                throw new InvalidOperationException($"The search index's terms would be over {Array.MaxLength} bytes, more than one array holds.");
            }

            _termJsonBounds[i + 1] = (int)total;
        }

        _termJson = GC.AllocateUninitializedArray<byte>((int)total);
        for (int i = 0; i < termCount; i++)
        {
            var destination = _termJson.AsSpan(_termJsonBounds[i], _termJsonBounds[i + 1] - _termJsonBounds[i]);
            destination[0] = (byte)'"';
            JsJson.Encode(sortedTexts[i], destination[1..]);
            destination[^1] = (byte)'"';
        }
    }

    // Splits [0, count) into runs of about equal weight, several per core so that uneven runs even out.
    private static List<(int From, int To)> Split(int count, Func<int, long> weight)
    {
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            total += weight(i);
        }

        int runs = Math.Clamp(Environment.ProcessorCount * 8, 1, Math.Max(1, count));
        long target = total / runs + 1;
        var result = new List<(int, int)>(runs + 1);
        int from = 0;
        long sum = 0;
        for (int i = 0; i < count; i++)
        {
            sum += weight(i);
            if (sum >= target)
            {
                result.Add((from, i + 1));
                from = i + 1;
                sum = 0;
            }
        }

        if (from < count)
        {
            result.Add((from, count));
        }

        return result;
    }

    private long VectorWeight(int document, int fieldCount)
    {
        long weight = 4 * fieldCount;
        for (int f = 0; f < fieldCount; f++)
        {
            weight += _fieldVectorCount[document * fieldCount + f];
        }

        return weight;
    }

    private void WritePart<TSink>(ref TSink sink, JsonPart part) where TSink : IJsonSink, allows ref struct
    {
        switch (part.Kind)
        {
            case PartKind.Head:
                WriteHead(ref sink);
                break;
            case PartKind.FieldVectors:
                WriteFieldVectors(ref sink, part.From, part.To);
                break;
            case PartKind.Middle:
                sink.Write("],\"invertedIndex\":["u8);
                break;
            case PartKind.InvertedIndex:
                WriteInvertedIndex(ref sink, part.From, part.To);
                break;
            case PartKind.Tail:
                WriteTail(ref sink);
                break;
        }
    }

    // The keys in the order lunr.Index.toJSON writes them: version, fields, fieldVectors, invertedIndex, pipeline.
    private void WriteHead<TSink>(ref TSink sink) where TSink : IJsonSink, allows ref struct
    {
        sink.Write("{\"version\":"u8);
        WriteString(ref sink, Version);
        sink.Write(",\"fields\":"u8);
        WriteStrings(ref sink, _encodedFields);
        sink.Write(",\"fieldVectors\":["u8);
    }

    private void WriteTail<TSink>(ref TSink sink) where TSink : IJsonSink, allows ref struct
    {
        sink.Write("],\"pipeline\":"u8);
        WriteStrings(ref sink, _pipelineLabels);
        sink.Write("}"u8);
    }

    // A JSON array of strings: ["a","b"].
    private static void WriteStrings<TSink>(ref TSink sink, byte[][] texts) where TSink : IJsonSink, allows ref struct
    {
        sink.Write((byte)'[');
        for (int i = 0; i < texts.Length; i++)
        {
            if (i > 0)
            {
                sink.Write((byte)',');
            }

            WriteString(ref sink, texts[i]);
        }

        sink.Write((byte)']');
    }

    // fieldVectors: one ["field/ref", [term, score, ...]] per document and field, in the order lunr added
    // them (documents in order, fields in declaration order), empty fields included. Field names and refs
    // are escaped character by character and '/' never is, so "field/ref" is the two encodings joined.
    // Hot, and run once per build: compiled optimised from the first call rather than as tier-0 code first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteFieldVectors<TSink>(ref TSink sink, int fromDocument, int toDocument) where TSink : IJsonSink, allows ref struct
    {
        int fieldCount = _encodedFields.Length;
        var terms = _vectorTerms.Items;
        var scores = _vectorScores;
        for (int d = fromDocument; d < toDocument; d++)
        {
            for (int f = 0; f < fieldCount; f++)
            {
                if (d > 0 || f > 0)
                {
                    sink.Write((byte)',');
                }

                sink.Write("[\""u8);
                sink.Write(_encodedFields[f]);
                sink.Write((byte)'/');
                sink.Write(_encodedRefs[d]);
                sink.Write("\",["u8);
                int slot = d * fieldCount + f;
                int start = _fieldVectorStart[slot];
                int end = start + _fieldVectorCount[slot];
                for (int i = start; i < end; i++)
                {
                    if (i > start)
                    {
                        sink.Write((byte)',');
                    }

                    sink.WriteNumber(terms[i]);
                    sink.Write((byte)',');
                    sink.WriteThousandths(scores[i]);
                }

                sink.Write("]]"u8);
            }
        }
    }

    // [term, {"_index": n, field: {ref: {"position": [[start, length], ...]}, ...}, ...}] for each term in
    // sorted order; a field without kept positions has {} as each posting's metadata.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteInvertedIndex<TSink>(ref TSink sink, int fromTerm, int toTerm) where TSink : IJsonSink, allows ref struct
    {
        int fieldCount = _encodedFields.Length;
        var positions = _positions.Items;
        for (int i = fromTerm; i < toTerm; i++)
        {
            if (i > 0)
            {
                sink.Write((byte)',');
            }

            int term = _sortedTerms[i];
            sink.Write((byte)'[');
            sink.Write(_termJson.AsSpan(_termJsonBounds[i], _termJsonBounds[i + 1] - _termJsonBounds[i]));
            sink.Write(",{\"_index\":"u8);
            sink.WriteNumber(term);
            for (int f = 0; f < fieldCount; f++)
            {
                sink.Write((byte)',');
                WriteString(ref sink, _encodedFields[f]);
                sink.Write(":{"u8);
                bool keepsPositions = _fieldKeepsPositions[f];
                int key = term * fieldCount + f;
                for (int p = _postingStart[key]; p < _postingStart[key + 1]; p++)
                {
                    ref readonly var posting = ref _postings[p];
                    if (p > _postingStart[key])
                    {
                        sink.Write((byte)',');
                    }

                    WriteString(ref sink, _encodedRefs[posting.Document]);
                    if (!keepsPositions)
                    {
                        sink.Write(":{}"u8);
                        continue;
                    }

                    sink.Write(":{\"position\":["u8);
                    int end = posting.PositionStart + 2 * posting.Frequency;
                    for (int k = posting.PositionStart; k < end; k += 2)
                    {
                        if (k > posting.PositionStart)
                        {
                            sink.Write((byte)',');
                        }

                        if (positions[k] < 0)
                        {
                            // A list element's token has no position; lunr's [undefined] is [null] in JSON.
                            sink.Write("null"u8);
                            continue;
                        }

                        sink.Write((byte)'[');
                        sink.WriteNumber(positions[k]);
                        sink.Write((byte)',');
                        sink.WriteNumber(positions[k + 1]);
                        sink.Write((byte)']');
                    }

                    sink.Write("]}"u8);
                }

                sink.Write((byte)'}');
            }

            sink.Write("}]"u8);
        }
    }

    private static void WriteString<TSink>(ref TSink sink, byte[] encoded) where TSink : IJsonSink, allows ref struct
    {
        sink.Write((byte)'"');
        sink.Write(encoded);
        sink.Write((byte)'"');
    }
}

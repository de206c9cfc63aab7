using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PeerHub.Search;

public sealed partial class LunrIndexBuilder
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The index is a .json file fetched by the browser, never inlined in HTML, so non-ASCII text
        // can stay as UTF-8 (smaller) instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText IndexKey = JsonEncodedText.Encode("_index");
    private static readonly JsonEncodedText PositionKey = JsonEncodedText.Encode("position");

    private static Utf8JsonWriter CreateWriter(Stream output) => new(output, WriterOptions);

    private static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output) => new(output, WriterOptions);

    // Writes the five keys in the order lunr.Index.toJSON does.
    private void WriteJson(Utf8JsonWriter writer, string[] names)
    {
        int fieldCount = names.Length;
        int documentCount = _refs.Count;
        var encodedFields = new JsonEncodedText[fieldCount];
        for (int f = 0; f < fieldCount; f++)
        {
            encodedFields[f] = JsonEncodedText.Encode(names[f], WriterOptions.Encoder);
        }

        writer.WriteStartObject();
        writer.WriteString("version", LunrVersion);
        writer.WriteStartArray("fields");
        for (int f = 0; f < fieldCount; f++)
        {
            writer.WriteStringValue(encodedFields[f]);
        }

        writer.WriteEndArray();

        // fieldVectors: one ["field/ref", [term, score, ...]] per document and field, in the order
        // lunr added them (documents in order, fields in declaration order), empty fields included.
        writer.WriteStartArray("fieldVectors");
        char[] fieldRef = ArrayPool<char>.Shared.Rent(256);
        Span<byte> number = stackalloc byte[JsNumber.MaxLength];
        try
        {
            for (int d = 0; d < documentCount; d++)
            {
                string docRef = _refs[d];
                for (int f = 0; f < fieldCount; f++)
                {
                    int length = names[f].Length + 1 + docRef.Length;
                    if (fieldRef.Length < length)
                    {
                        ArrayPool<char>.Shared.Return(fieldRef);
                        fieldRef = ArrayPool<char>.Shared.Rent(length);
                    }

                    names[f].CopyTo(fieldRef);
                    fieldRef[names[f].Length] = '/';
                    docRef.CopyTo(0, fieldRef, names[f].Length + 1, docRef.Length);

                    writer.WriteStartArray();
                    writer.WriteStringValue(fieldRef.AsSpan(0, length));
                    writer.WriteStartArray();
                    int slot = d * fieldCount + f;
                    int start = _fieldVectorStart[slot];
                    int end = start + _fieldVectorCount[slot];
                    var terms = _vectorTerms.Items;
                    for (int i = start; i < end; i++)
                    {
                        writer.WriteNumberValue(terms[i]);
                        int written = JsNumber.FormatThousandths(_vectorScores[i], number);
                        writer.WriteRawValue(number[..written], skipInputValidation: true);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndArray();
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(fieldRef);
        }

        writer.WriteEndArray();
        WriteInvertedIndex(writer, encodedFields);

        writer.WriteStartArray("pipeline");
        foreach (string label in Pipeline.SearchPipelineLabels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // invertedIndex: [term, posting] pairs sorted by UTF-16 code units (JavaScript's default sort;
    // lunr.Index.load builds its token set from them and throws on any other order).
    private void WriteInvertedIndex(Utf8JsonWriter writer, JsonEncodedText[] encodedFields)
    {
        int fieldCount = encodedFields.Length;
        int termCount = _terms.Count;
        var sortedTerms = _terms.ToArray();
        var order = new int[termCount];
        for (int t = 0; t < termCount; t++)
        {
            order[t] = t;
        }

        Array.Sort(sortedTerms, order, StringComparer.Ordinal);

        // Each ref is written once per posting; encode it once.
        var encodedRefs = new JsonEncodedText[_refs.Count];
        for (int d = 0; d < encodedRefs.Length; d++)
        {
            encodedRefs[d] = JsonEncodedText.Encode(_refs[d], WriterOptions.Encoder);
        }

        var postings = _postings;
        var positions = _positions.Items;
        writer.WriteStartArray("invertedIndex");
        for (int i = 0; i < termCount; i++)
        {
            int term = order[i];
            writer.WriteStartArray();
            writer.WriteStringValue(sortedTerms[i]);
            writer.WriteStartObject();
            writer.WriteNumber(IndexKey, term);
            for (int f = 0; f < fieldCount; f++)
            {
                bool keepsPositions = _fieldKeepsPositions[f];
                writer.WritePropertyName(encodedFields[f]);
                writer.WriteStartObject();
                int key = term * fieldCount + f;
                for (int p = _postingStart[key]; p < _postingStart[key + 1]; p++)
                {
                    ref readonly var posting = ref postings[p];
                    writer.WritePropertyName(encodedRefs[posting.Document]);
                    writer.WriteStartObject();
                    if (keepsPositions)
                    {
                        writer.WritePropertyName(PositionKey);
                        writer.WriteStartArray();
                        int end = posting.PositionStart + 2 * posting.Frequency;
                        for (int k = posting.PositionStart; k < end; k += 2)
                        {
                            if (positions[k] < 0)
                            {
                                // A list element's token has no position; lunr's [undefined] is [null] in JSON.
                                writer.WriteNullValue();
                                continue;
                            }

                            writer.WriteStartArray();
                            writer.WriteNumberValue(positions[k]);
                            writer.WriteNumberValue(positions[k + 1]);
                            writer.WriteEndArray();
                        }

                        writer.WriteEndArray();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}

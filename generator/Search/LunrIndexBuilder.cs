using System.Buffers;

namespace PeerHub.Search;

/// <summary>
/// Builds a search index in the JSON format lunr.js 2.3.9 serialises, so the browser loads it with
/// <c>lunr.Index.load(json)</c> instead of indexing every page itself. The output equals what
/// <c>JSON.stringify(lunr(...))</c> produces for the same documents with
/// <c>metadataWhitelist: ['position']</c>: same terms, term numbering, BM25 field vectors (rounded as
/// lunr rounds) and position metadata. In another <see cref="SearchLanguage"/> than English, the same as
/// lunr.js with that language's lunr-languages plugin (<c>this.use(lunr.es)</c>).
/// </summary>
/// <remarks>
/// An instance reuses its buffers between builds and is not thread-safe; use one per thread. A build spreads
/// its own work over the cores (documents are analysed in parallel, the JSON is written in parallel parts).
/// Output is deterministic: the same fields and documents always give the same bytes, whatever the threads do.
/// </remarks>
public sealed partial class LunrIndexBuilder
{
    /// <summary>The lunr version written into (and expected by) the index.</summary>
    public const string LunrVersion = "2.3.9";

    // lunr's BM25 defaults.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly SearchLanguage _language;
    private readonly bool _storePositions;
    private readonly IReadOnlySet<string>? _positionFields;
    private bool[] _fieldKeepsPositions = [];

    // Per-build state, kept between builds so a second build reuses the arrays.
    private readonly List<string> _terms = new();
    private readonly List<string> _refs = new();
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);
    private double[] _docBoosts = new double[64];
    private int[] _documentFrequency = new int[256];
    private readonly IntBuffer _positions = new(4096);
    private readonly IntBuffer _vectorTerms = new(1024);
    private readonly IntBuffer _vectorTf = new(1024);
    private double[] _vectorScores = new double[1024];
    private int[] _fieldVectorStart = new int[64];
    private int[] _fieldVectorCount = new int[64];
    private int[] _fieldLength = new int[64];

    // Postings grouped by (term, field): key term * fieldCount + field owns [_postingStart[key], _postingStart[key + 1]).
    private Posting[] _postings = [];
    private int[] _postingStart = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="storePositions">
    /// Store each term's <c>position</c> metadata (lunr's <c>metadataWhitelist: ['position']</c>) so the
    /// browser can highlight matches. Without it the index is smaller and metadata is <c>{}</c>.
    /// </param>
    /// <param name="positionFields">
    /// When given, only these fields keep positions and the others' metadata is <c>{}</c>: what lunr.js's index
    /// holds once the positions nobody highlights are deleted from it. Positions are most of an index's size.
    /// </param>
    /// <param name="language">
    /// The pipelines: <see cref="SearchLanguage.English"/> (lunr's defaults) when null, or for instance
    /// <see cref="SearchLanguage.Spanish"/> (lunr-languages' <c>lunr.es</c>). The index's <c>"pipeline"</c> is the
    /// language's <see cref="SearchLanguage.SearchPipeline"/>.
    /// </param>
    public LunrIndexBuilder(bool storePositions = true, IReadOnlySet<string>? positionFields = null, SearchLanguage? language = null)
    {
        _storePositions = storePositions;
        _positionFields = positionFields;
        _language = language ?? SearchLanguage.English;
        _pipelineLabels = _language.SearchPipeline.Select(label => JsJson.Encode(label)).ToArray();
    }

    /// <summary>The language whose pipelines this builder runs.</summary>
    public SearchLanguage Language => _language;

    /// <summary>Builds the index and returns its JSON.</summary>
    /// <param name="fields">The fields, in order; names must be unique, non-empty and free of '/'.</param>
    /// <param name="documents">The documents, in order; refs must be unique.</param>
    /// <exception cref="ArgumentException">A field or document breaks the rules above.</exception>
    public string Build(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents) =>
        System.Text.Encoding.UTF8.GetString(BuildUtf8(fields, documents));

    /// <summary>Builds the index and returns its UTF-8 JSON bytes (what gets written to disk).</summary>
    public byte[] BuildUtf8(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents)
    {
        int length = BuildCore(fields, documents);
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        WriteJson(bytes);
        return bytes;
    }

    /// <summary>Builds the index, writing its UTF-8 JSON to <paramref name="output"/>.</summary>
    public void Build(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(BuildUtf8(fields, documents));
        output.Flush();
    }

    /// <summary>Builds the index, writing its UTF-8 JSON to <paramref name="output"/>.</summary>
    public void Build(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int length = BuildCore(fields, documents);
        WriteJson(output.GetMemory(length)[..length]);
        output.Advance(length);
    }

    // Indexes the documents and measures the JSON; returns its length, for a destination of exactly that size.
    private int BuildCore(IReadOnlyList<SearchField> fields, IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(documents);
        var (names, boosts) = ValidateFields(fields);
        Reset();
        _fieldCount = names.Length;
        _fieldKeepsPositions = names.Select(n => _storePositions && (_positionFields is null || _positionFields.Contains(n))).ToArray();
        IndexDocuments(names, documents);
        GroupPostings();
        ComputeScores(boosts);
        return PrepareJson(names);
    }

    private static (string[] Names, double[] Boosts) ValidateFields(IReadOnlyList<SearchField> fields)
    {
        var names = new string[fields.Count];
        var boosts = new double[fields.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < fields.Count; i++)
        {
            var field = fields[i] ?? throw new ArgumentException($"Search field {i} is null.", nameof(fields));
            string name = field.Name ?? throw new ArgumentException($"Search field {i} has no name.", nameof(fields));
            if (name.Contains('/'))
            {
                // lunr joins "field/ref" and splits at the first slash when loading.
                throw new ArgumentException($"Search field '{name}' contains '/', which lunr reserves to join field and document ref; rename the field.", nameof(fields));
            }

            if (name.Length == 0 || name == "_index" || JsText.IsArrayIndex(name, out _))
            {
                // "_index" collides with the posting's term number; integer-like keys would be
                // reordered by JavaScript objects, changing lunr's field order.
                throw new ArgumentException($"Search field name '{name}' cannot be used with lunr; use a non-empty name other than '_index' that is not an integer.", nameof(fields));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"Search field '{name}' is declared twice.", nameof(fields));
            }

            names[i] = name;
            boosts[i] = EffectiveBoost(field.Boost);
        }

        return (names, boosts);
    }

    // lunr reads boosts as `boost || 1`: zero and NaN mean "no boost".
    private static double EffectiveBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    private void Reset()
    {
        _terms.Clear();
        _refs.Clear();
        _refSet.Clear();
        _anyArrayIndexRef = false;
        _positions.Count = 0;
        _vectorTerms.Count = 0;
        _vectorTf.Count = 0;
    }
}

using System.Buffers;
using PeerHub.Html;
using PeerHub.Model;

namespace PeerHub.Search;

/// <summary>
/// Builds the hub's search files from the processed pages: the lunr index, a compact document store for
/// rendering and filtering results without fetching pages, and a script form of both for file:// use.
/// </summary>
public static class SiteSearchIndex
{
    public static readonly IReadOnlyList<SearchField> Fields =
    [
        new("title", 10), new("tags", 5), new("summary", 3), new("headings", 2), new("body"),
    ];

    /// <summary>
    /// The fields whose match positions the index keeps: the ones the results list highlights (search.js shows
    /// the title and summary from the document store). Positions in the body would be most of the index's bytes
    /// and nothing reads them.
    /// </summary>
    public static readonly IReadOnlySet<string> HighlightedFields = new HashSet<string>(StringComparer.Ordinal) { "title", "summary" };

    /// <summary>Whether pages of this kind are in the index (listings and packs repeat other pages' words).</summary>
    public static bool IsIndexed(PageKind kind) => kind is ISearchKind { Indexed: true };

    /// <summary>
    /// A search result's stored fields: t title, u URL from the site root, k kind, r tiers, s summary, g grade bands
    /// ("6-8") and a audiences ("families"); g and a are written only when there are some.
    /// </summary>
    public sealed record StoredDoc(string T, string U, string K, IReadOnlyList<int> R, string S, IReadOnlyList<string>? G = null,
        IReadOnlyList<string>? A = null);

    /// <summary>The audiences as the store and the search page's filter name them: "coordinators", "families".</summary>
    private static readonly string[] AudienceNames = Enum.GetNames<Audience>().Select(PeerHub.Text.Naming.ToSnake).ToArray();

    private static readonly byte[] ScriptStart = "window.PEERHUB_SEARCH={\"index\":"u8.ToArray();
    private static readonly byte[] ScriptMiddle = ",\"docs\":"u8.ToArray();
    private static readonly byte[] ScriptSynonyms = ",\"synonyms\":"u8.ToArray();
    private static readonly byte[] ScriptEnd = "};\n"u8.ToArray();

    /// <summary>
    /// Builds the index, the document store and the script form. Pages are read once, in order, and a page's text
    /// is not held once it is analysed: the caller may hand over pages it keeps nowhere else, so on a big site the
    /// text of thousands of pages is freed while the index is written instead of after.
    /// </summary>
    /// <param name="language">
    /// The index's pipelines: English (lunr's defaults) when null. With <see cref="SearchLanguage.Spanish"/> the index's
    /// "pipeline" is ["trimmer-es","stemmer-es"], and the search page must load <see cref="SearchLanguage.BrowserScripts"/>
    /// after lunr.min.js and before <c>lunr.Index.load</c>.
    /// </param>
    public static IReadOnlyDictionary<string, byte[]> Build(SiteModel site, IEnumerable<(Page Page, ProcessedPage Processed, IReadOnlyList<string> Headings)> pages,
        SearchLanguage? language = null)
    {
        var store = new SortedDictionary<string, StoredDoc>(StringComparer.Ordinal);
        // Each language has its own index, in its folder, with its pages' addresses: es/search/ holds es/models/x/.
        var prefix = site.Languages.Prefix;
        IEnumerable<SearchDocument> Documents()
        {
            foreach (var (page, processed, headings) in pages)
            {
                if (page.Kind is not ISearchKind { Indexed: true } kind) continue;
                var url = prefix + page.Url.TrimStart('/');
                store[url] = new StoredDoc(page.Title, url, page.Kind.Name, kind.Tiers(page), page.Summary ?? "", kind.GradeBands(page),
                    kind.Audiences(page).Select(a => AudienceNames[(int)a]).ToList());
                yield return new SearchDocument(url, new Dictionary<string, SearchValue>
                {
                    ["title"] = page.Title,
                    ["tags"] = kind.Tags(page, site).ToArray(),
                    ["summary"] = page.Summary,
                    ["headings"] = string.Join("\n", headings),
                    ["body"] = SearchValue.Utf8Text(processed.TextUtf8),   // already folded to single spaces by the post-processor
                });
            }
        }

        var index = new LunrIndexBuilder(positionFields: HighlightedFields, language: language).BuildUtf8(Fields, Documents());
        var storeJson = StoreJson(store);
        var synonymsJson = SynonymsJson(site.Synonyms ?? []);
        return new Dictionary<string, byte[]>
        {
            [prefix + "search/index.json"] = index,
            [prefix + "search/docs.json"] = storeJson,
            [prefix + "search/synonyms.json"] = synonymsJson,
            // The script form: pages opened from disk cannot fetch JSON, but they can load a script.
            [prefix + "search/search-data.js"] = ScriptForm(index, storeJson, synonymsJson),
        };
    }

    /// <summary>
    /// The document store's JSON, keyed by URL: exactly <c>JSON.stringify</c> of the object it parses to, whatever
    /// the text (strings as <see cref="JsJson"/> writes them, and integer-like URLs first, in numeric order, as
    /// JavaScript orders an object's keys).
    /// </summary>
    /// <summary>The synonym groups as JSON arrays of lower-case words, as the search engine matches them.</summary>
    internal static byte[] SynonymsJson(IReadOnlyList<SynonymGroup> groups)
    {
        var json = new System.Buffers.ArrayBufferWriter<byte>(1024);
        json.Write("["u8);
        var firstGroup = true;
        foreach (var group in groups)
        {
            var words = group.Words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (words.Count < 2) continue;
            if (!firstGroup) json.Write(","u8);
            firstGroup = false;
            json.Write("["u8);
            for (var i = 0; i < words.Count; i++)
            {
                if (i > 0) json.Write(","u8);
                WriteString(json, words[i]);
            }
            json.Write("]"u8);
        }
        json.Write("]"u8);
        return json.WrittenSpan.ToArray();
    }

    internal static byte[] StoreJson(IEnumerable<KeyValuePair<string, StoredDoc>> store)
    {
        var entries = store.ToList();
        var numbers = entries.Select(e => JsText.IsArrayIndex(e.Key, out uint n) ? (long)n : -1).ToArray();
        var order = Enumerable.Range(0, entries.Count)
            .OrderBy(i => numbers[i] < 0 ? 1 : 0).ThenBy(i => numbers[i]).ThenBy(i => entries[i].Key, StringComparer.Ordinal).ToList();
        var json = new System.Buffers.ArrayBufferWriter<byte>(256 * entries.Count + 2);
        json.Write("{"u8);
        string? previous = null;
        foreach (int i in order)
        {
            var (url, doc) = entries[i];
            if (url == previous)
            {
                continue;   // a duplicate key: JSON.parse would keep one; the caller's dictionary never has one
            }

            if (previous is not null)
            {
                json.Write(","u8);
            }

            previous = url;
            WriteString(json, url);
            json.Write(":{\"t\":"u8);
            WriteString(json, doc.T);
            json.Write(",\"u\":"u8);
            WriteString(json, doc.U);
            json.Write(",\"k\":"u8);
            WriteString(json, doc.K);
            json.Write(",\"r\":["u8);
            for (int r = 0; r < doc.R.Count; r++)
            {
                if (r > 0)
                {
                    json.Write(","u8);
                }

                json.Write(System.Text.Encoding.ASCII.GetBytes(doc.R[r].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            json.Write("],\"s\":"u8);
            WriteString(json, doc.S);
            WriteList(json, ",\"g\":["u8, doc.G);
            WriteList(json, ",\"a\":["u8, doc.A);

            json.Write("}"u8);
        }

        json.Write("}"u8);
        return json.WrittenSpan.ToArray();
    }

    // A list of strings with its key, only when it has some: `,"g":["6-8"]`.
    private static void WriteList(System.Buffers.ArrayBufferWriter<byte> json, ReadOnlySpan<byte> keyAndBracket, IReadOnlyList<string>? values)
    {
        if (values is not { Count: > 0 }) return;
        json.Write(keyAndBracket);
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) json.Write(","u8);
            WriteString(json, values[i]);
        }

        json.Write("]"u8);
    }

    private static void WriteString(System.Buffers.ArrayBufferWriter<byte> json, string text)
    {
        int length = JsJson.EncodedLength(text);
        var destination = json.GetSpan(length + 2);
        destination[0] = (byte)'"';
        JsJson.Encode(text, destination[1..]);
        destination[length + 1] = (byte)'"';
        json.Advance(length + 2);
    }

    /// <summary>
    /// The script form of the index and the store: <c>window.PEERHUB_SEARCH={"index":...,"docs":...};</c>. The JSON
    /// is valid JavaScript since ES2019 as it is; for older parsers and for safety if it is ever inlined in a page,
    /// every <c>&lt;</c> (so no <c>&lt;/script&gt;</c> or <c>&lt;!--</c>), U+2028 and U+2029 is written as a
    /// <c>\uXXXX</c> escape. Outside strings the JSON has none of them, so the values are unchanged.
    /// </summary>
    internal static byte[] ScriptForm(byte[] index, byte[] store, byte[]? synonyms = null)
    {
        var joined = synonyms is null ? JoinBytes(ScriptStart, index, ScriptMiddle, store, ScriptEnd)
            : JoinBytes(ScriptStart, index, ScriptMiddle, store, ScriptSynonyms, synonyms, ScriptEnd);
        int extra = 0;
        for (int at = 0; (at = IndexOfUnsafe(joined, at)) >= 0; at++)
        {
            extra += joined[at] == (byte)'<' ? 5 : 3;
        }

        if (extra == 0)
        {
            return joined;
        }

        var script = GC.AllocateUninitializedArray<byte>(joined.Length + extra);
        int from = 0, written = 0;
        for (int at; (at = IndexOfUnsafe(joined, from)) >= 0; )
        {
            joined.AsSpan(from, at - from).CopyTo(script.AsSpan(written));
            written += at - from;
            var escape = joined[at] == (byte)'<' ? "\\u003c"u8 : joined[at + 2] == 0xa8 ? "\\u2028"u8 : "\\u2029"u8;
            escape.CopyTo(script.AsSpan(written));
            written += escape.Length;
            from = at + (joined[at] == (byte)'<' ? 1 : 3);
        }

        joined.AsSpan(from).CopyTo(script.AsSpan(written));
        return script;
    }

    // The next '<' or UTF-8 U+2028/U+2029 (E2 80 A8/A9) at or after start, or -1.
    private static int IndexOfUnsafe(byte[] bytes, int start)
    {
        while (true)
        {
            int at = bytes.AsSpan(start).IndexOfAny((byte)'<', (byte)0xe2);
            if (at < 0)
            {
                return -1;
            }

            at += start;
            if (bytes[at] == (byte)'<' || (at + 2 < bytes.Length && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0xa8 || bytes[at + 2] == 0xa9)))
            {
                return at;
            }

            start = at + 1;
        }
    }

    // One array of exactly the joined length: the script is as big as the index, too big to grow a buffer to.
    private static byte[] JoinBytes(params ReadOnlySpan<byte[]> parts)
    {
        int length = 0;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        var joined = GC.AllocateUninitializedArray<byte>(length);
        int at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(joined, at);
            at += part.Length;
        }

        return joined;
    }
}

using System.Text.Json;
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

    /// <summary>A document store entry: t title, u URL from the site root, k kind, r tiers, s summary.</summary>
    public sealed record StoredDoc(string T, string U, string K, IReadOnlyList<int> R, string S);

    private static readonly JsonSerializerOptions StoreJsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly byte[] ScriptStart = "window.PEERHUB_SEARCH={\"index\":"u8.ToArray();
    private static readonly byte[] ScriptMiddle = ",\"docs\":"u8.ToArray();
    private static readonly byte[] ScriptEnd = "};\n"u8.ToArray();

    /// <summary>
    /// Builds the index, the document store and the script form. Pages are read once, in order, and a page's text
    /// is not held once it is analysed: the caller may hand over pages it keeps nowhere else, so on a big site the
    /// text of thousands of pages is freed while the index is written instead of after.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> Build(SiteModel site, IEnumerable<(Page Page, ProcessedPage Processed, IReadOnlyList<string> Headings)> pages)
    {
        var store = new SortedDictionary<string, StoredDoc>(StringComparer.Ordinal);
        IEnumerable<SearchDocument> Documents()
        {
            foreach (var (page, processed, headings) in pages)
            {
                if (page.Kind is not ISearchKind { Indexed: true } kind) continue;
                var url = page.Url.TrimStart('/');
                store[url] = new StoredDoc(page.Title, url, page.Kind.Name, kind.Tiers(page), page.Summary ?? "");
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

        var index = new LunrIndexBuilder(positionFields: HighlightedFields).BuildUtf8(Fields, Documents());
        var storeJson = StoreJson(store);
        return new Dictionary<string, byte[]>
        {
            ["search/index.json"] = index,
            ["search/docs.json"] = storeJson,
            // The script form: pages opened from disk cannot fetch JSON, but they can load a script.
            ["search/search-data.js"] = ScriptForm(index, storeJson),
        };
    }

    /// <summary>The document store's JSON, keyed by URL.</summary>
    internal static byte[] StoreJson(IEnumerable<KeyValuePair<string, StoredDoc>> store) =>
        JsonSerializer.SerializeToUtf8Bytes(store.ToDictionary(), StoreJsonOptions);

    /// <summary>The script form of the index and the store.</summary>
    internal static byte[] ScriptForm(byte[] index, byte[] store) => JoinBytes(ScriptStart, index, ScriptMiddle, store, ScriptEnd);

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

using System.Text.Json;
using PeerHub.Search;

namespace PeerHub.Tests.Search;

/// <summary>
/// The Spanish corpus in spanish-corpus.json: 34 short pages of a school peer-support hub, with the site's fields, and
/// the queries the conformance tests run over both indexes.
/// </summary>
internal static class SpanishCorpus
{
    public static string Path => System.IO.Path.Combine(LunrNode.RepoRoot, "tests", "PeerHub.Tests", "Search", "spanish-corpus.json");

    /// <summary>The site's fields (title, tags, summary, headings, body) and boosts.</summary>
    public static IReadOnlyList<SearchField> Fields => SiteSearchIndex.Fields;

    private static readonly Lazy<(IReadOnlyList<SearchDocument> Documents, IReadOnlyList<string> Queries)> Data = new(Load);

    public static IReadOnlyList<SearchDocument> Documents => Data.Value.Documents;

    public static IReadOnlyList<string> Queries => Data.Value.Queries;

    private static (IReadOnlyList<SearchDocument>, IReadOnlyList<string>) Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path));
        var documents = new List<SearchDocument>();
        foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var fields = new Dictionary<string, SearchValue>(StringComparer.Ordinal);
            foreach (var property in doc.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Name != "ref")
                {
                    fields[property.Name] = property.Value.GetString();
                }
                else if (property.Value.ValueKind == JsonValueKind.Array)
                {
                    fields[property.Name] = property.Value.EnumerateArray().Select(e => e.GetString()!).ToArray();
                }
            }

            double boost = doc.TryGetProperty("boost", out var b) ? b.GetDouble() : 1;
            documents.Add(new SearchDocument(doc.GetProperty("ref").GetString()!, fields, boost));
        }

        var queries = json.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetString()!).ToList();
        return (documents, queries);
    }
}

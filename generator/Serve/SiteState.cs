using PeerHub.Diagnostics;

namespace PeerHub.Serve;

/// <summary>
/// What the server shows, replaced whole after every build: the files of the last good build, and the errors of
/// the latest build if it failed.
/// </summary>
/// <param name="Build">How many builds have finished, good or not; tests wait on it.</param>
/// <param name="Served">The number of the good build whose files are served; 0 before the first good build.</param>
/// <param name="Files">The served files by output path, or null before the first good build.</param>
/// <param name="Errors">The latest build's errors; empty when it succeeded.</param>
/// <param name="Search">The served build's search files when they are built on first request.</param>
public sealed record SiteState(
    int Build, int Served, IReadOnlyDictionary<string, byte[]>? Files, IReadOnlyList<Diagnostic> Errors,
    Lazy<IReadOnlyDictionary<string, byte[]>>? Search)
{
    public static SiteState Empty { get; } = new(0, 0, null, [], null);

    public bool Ok => Errors.Count == 0;

    /// <summary>The state after one more build: a good build is served; a failed one keeps the last good files.</summary>
    public SiteState Next(TimedBuild build) => build.Result.Succeeded
        ? new SiteState(Build + 1, Build + 1, build.Result.Files, [], build.DeferredSearch)
        : this with { Build = Build + 1, Errors = build.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList() };

    /// <summary>A served file, with the search files built now if they were deferred.</summary>
    public byte[]? File(string path)
    {
        if (Files is null || !Files.TryGetValue(path, out var bytes)) return null;
        // Only a request for a search file pays for building them.
        return IsSearchFile(path) && Search is not null && Search.Value.TryGetValue(path, out var fresh) ? fresh : bytes;
    }

    private static bool IsSearchFile(string path) => path.StartsWith("search/", StringComparison.Ordinal) && !path.EndsWith(".html", StringComparison.Ordinal);
}

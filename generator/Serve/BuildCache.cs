using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Site;
using PeerHub.Model;

namespace PeerHub.Serve;

/// <summary>
/// Keeps work between the builds of one <c>peerhub serve</c> session, so that a one-file change re-parses one
/// file and re-renders only the pages that can depend on it.
/// <para>
/// A page's output depends on its own file, and on the rest of the site only through metadata: front matter,
/// site.yml, the data files, the set of files, and the layouts. Those make up the site's <em>shape</em>, hashed
/// once per build. A rendered page is reused while both its file and the shape are unchanged, so editing a
/// body re-renders one page, while editing front matter, site.yml or a layout re-renders every page.
/// </para>
/// </summary>
public sealed partial class BuildCache : IBuildCache
{
    /// <summary>A Markdown file as last parsed: the page (null if it failed), its diagnostics and its hashes.</summary>
    private sealed record ParsedFile(InputFile File, LoadedContent Loaded, IReadOnlyList<Diagnostic> Diagnostics, string BodyHash, string ShapeHash);

    private sealed record KeptPage(string Shape, string Source, FinishedPage Page);

    private readonly ConcurrentDictionary<string, ParsedFile> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KeptPage> _pages = new(StringComparer.Ordinal);
    private string _shape = "";
    private IReadOnlyDictionary<string, byte[]>? _lastSearch;

    /// <summary>The latest build's search files, built on first use; null when the build made them itself.</summary>
    public Lazy<IReadOnlyDictionary<string, byte[]>>? DeferredSearch { get; private set; }

    /// <summary>How many pages the last build rendered afresh, for the console and the tests.</summary>
    public int Rendered => _rendered;
    private int _rendered;

    public LoadedContent Load(SiteInput input, DiagnosticBag diagnostics, Func<SiteInput, DiagnosticBag, LoadedContent> load)
    {
        _rendered = 0;
        var pageFiles = input.Content.Where(IsPageFile).ToList();
        // A translation (page.es.md) is read over its source, with the languages site.yml lists: a hub with
        // translations is loaded whole each time. Its pages are still rendered again only when they changed.
        if (pageFiles.Any(f => TranslationName().IsMatch(f.RelativePath)))
        {
            _parsed.Clear();
            var whole = load(input, diagnostics);
            // Any change to any page may change what another page lists, so the kept pages serve only an unchanged hub.
            _shape = Shape(input, []) + string.Concat(pageFiles.Select(f => f.RelativePath + Hash(f.Bytes)));
            return whole;
        }
        var changed = pageFiles.Where(f => !_parsed.TryGetValue(f.RelativePath, out var p) || !ReferenceEquals(p.File, f)).ToList();
        if (changed.Count > 0)
        {
            // The changed files go through the normal loader together; its result is then split back by file,
            // so each file keeps its own pages and diagnostics for the next build.
            var bag = new DiagnosticBag();
            var loaded = load(new SiteInput(changed, []), bag);
            var all = bag.Sorted();
            var pages = loaded.Pages.ToLookup(p => p.ContentPath, StringComparer.Ordinal);
            foreach (var file in changed)
            {
                var part = loaded with
                {
                    Pages = pages[file.RelativePath].ToList(),
                    FailedFiles = loaded.FailedFiles.Where(f => f == file.RelativePath).ToHashSet(StringComparer.Ordinal),
                };
                // Only its own diagnostics: the loader also reports the missing site.yml this input lacks.
                var own = all.Where(d => d.Span.Path == file.DisplayPath).ToList();
                _parsed[file.RelativePath] = new ParsedFile(file, part, own, Hash(file.Bytes), ShapeHash(file));
            }
        }
        var present = pageFiles.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _parsed.Keys.Where(k => !present.Contains(k)).ToList()) _parsed.TryRemove(gone, out _);

        // Everything else (site.yml, data, planner files, assets) is small: the normal loader reads it every time.
        var rest = load(new SiteInput(input.Content.Where(f => !IsPageFile(f)).ToList(), input.Theme), diagnostics);
        var files = pageFiles.Select(f => _parsed[f.RelativePath]).ToList();
        foreach (var d in files.SelectMany(f => f.Diagnostics)) diagnostics.Add(d);
        _shape = Shape(input, files);
        return rest with
        {
            Pages = files.SelectMany(f => f.Loaded.Pages).ToList(),
            FailedFiles = files.SelectMany(f => f.Loaded.FailedFiles).ToHashSet(StringComparer.Ordinal),
        };
    }

    public FinishedPage? Find(Page page)
    {
        // Packs and the pack builder print scenarios from their front matter alone, which is part of the shape, so
        // they are reused like any page (IncrementalBuilderTests compare every file with a full build).
        return _pages.TryGetValue(page.OutputPath, out var kept) && kept.Shape == _shape && kept.Source == SourceOf(page) ? kept.Page : null;
    }

    public void Keep(Page page, FinishedPage rendered)
    {
        Interlocked.Increment(ref _rendered);
        _pages[page.OutputPath] = new KeptPage(_shape, SourceOf(page), rendered);
    }

    public IReadOnlyDictionary<string, byte[]> SearchIndex(Func<IReadOnlyDictionary<string, byte[]>> build)
    {
        // The first build makes the index; later ones reuse its file names for the link check, and the server
        // builds the real index only when a browser asks for it (it takes longer than the rest of a rebuild).
        if (_lastSearch is null)
        {
            DeferredSearch = null;
            return _lastSearch = build();
        }
        var next = new Lazy<IReadOnlyDictionary<string, byte[]>>(build, LazyThreadSafetyMode.ExecutionAndPublication);
        DeferredSearch = next;
        return _lastSearch;
    }

    private static bool IsPageFile(InputFile f) =>
        f.RelativePath.EndsWith(".md", StringComparison.Ordinal) && !f.RelativePath.StartsWith("planner/", StringComparison.Ordinal);

    private string SourceOf(Page page) =>
        page.ContentPath is { } path && _parsed.TryGetValue(path, out var file) ? file.BodyHash : "";

    /// <summary>Everything but page bodies: each page file's path and front matter, every other input file.</summary>
    private static string Shape(SiteInput input, IReadOnlyList<ParsedFile> pages)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) => hash.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        foreach (var page in pages) { Add(page.File.RelativePath); Add(page.File.DisplayPath); Add(page.ShapeHash); }
        foreach (var file in input.Content.Where(f => !IsPageFile(f)).Concat(input.Theme.Where(IsLayout)))
        {
            Add(file.RelativePath);
            Add(file.DisplayPath);
            hash.AppendData(file.Bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static bool IsLayout(InputFile f) => f.RelativePath.StartsWith("layouts/", StringComparison.Ordinal);

    /// <summary>The hash of the front matter alone: what other pages can see of this one.</summary>
    private static string ShapeHash(InputFile file)
    {
        var text = Encoding.UTF8.GetString(file.Bytes).Replace("\r\n", "\n").TrimStart('\uFEFF');
        return Hash(Encoding.UTF8.GetBytes(FrontMatter.Split(text)?.Yaml ?? text));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\.md$")]
    private static partial System.Text.RegularExpressions.Regex TranslationName();
}

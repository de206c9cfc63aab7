using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Html;
using PeerHub.Markdown;
using PeerHub.Templates;
using Scriban.Runtime;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Site;

/// <summary>The time one build stage took, for the console and the benchmark.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>The result of a build: every diagnostic, and the files it made when there were no errors.</summary>
/// <param name="Files">The files by output path, when the build kept them in memory (no <see cref="ISiteOutput"/>).</param>
/// <param name="Paths">Every output path, in ordinal order; null when the build failed.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, byte[]>? Files,
    IReadOnlyList<string>? Paths,
    IReadOnlyList<StageTiming> Timings,
    int PageCount)
{
    public bool Succeeded => Paths is not null;
}

/// <summary>Where a build writes and what it prints besides the site; the default keeps files in memory.</summary>
/// <param name="Output">Where files go as they are made; committed (swapped in) only when the build succeeds. Null keeps
/// them in <see cref="BuildResult.Files"/>.</param>
/// <param name="PrintPacks">After the commit, print every pack to PDF with this browser (its path), as the last step.</param>
public sealed record BuildOptions(OutputFolder? Output = null, string? PrintPacks = null);

/// <summary>
/// Runs the build's stages in order, each timed: load, validate (the theme, cross-references, the planner; stop on
/// errors), render and post-process, copy static files, index, write the site's own files, check links, commit,
/// print PDFs. Pure over its input: it reads nothing from disk, and writes only through <see cref="BuildOptions.Output"/>.
/// </summary>
public static class SiteBuilder
{
    /// <param name="cache">Work kept from earlier builds of the same site (peerhub serve); null for a one-off build.
    /// With or without it the result is the same, except that the cache may hand back the previous search files.</param>
    /// <param name="kinds">The kinds of page the site is built with; <see cref="SiteKinds.Default"/> unless a test adds one.</param>
    public static BuildResult Build(SiteInput input, Action<string>? progress = null, IBuildCache? cache = null,
        BuildOptions? options = null, SiteKinds? kinds = null)
    {
        options ??= new BuildOptions();
        kinds ??= SiteKinds.Default;
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        T Stage<T>(string name, Func<T> run)
        {
            clock.Restart();
            var result = run();
            timings.Add(new StageTiming(name, clock.Elapsed));
            progress?.Invoke($"{name,-12} {clock.Elapsed.TotalMilliseconds,8:0.0} ms");
            return result;
        }
        BuildResult Fail(int pages = 0) => new(diagnostics.Sorted(), null, null, timings, pages);

        try
        {
            using var background = options.Output is null ? null : new BackgroundOutput(options.Output);
            var files = new SiteFiles(background);

            // Load, then validate everything before a single page renders.
            var content = Stage("load", () =>
            {
                foreach (var problem in input.ReadProblems) diagnostics.Add(problem);
                return cache is null ? ContentLoader.Load(input, kinds.Content, diagnostics)
                    : cache.Load(input, diagnostics, (i, d) => ContentLoader.Load(i, kinds.Content, d));
            });
            var (theme, worker) = Stage("theme", () =>
            {
                var theme = new Theme(input.Theme, diagnostics);
                return (theme, ServiceWorker.Template(input.Theme, theme.DisplayRoot, diagnostics));
            });
            using var ownedTheme = theme;
            var site = Stage("assemble", () => SiteAssembler.Assemble(content, kinds, theme.Strings, diagnostics));
            if (site is null || worker is null || diagnostics.HasErrors) return Fail(content.Pages.Count);
            var planner = Stage("planner", () => Planner.PlannerStage.Build(content.PlannerFiles, site, diagnostics));
            if (diagnostics.HasErrors) return Fail(site.Pages.Count);
            var sites = Stage("languages", () => Languages(site, content, kinds, theme, diagnostics));
            site = sites[0];
            if (diagnostics.HasErrors) return Fail(site.Pages.Count);
            var pageCount = sites.Sum(s => s.Pages.Count);
            foreach (var languageSite in sites.Skip(1))
                planner = planner.Concat(Stage("planner " + languageSite.Languages.Current,
                    () => Planner.PlannerStage.BuildLanguage(content.PlannerFiles, languageSite, diagnostics))).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            if (diagnostics.HasErrors) return Fail(pageCount);

            var rendered = Stage("render", () => sites.SelectMany(s => Render(s, theme, input, cache, files, diagnostics)).ToList());
            if (diagnostics.HasErrors) return Fail(pageCount);
            // Only the search index reads the pages' text, so the link checker's copies go without it.
            var processed = rendered.Select(r => (Page: r.Finished!.Processed with { TextUtf8 = [] }, r.Finished.Origin)).ToList();

            Stage("static", () =>
            {
                foreach (var file in theme.StaticFiles) files.Add(file.RelativePath["static/".Length..], file.Bytes, file.DisplayPath);
                foreach (var asset in site.Assets) files.Add(asset.RelativePath, asset.Bytes, asset.DisplayPath);
                return 0;
            });
            Stage("index", () =>
            {
                // Each page is let go as the index takes it: on a big site the text of every page is 100 MB or more,
                // and holding it all while the index is written made this the build's peak of memory.
                var indexed = rendered.Select(r => (r.Page, r.Finished!.Processed, r.Finished.Headings)).ToArray();
                rendered.Clear();
                // One index per language, each of its own pages.
                IReadOnlyDictionary<string, byte[]> BuildAll()
                {
                    var byLanguage = indexed.GroupBy(p => p.Page.PathPrefix).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
                    Array.Clear(indexed);
                    return sites.SelectMany(s => Search.SiteSearchIndex.Build(s, TakeEach(byLanguage.GetValueOrDefault(s.Languages.Prefix) ?? []), Search.SearchLanguage.Find(s.Languages.Current)))
                        .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
                }
                var search = cache is null ? BuildAll() : cache.SearchIndex(BuildAll);
                foreach (var (path, bytes) in search) files.Add(path, bytes);
                return 0;
            });
            Stage("site files", () =>
            {
                foreach (var (path, bytes) in planner) files.Add(path, bytes);
                foreach (var languageSite in sites)
                    if (InterfaceStrings.Script(StringsOf(languageSite, theme, diagnostics)) is { } script)
                        files.Add(InterfaceStrings.PathFor(languageSite.Languages.Current), script);
                files.Add("sitemap.xml", Encoding.UTF8.GetBytes(Sitemap.Write(sites)));
                files.Add("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {site.Config.BaseUrl.TrimEnd('/')}/sitemap.xml\n"));
                // Last: the service worker lists every other file of the site.
                files.Add(ServiceWorker.FileName, ServiceWorker.Write(worker!, files.Digests, files.Sizes, ServiceWorker.Core(site)));
                return 0;
            });
            Stage("links", () =>
            {
                files.ReportCollisions(diagnostics);
                // Only asked for when a refused URL must be placed in a page's own file, so a clean build never builds it.
                var contentFiles = new Lazy<Dictionary<string, InputFile>>(() => input.Content.ToDictionary(f => f.DisplayPath, StringComparer.Ordinal));
                LinkChecker.Check(processed, files.Digests.Keys.ToHashSet(StringComparer.Ordinal), Theme.SharedSources(input), diagnostics,
                    path => contentFiles.Value.TryGetValue(path, out var file) ? file.ReadText(new DiagnosticBag()) : null);
                return 0;
            });
            if (diagnostics.HasErrors) return Fail(pageCount);

            var paths = files.Digests.Keys.Order(StringComparer.Ordinal).ToList();
            if (options.Output is { } output)
            {
                Stage("write", () => { background!.Complete(); output.Commit(paths); return 0; });
                if (options.PrintPacks is { } browser)
                    Stage("pdf", () =>
                    {
                        try { Packs.PackPdf.PrintAll(browser, output.OutputPath, Packs.PackPdf.PackPages(paths), progress); }
                        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
                        {
                            diagnostics.Error(Codes.OutputFailed, SourceSpan.FileStart(output.OutputPath),
                                $"printing the packs to PDF failed: {e.Message.TrimEnd('.')}. The site itself was written");
                        }
                        // Every toolkit template on Letter and A4, in each language it is translated to.
                        var templates = sites.SelectMany(s => s.Pages.Where(p => p.Meta is ToolkitMeta && !p.Fallback).Select(p => p.OutputPath))
                            .Order(StringComparer.Ordinal).ToList();
                        try { Toolkit.ToolkitPdf.PrintAll(browser, output.OutputPath, templates, progress); }
                        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException
                                                      or AggregateException or System.Net.WebSockets.WebSocketException)
                        {
                            diagnostics.Error(Codes.OutputFailed, SourceSpan.FileStart(output.OutputPath),
                                $"printing the toolkit templates to PDF failed: {(e is AggregateException a ? a.InnerException?.Message ?? e.Message : e.Message).TrimEnd('.')}. The site itself was written");
                        }
                        return 0;
                    });
            }
            return new BuildResult(diagnostics.Sorted(), files.Kept, paths, timings, pageCount);
        }
        catch (Exception e) when (OutputFailure.Find(e) is { } failure)
        {
            diagnostics.Error(Codes.OutputFailed, SourceSpan.FileStart(options.Output?.OutputPath ?? "_site"), OutputFailure.Describe(failure));
            return Fail();
        }
    }

    /// <summary>
    /// The site in each of its languages, the default first: a further language's site has every page, translated
    /// or shown in the default language with a notice, and each site knows which pages the others really have.
    /// </summary>
    private static List<SiteModel> Languages(SiteModel site, LoadedContent content, SiteKinds kinds, Theme theme, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        var further = config.Languages
            .Select(l => (Language: l, Site: SiteAssembler.AssembleLanguage(content, l, kinds, theme.StringsFor(l.Code, diagnostics))))
            .Where(x => x.Site is not null).ToList();
        var all = new List<SiteLanguage> { new(config.Language, config.LanguageName, "", null) };
        all.AddRange(further.Select(x => new SiteLanguage(x.Language.Code, x.Language.Name, x.Language.Code + "/",
            x.Site!.Pages.Where(p => !p.Fallback).Select(p => p.Url).ToHashSet(StringComparer.Ordinal))));
        var sites = further.Select(x => x.Site!).Prepend(site).ToList();
        var byLanguage = sites.ToDictionary(s => s.Config.Language,
            s => (IReadOnlyDictionary<string, Page>)s.Pages.Where(p => !p.Fallback).ToDictionary(p => p.Url, StringComparer.Ordinal), StringComparer.Ordinal);
        return sites.Select(s => s with { Languages = new SiteLanguages(s.Config.Language, all), PagesByLanguage = byLanguage }).ToList();
    }

    /// <summary>The theme's words in a language site's language.</summary>
    private static ThemeStrings StringsOf(SiteModel site, Theme theme, DiagnosticBag diagnostics) =>
        site.Languages.IsDefault ? theme.Strings : theme.StringsFor(site.Languages.Current, diagnostics);

    /// <summary>Renders and post-processes every page, on every core; each page's bytes go to the output as soon as they are made.</summary>
    private static List<(Page Page, FinishedPage? Finished)> Render(SiteModel site, Theme theme, SiteInput input, IBuildCache? cache,
        SiteFiles files, DiagnosticBag diagnostics)
    {
        var markdown = MarkdownRenderer.Shared;
        var themeStrings = StringsOf(site, theme, diagnostics);
        var views = new ViewBuilder(site, markdown, themeStrings);
        var functions = TemplateFunctions.Create(markdown, themeStrings);
        // Render and post-process each page in one pass and keep only its UTF-8 bytes and what later stages read.
        // Holding every page's HTML as strings between separate stages took gigabytes on a 10,000-page site.
        var basePath = views.Site.BasePath;
        var strings = new StringPool();
        var language = site.Languages.IsDefault ? null : new LanguageLinks(site.Languages.Prefix, site.Pages.Select(p => p.Url));
        // Every pack and the pack builder print scenarios: build their views and lay out their sheets on all cores
        // first, so the one pack builder page, which needs them all, does not make thousands on one core while the other idles.
        var scenarios = site.Of<ScenarioMeta>().Select(s => s.Page).ToArray();
        Parallel.For(0, scenarios.Length, i =>
        {
            // A field Markdig cannot render is reported when the scenario's own page is rendered.
            try { Packs.PageNumbering.Sheets(scenarios[i], views); } catch (MarkdownTooDeepException) { }
        });
        // One page at a time, pages that gather many others first: the pack builder alone takes as long as hundreds of
        // pages, and a core that took it, or a big chunk of pages, near the end would finish alone while the others waited.
        var pages = site.Pages.ToArray();
        var order = Enumerable.Range(0, pages.Length).Where(i => pages[i].Kind.Gathers)
            .Concat(Enumerable.Range(0, pages.Length).Where(i => !pages[i].Kind.Gathers)).ToArray();
        var results = new (Page Page, FinishedPage? Finished)[pages.Length];
        // Each core takes the next page in that order as it frees up; one that fails stops them all.
        var taken = -1;
        Parallel.For(0, Environment.ProcessorCount, (_, loop) =>
        {
            for (var next = Interlocked.Increment(ref taken); next < order.Length && !loop.ShouldExitCurrentIteration; next = Interlocked.Increment(ref taken))
            {
                var i = order[next];
                var page = pages[i];
                // A page whose inputs are unchanged since the last build (peerhub serve) is not rendered again.
                var finished = cache?.Find(page);
                if (finished is null && RenderPage(page, markdown, theme, views, functions, themeStrings, basePath, strings, input, diagnostics, language) is { } rendered)
                {
                    var (made, html) = rendered;
                    // Written now, while the other core renders, straight from the post-processor's buffer; a page's
                    // bytes are not kept after that, unless a cache (peerhub serve) keeps them for the next build.
                    if (cache is null)
                    {
                        results[i] = (page, made with { Bytes = files.Add(page.OutputPath, html) });
                        continue;
                    }
                    finished = made with { Bytes = html.ToArray() };
                    cache.Keep(page, finished);
                }
                if (finished is not null) finished = finished with { Bytes = files.Add(page.OutputPath, finished.Bytes) };
                results[i] = (page, finished);
            }
        });
        return [.. results];
    }

    /// <summary>
    /// Renders and post-processes one page: what later stages read (its bytes empty) and its HTML in a pooled
    /// buffer. Null when its template failed (the error is in the bag).
    /// </summary>
    private static (FinishedPage Page, PooledBytes Html)? RenderPage(Page page, MarkdownRenderer markdown, Theme theme, ViewBuilder views, ScriptObject functions,
        ThemeStrings themeStrings, string basePath, StringPool strings, SiteInput input, DiagnosticBag diagnostics, LanguageLinks? language)
    {
        var body = markdown.Render(page.Body, page.BodyLine);
        ReviewChecks.Check(page, body, diagnostics);
        var origin = new PageOrigin(page.Source.Path is null ? LayoutOf(page, input, theme.DisplayRoot) : page.Source,
            body.Links.Count == 0 ? PageOrigin.NoLinks : () => markdown.Render(page.Body, page.BodyLine).Links);
        PageView view;
        try { view = views.Build(page, body); }
        catch (MarkdownTooDeepException e)
        {
            diagnostics.Error(Codes.InvalidValue, origin.Source, page.Source.Path is null ? $"{e.Message} (while making {page.OutputPath})" : e.Message);
            return null;
        }
        var html = theme.Render(view, views.Site, functions, themeStrings, diagnostics, page.Source);
        var headings = body.Headings.Select(h => h.Text).ToList();
        if (html is null) return null;

        var processed = HtmlPostProcessor.ProcessPooled(page.OutputPath, html.Value, basePath, absoluteLinks: page.Kind.ServedAnywhere,
            collectText: Search.SiteSearchIndex.IsIndexed(page.Kind), strings, language);
        // The HTML lives on as bytes; later stages read only the ids, links and text.
        return (new FinishedPage(headings, origin, processed.Page, []), processed.Utf8);
    }

    /// <summary>Hands out an array's items in order, clearing each slot as it goes, so nothing else keeps them alive.</summary>
    private static IEnumerable<T> TakeEach<T>(T[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            items[i] = default!;
            yield return item;
        }
    }

    /// <summary>Where a generated page's problems are reported: the layout that renders it.</summary>
    private static SourceSpan LayoutOf(Page page, SiteInput input, string themeRoot)
    {
        var own = $"layouts/{page.Kind.Name}.html";
        var layout = input.Theme.FirstOrDefault(f => f.RelativePath == own)
            ?? input.Theme.FirstOrDefault(f => f.RelativePath == "layouts/default.html");
        return SourceSpan.FileStart(layout?.DisplayPath ?? $"{themeRoot}/{own}");
    }
}

/// <summary>
/// The files of one build as they are made: each file's digest (for the service worker's version and the link
/// checker's list), and its bytes when there is no output to hand them to. Safe to add to from several threads.
/// </summary>
internal sealed class SiteFiles(ISiteOutput? output)
{
    private readonly ConcurrentDictionary<string, byte[]> _digests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]>? _kept = output is null ? new(StringComparer.Ordinal) : null;

    public IReadOnlyDictionary<string, byte[]> Digests => _digests;

    /// <summary>Each file's size in bytes, for what the service worker tells a reader saving the hub offline will cost.</summary>
    public IReadOnlyDictionary<string, long> Sizes => _sizes;
    private readonly ConcurrentDictionary<string, long> _sizes = new(StringComparer.Ordinal);

    /// <summary>Each path written twice, or two paths one case-insensitive host would see as one, as an error at the file that came second.</summary>
    public void ReportCollisions(DiagnosticBag diagnostics)
    {
        foreach (var (path, source) in _collisions.OrderBy(c => c.Path, StringComparer.Ordinal))
            diagnostics.Error(Codes.DuplicateSlug, SourceSpan.FileStart(source ?? path),
                _digests.Keys.Count(k => string.Equals(k, path, StringComparison.OrdinalIgnoreCase)) > 1
                    ? $"the site would have both `{path}` and {string.Join(", ", _digests.Keys.Where(k => k != path && string.Equals(k, path, StringComparison.OrdinalIgnoreCase)).Select(k => $"`{k}`"))}, one file on a host that ignores case; rename one"
                    : $"`{path}` is written twice (by this file and by {(source is null ? "another" : "the generator or another file")}); PeerHub makes robots.txt, sitemap.xml, sw.js, 404.html and search/ itself, so rename this file");
    }

    /// <summary>The files themselves, sorted by path, when they were kept in memory.</summary>
    public IReadOnlyDictionary<string, byte[]>? Kept => _kept is null ? null : new SortedDictionary<string, byte[]>(_kept, StringComparer.Ordinal);

    // Where each file that came from a content or theme file was written from, and paths written twice.
    private readonly ConcurrentDictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _lowerCase = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Path, string? Source)> _collisions = [];

    /// <summary>Adds a file; returns the bytes to keep for it, empty when the output has them.</summary>
    /// <param name="source">The content or theme file it copies, for an error if something else writes the same path.</param>
    public byte[] Add(string path, byte[] bytes, string? source = null)
    {
        Record(path, bytes, source);
        if (output is null)
        {
            _kept![path] = bytes;
            return bytes;
        }
        output.Write(path, bytes);
        return [];
    }

    /// <summary>Adds a page from the post-processor's pooled buffer, which the output gives back once written.</summary>
    public byte[] Add(string path, PooledBytes bytes)
    {
        if (output is null) return Add(path, bytes.ToArray());
        try { Record(path, bytes.Span, source: null); }
        catch { bytes.Dispose(); throw; }
        output.Write(path, bytes);
        return [];
    }

    private void Record(string path, ReadOnlySpan<byte> bytes, string? source)
    {
        // Two writers of one path (content/robots.txt and the generated robots.txt, a content file and a theme file), or
        // two paths that differ only in case (one file on a host that ignores case), would lose one of them silently.
        if (_digests.ContainsKey(path) || !_lowerCase.TryAdd(path.ToLowerInvariant(), 0)) _collisions.Add((path, source ?? _sources.GetValueOrDefault(path)));
        if (source is not null) _sources[path] = source;
        // The service worker's version leaves out the search files' bytes (they follow from the pages), so
        // hashing 100 MB of index for it would be wasted. It only has to change when a file does, so a fast
        // non-cryptographic hash does: SHA-256 of every page took about half a second of a 10,000-page build.
        _digests[path] = path.StartsWith("search/", StringComparison.Ordinal) ? [] : System.IO.Hashing.XxHash128.Hash(bytes);
        _sizes[path] = bytes.Length;
    }
}

/// <summary>
/// A page rendered and post-processed: its final bytes (empty once a build has handed them to its output) and what
/// later stages read (headings for search, ids, links and text). A cache may hand it to a later build.
/// </summary>
public sealed record FinishedPage(IReadOnlyList<string> Headings, PageOrigin Origin, ProcessedPage Processed, byte[] Bytes);

/// <summary>
/// What a long-running caller (peerhub serve, see Serve/BuildCache.cs) keeps between builds of the same site.
/// Each hook must give what the build would compute itself from the same input, except the search files.
/// </summary>
public interface IBuildCache
{
    /// <summary>Loads the content; <paramref name="load"/> is the normal loader, for the files that changed.</summary>
    LoadedContent Load(SiteInput input, DiagnosticBag diagnostics, Func<SiteInput, DiagnosticBag, LoadedContent> load);

    /// <summary>The page as an earlier build rendered it from the same inputs, or null.</summary>
    FinishedPage? Find(Page page);

    /// <summary>Remembers a freshly rendered page (only pages that rendered without errors reach this).</summary>
    void Keep(Page page, FinishedPage rendered);

    /// <summary>The search files; may return the previous build's at once and build the new ones when asked.</summary>
    IReadOnlyDictionary<string, byte[]> SearchIndex(Func<IReadOnlyDictionary<string, byte[]>> build);
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Html;
using PeerHub.Markdown;
using PeerHub.Templates;
using Scriban.Runtime;

namespace PeerHub.Site;

/// <summary>The time one build stage took, for the console and the benchmark.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>The result of a build: every diagnostic, and the files to write when there were no errors.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, byte[]>? Files,
    IReadOnlyList<StageTiming> Timings,
    int PageCount)
{
    public bool Succeeded => Files is not null;
}

/// <summary>
/// Runs the build's stages in order: load, assemble (cross-check), render, post-process, check links, extras.
/// Pure over its input: it reads nothing from disk and writes nothing; the writer does that.
/// </summary>
public static class SiteBuilder
{
    /// <param name="cache">Work kept from earlier builds of the same site (peerhub serve); null for a one-off build.
    /// With or without it the result is the same, except that the cache may hand back the previous search files.</param>
    public static BuildResult Build(SiteInput input, Action<string>? progress = null, IBuildCache? cache = null)
    {
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
        BuildResult Fail(int pages = 0) => new(diagnostics.Sorted(), null, timings, pages);

        var content = Stage("load", () => cache is null ? ContentLoader.Load(input, diagnostics) : cache.Load(input, diagnostics, ContentLoader.Load));
        var theme = Stage("theme", () => new Theme(input.Theme, diagnostics));
        var site = Stage("assemble", () => SiteAssembler.Assemble(content, diagnostics));
        if (site is null || diagnostics.HasErrors) return Fail(content.Pages.Count);

        var markdown = MarkdownRenderer.Shared;
        var views = new ViewBuilder(site, markdown);
        var functions = TemplateFunctions.Create(markdown);
        var rendered = Stage("render", () => site.Pages
            .AsParallel().AsOrdered()
            .Select(page =>
            {
                // A page whose inputs are unchanged since the last build skips rendering and post-processing.
                if (cache?.Find(page) is { } kept) return (Page: page, kept.Body, Html: (string?)kept.Processed.Html, Kept: kept);
                var body = markdown.Render(page.Body, page.BodyLine);
                var html = theme.Render(views.Build(page, body), views.Site, functions, diagnostics, page.Source);
                return (Page: page, Body: body, Html: html, Kept: (FinishedPage?)null);
            })
            .ToList());
        if (diagnostics.HasErrors) return Fail(site.Pages.Count);

        var basePath = views.Site.BasePath;
        var processed = Stage("postprocess", () => rendered
            .AsParallel().AsOrdered()
            .Select(r =>
            {
                var done = r.Kept ?? new FinishedPage(r.Body,
                    HtmlPostProcessor.Process(r.Page.OutputPath, r.Html!, basePath, absoluteLinks: r.Page.Kind == PageKind.NotFound));
                if (r.Kept is null) cache?.Keep(r.Page, done);
                return (Page: done.Processed, Origin: new PageOrigin(r.Page.Source, r.Body.Links), done.Bytes);
            })
            .ToList());

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (page, _, bytes) in processed) files[page.OutputPath] = bytes;
        foreach (var file in theme.StaticFiles) files[file.RelativePath["static/".Length..]] = file.Bytes;
        foreach (var asset in site.Assets) files[asset.RelativePath] = asset.Bytes;
        if (!theme.StaticFiles.Any(f => f.RelativePath == "static/js/vendor/lunr.min.js"))
            diagnostics.Error(Codes.MissingField, SourceSpan.FileStart("themes/default/package.json"),
                "lunr.js is not installed in the theme (node_modules/lunr/lunr.min.js); run `npm ci --prefix themes/default` first");
        Stage("index", () =>
        {
            var indexed = processed.Select((p, i) => (rendered[i].Page, p.Page, (IReadOnlyList<string>)rendered[i].Body.Headings.Select(h => h.Text).ToList())).ToList();
            var search = cache is null ? Search.SiteSearchIndex.Build(site, indexed) : cache.SearchIndex(() => Search.SiteSearchIndex.Build(site, indexed));
            foreach (var (path, bytes) in search) files[path] = bytes;
            return 0;
        });
        Stage("extras", () =>
        {
            files["sitemap.xml"] = Encoding.UTF8.GetBytes(Sitemap.Write(site));
            foreach (var (path, bytes) in Planner.PlannerStage.Build(content.PlannerFiles, site, diagnostics)) files[path] = bytes;
            files["robots.txt"] = Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {site.Config.BaseUrl.TrimEnd('/')}/sitemap.xml\n");
            return 0;
        });

        var shared = input.Theme.Where(f => f.RelativePath.StartsWith("layouts/", StringComparison.Ordinal))
            .Concat(input.Content.Where(f => f.RelativePath == "site.yml"))
            .Select(f => (f.DisplayPath, Text: f.ReadText(diagnostics) ?? "")).ToList();
        Stage("links", () => { LinkChecker.Check(processed.Select(p => (p.Page, p.Origin)).ToList(), files.Keys.ToHashSet(StringComparer.Ordinal), shared, diagnostics); return 0; });
        if (diagnostics.HasErrors) return Fail(site.Pages.Count);
        return new BuildResult(diagnostics.Sorted(), files, timings, site.Pages.Count);
    }
}

/// <summary>Functions templates may call, besides Scriban's built-ins.</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(MarkdownRenderer markdown)
    {
        var functions = new ScriptObject();
        functions.Import("markdownify", new Func<string?, string>(s => s is null ? "" : markdown.RenderInline(s)));
        functions.Import("slugify", new Func<string?, string>(s => s is null ? "" : Yaml.Naming.Slugify(s)));
        return functions;
    }
}

/// <summary>A page rendered and post-processed, with its final bytes; a cache may hand it to a later build.</summary>
public sealed record FinishedPage(RenderedMarkdown Body, ProcessedPage Processed)
{
    public byte[] Bytes { get; } = Encoding.UTF8.GetBytes(Processed.Html);
}

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

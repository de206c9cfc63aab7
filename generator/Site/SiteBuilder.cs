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
    public static BuildResult Build(SiteInput input, Action<string>? progress = null)
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

        var content = Stage("load", () => ContentLoader.Load(input, diagnostics));
        var theme = Stage("theme", () => new Theme(input.Theme, diagnostics));
        var site = Stage("assemble", () => SiteAssembler.Assemble(content, diagnostics));
        if (site is null || diagnostics.HasErrors) return Fail(content.Pages.Count);

        var markdown = MarkdownRenderer.Shared;
        var views = new ViewBuilder(site, markdown);
        var functions = TemplateFunctions.Create(markdown);
        // Render and post-process each page in one pass and keep only its UTF-8 bytes and what later stages read.
        // Holding every page's HTML as strings between separate stages took gigabytes on a 10,000-page site.
        var basePath = views.Site.BasePath;
        var rendered = Stage("render", () => site.Pages
            .AsParallel().AsOrdered()
            .Select(page => RenderPage(page, markdown, theme, views, functions, basePath, input, diagnostics))
            .ToList());
        if (diagnostics.HasErrors) return Fail(site.Pages.Count);
        var processed = rendered.Select(r => (Page: r.Processed!, r.Origin)).ToList();

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var r in rendered) files[r.Page.OutputPath] = r.Bytes!;
        foreach (var file in theme.StaticFiles) files[file.RelativePath["static/".Length..]] = file.Bytes;
        foreach (var asset in site.Assets) files[asset.RelativePath] = asset.Bytes;
        if (!theme.StaticFiles.Any(f => f.RelativePath == "static/js/vendor/lunr.min.js"))
            diagnostics.Error(Codes.MissingField, SourceSpan.FileStart("themes/default/package.json"),
                "lunr.js is not installed in the theme (node_modules/lunr/lunr.min.js); run `npm ci --prefix themes/default` first");
        Stage("index", () =>
        {
            var indexed = rendered.Select(r => (r.Page, r.Processed!, r.Headings)).ToList();
            foreach (var (path, bytes) in Search.SiteSearchIndex.Build(site, indexed)) files[path] = bytes;
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
            .Concat(input.Content.Where(f => f.RelativePath == "site.yml" || f.RelativePath.StartsWith("data/", StringComparison.Ordinal)))
            .Select(f => (f.DisplayPath, Text: f.ReadText(diagnostics) ?? "")).ToList();
        // Last: the service worker lists every other file of the site.
        files[ServiceWorker.FileName] = ServiceWorker.Write(files);
        Stage("links", () => { LinkChecker.Check(processed, files.Keys.ToHashSet(StringComparer.Ordinal), shared, diagnostics); return 0; });
        if (diagnostics.HasErrors) return Fail(site.Pages.Count);
        return new BuildResult(diagnostics.Sorted(), files, timings, site.Pages.Count);
    }

    /// <summary>One page after render and post-process; Processed and Bytes are null when its template failed.</summary>
    private sealed record RenderedPage(Page Page, IReadOnlyList<string> Headings, PageOrigin Origin, ProcessedPage? Processed, byte[]? Bytes);

    private static RenderedPage RenderPage(Page page, MarkdownRenderer markdown, Theme theme, ViewBuilder views, ScriptObject functions,
        string basePath, SiteInput input, DiagnosticBag diagnostics)
    {
        var body = markdown.Render(page.Body, page.BodyLine);
        ReviewChecks.Check(page, body, diagnostics);
        var html = theme.Render(views.Build(page, body), views.Site, functions, diagnostics, page.Source);
        var origin = new PageOrigin(page.Source.Path is null ? LayoutOf(page, input) : page.Source, body.Links);
        var headings = body.Headings.Select(h => h.Text).ToList();
        if (html is null) return new RenderedPage(page, headings, origin, null, null);

        var processed = HtmlPostProcessor.Process(page.OutputPath, html, basePath, absoluteLinks: page.Kind == PageKind.NotFound);
        // The HTML lives on as bytes; later stages read only the ids, links and text.
        return new RenderedPage(page, headings, origin, processed with { Html = "" }, Encoding.UTF8.GetBytes(processed.Html));
    }

    /// <summary>Where a generated page's problems are reported: the layout that renders it.</summary>
    private static SourceSpan LayoutOf(Page page, SiteInput input)
    {
        var kind = page.Kind.ToString().ToLowerInvariant();
        var layout = input.Theme.FirstOrDefault(f => f.RelativePath == $"layouts/{kind}.html")
            ?? input.Theme.FirstOrDefault(f => f.RelativePath == "layouts/default.html");
        return SourceSpan.FileStart(layout?.DisplayPath ?? $"themes/default/layouts/{kind}.html");
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

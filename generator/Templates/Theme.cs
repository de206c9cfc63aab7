using System.Collections.Concurrent;
using PeerHub.Diagnostics;
using Scriban;
using Scriban.Parsing;
using SourceSpan = PeerHub.Diagnostics.SourceSpan;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using PeerHub.Model;

namespace PeerHub.Templates;

/// <summary>
/// The theme's Scriban layouts, parsed once and reused by every page and thread. A page is rendered with
/// <c>layouts/&lt;kind&gt;.html</c> (or <c>layouts/default.html</c>), and the result is wrapped by
/// <c>layouts/baseof.html</c> as <c>content</c>. Partials come from <c>layouts/partials/</c>.
/// </summary>
public sealed class Theme : IDisposable
{
    private readonly Dictionary<string, Template> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputFile> _files;
    private readonly ThemeLoader _loader;
    private readonly List<KeyValuePair<string, Template>> _partials;
    private readonly ThreadLocal<ThemeContext> _contexts;
    // Read-only after start-up, so every thread's context can share it.
    private static readonly ScriptObject ThemeFunctions = new() { ["include"] = new DirectInclude() };
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _accessors = new();
    // The templates' pages with the theme's words in each language already in place (StringFolding), made once a language.
    private readonly ConcurrentDictionary<ThemeStrings, Dictionary<string, ScriptPage>> _folded = new();

    public IReadOnlyList<InputFile> StaticFiles { get; }

    /// <summary>The theme's words for generated pages.</summary>
    public ThemeStrings Strings { get; }

    private readonly ConcurrentDictionary<string, ThemeStrings> _languageStrings = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<InputFile> _allFiles;

    /// <summary>The theme's words in a further language (strings/&lt;code&gt;.yml), checked once against the default language's keys.</summary>
    public ThemeStrings StringsFor(string language, DiagnosticBag diagnostics) => _languageStrings.GetOrAdd(language, code =>
    {
        var strings = new ThemeStrings(_allFiles, DisplayRoot, diagnostics, code);
        strings.CheckSameKeys(Strings);
        return strings;
    });

    /// <summary>The theme folder as diagnostics print it, for example <c>themes/default</c>.</summary>
    public string DisplayRoot { get; }

    /// <summary>The file the theme's npm packages put lunr.js in; the search page cannot work without it.</summary>
    public static readonly string LunrPath = ThemePackageFile.Lunr.ThemePath;

    public Theme(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics)
    {
        _files = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        _allFiles = files;
        DisplayRoot = RootOf(files);
        Strings = new ThemeStrings(files, DisplayRoot, diagnostics);
        // One error per npm package (lunr, lunr-languages), naming the files that are missing.
        foreach (var missing in ThemePackageFile.All.Where(p => !_files.ContainsKey(p.ThemePath)).GroupBy(p => p.Package))
            diagnostics.Error(Codes.MissingThemeFile, SourceSpan.FileStart($"{DisplayRoot}/package.json"),
                $"{(missing.Key == "lunr" ? "lunr.js" : missing.Key)} is not installed in the theme ({string.Join(", ", missing.Select(p => p.NodeModulesPath))}); run `npm ci --prefix {DisplayRoot}` first");
        StaticFiles = files.Where(f => f.RelativePath.StartsWith("static/", StringComparison.Ordinal)).ToList();
        foreach (var file in files.Where(f => f.RelativePath.StartsWith("layouts/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".html")))
        {
            if (file.ReadText(diagnostics) is not { } text) continue;
            var template = Template.Parse(text, file.DisplayPath);
            if (template.HasErrors)
            {
                foreach (var m in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                    diagnostics.Error(Codes.TemplateError, ToSpan(m.Span, file.DisplayPath), m.Message);
                continue;
            }
            _layouts[file.RelativePath] = template;
        }
        if (!_files.ContainsKey("layouts/baseof.html"))
            diagnostics.Error(Codes.TemplateError, SourceSpan.FileStart($"{DisplayRoot}/layouts/baseof.html"),
                "the theme has no layouts/baseof.html, the page frame every page is rendered into");
        _partials = _layouts.Where(l => l.Key.StartsWith("layouts/partials/", StringComparison.Ordinal)).ToList();
        _loader = new ThemeLoader(_files, diagnostics);
        _contexts = new ThreadLocal<ThemeContext>(NewContext);
    }

    /// <summary>The most loop iterations one loop of a template may make, counting the loops nested in it.</summary>
    public const int MaxLoopIterations = 5_000_000;

    /// <summary>A rendering thread's template context, with the theme's settings.</summary>
    private ThemeContext NewContext() => new(_accessors)
    {
        TemplateLoader = _loader,
        StrictVariables = true,
        EnableRelaxedMemberAccess = false,
        // Scriban counts every iteration of a loop and of the loops nested in it against this limit, not each loop
        // on its own: the pack builder's loop over every scenario, with each scenario's roles, prompts, flags and
        // debrief inside it, stayed under 100,000 for the 10,000-page benchmark hub in English and passed it once the
        // same hub was bilingual. The limit only stops a runaway loop (a page that writes too much is stopped by the output
        // limit below), so it leaves room for hubs many times that size; a `while true` still ends in seconds.
        LoopLimit = MaxLoopIterations,
        AutoIndent = false,
        // Scriban's default cuts any string and any page at 1,048,576 characters without a word: a listing of
        // 5,000 guides simply ended after its heading. Conversions are never cut. A page is held to
        // PageOutput.MaxChars by its buffer, which can tell the renderer it was the page that grew too large;
        // Scriban's limit, on everything a page writes including captures and included text, only stops a
        // runaway template from filling memory.
        LimitToString = 0,
        OutputLimit = 2 * PageOutput.MaxChars,
        OnOutputLimit = ScriptLimitBehavior.Throw,
    };

    /// <summary>Frees each rendering thread's template context.</summary>
    public void Dispose() => _contexts.Dispose();

    /// <summary>
    /// The theme folder as its files' display paths show it: a file's display path less its path inside the theme.
    /// A theme with no files is reported as themes/default, where the build looked by default.
    /// </summary>
    private static string RootOf(IReadOnlyList<InputFile> files) =>
        files.FirstOrDefault(f => f.DisplayPath.EndsWith("/" + f.RelativePath, StringComparison.Ordinal)) is { } file
            ? file.DisplayPath[..^(file.RelativePath.Length + 1)]
            : "themes/default";

    /// <summary>
    /// The files a link can be written in besides content pages (the layouts, site.yml, data files), for the link
    /// checker to name where a broken link in a generated page comes from.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> SharedSources(SiteInput input) =>
        input.Theme.Where(f => f.RelativePath.StartsWith("layouts/", StringComparison.Ordinal))
            .Concat(input.Content.Where(f => f.RelativePath == "site.yml" || f.RelativePath.StartsWith("data/", StringComparison.Ordinal)))
            .Select(f => (f.DisplayPath, Text: f.ReadText(new DiagnosticBag()) ?? "")).ToList();

    /// <summary>
    /// Renders a page's full HTML; a template mistake becomes a diagnostic and the result is null. The HTML is
    /// this thread's output buffer: read it before the thread renders another page.
    /// </summary>
    /// <param name="strings">The words of the page's language, the ones <paramref name="functions"/>' <c>t</c> gives.</param>
    public ReadOnlyMemory<char>? Render(PageView page, SiteView site, IScriptObject functions, ThemeStrings strings, DiagnosticBag diagnostics, SourceSpan pageSource)
    {
        var layoutPath = $"layouts/{page.Kind}.html";
        if (!_layouts.ContainsKey(layoutPath) && !_layouts.ContainsKey(layoutPath = "layouts/default.html"))
        {
            diagnostics.Error(Codes.TemplateError, pageSource, $"the theme has neither layouts/{page.Kind}.html nor layouts/default.html");
            return null;
        }
        if (!_layouts.ContainsKey("layouts/baseof.html")) return null;

        var pages = _folded.GetOrAdd(strings, words => StringFolding.Fold(_layouts, words));
        var context = _contexts.Value!;
        SeedPartials(context);
        context.Pages = pages;
        var globals = new ScriptObject { ["page"] = page, ["site"] = site };
        context.PushGlobal(ThemeFunctions);
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        var rendered = false;
        try
        {
            globals["content"] = new LayoutBody(pages[layoutPath]);
            // Evaluated straight into this thread's reusable buffer; Reset below takes the output off the stack.
            var output = context.PageBuffer;
            output.Clear();
            context.PushOutput(output);
            context.Evaluate(pages["layouts/baseof.html"]);
            rendered = true;
            return output.Written;
        }
        catch (ScriptRuntimeException e)
        {
            var where = ToSpan(e.Span, e.Span.FileName ?? layoutPath);
            var rendering = $"(while rendering {page.Url}{(pageSource.Path is null ? ", a generated page" : " from " + pageSource.Path)})";
            if (context.PageBuffer.Overflowed) TooLarge(page, pageSource, where, rendering, diagnostics);
            else diagnostics.Error(Codes.TemplateError, where, $"{e.OriginalMessage} {rendering}");
            return null;
        }
        finally
        {
            if (rendered)
            {
                context.PopGlobal();
                context.PopGlobal();
                context.PopGlobal();
                context.Reset();
            }
            else
            {
                // An exception leaves Scriban's state as it was where it was thrown: Scriban counts a level of recursion
                // before it checks the limit and never gives it back, and whatever else a statement had pushed stays.
                // Reset does not undo all of that; before this, failed pages added up on a thread until its next page
                // failed at its first include with a "recursive depth" error about nothing wrong. Failures are rare:
                // this thread starts afresh.
                _contexts.Value = NewContext();
            }
        }
    }

    /// <summary>
    /// A page whose HTML passed <see cref="PageOutput.MaxChars"/>. Its own body is what makes a page that large (tens of
    /// megabytes of Markdown), so the error names the content file and says to split it; only when the page has no
    /// file (a generated listing) or its body is a small part of the limit is it the template's doing, reported where
    /// the template was writing.
    /// </summary>
    private static void TooLarge(PageView page, SourceSpan pageSource, SourceSpan writing, string rendering, DiagnosticBag diagnostics)
    {
        var limit = $"{PageOutput.MaxChars:N0}";
        if (pageSource.Path is null)
            diagnostics.Error(Codes.TemplateError, writing,
                $"the page is too large: its HTML passes {limit} characters, the most one page may have; "
                + $"list fewer items on one page, or print less of each {rendering}");
        else if (page.Content.Length >= PageOutput.MaxChars / 10)
            diagnostics.Error(Codes.InvalidValue, SourceSpan.FileStart(pageSource.Path),
                $"the page is too large: its HTML passes {limit} characters, the most one page may have, and its Markdown body "
                + $"alone makes {page.Content.Length:N0} of them; split it into several pages {rendering}");
        else
            diagnostics.Error(Codes.TemplateError, writing,
                $"the page's HTML passes {limit} characters, the most one page may have, though its own Markdown body makes only "
                + $"{page.Content.Length:N0}: the template writes too much here, perhaps in a loop {rendering}");
    }

    /// <summary>
    /// Gives the context the partials parsed once at start-up. <see cref="TemplateContext.Reset"/> empties the
    /// context's template cache, so without this every page would parse every partial it includes again.
    /// Parsed templates are immutable and safe to share between threads.
    /// </summary>
    private void SeedPartials(TemplateContext context)
    {
        foreach (var (path, template) in _partials) context.CachedTemplates[path] = template;
    }

    private static SourceSpan ToSpan(ScribanSpan span, string path) =>
        new(string.IsNullOrEmpty(span.FileName) ? path : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>
    /// A thread's template context, with the buffer its pages are written into, sharing what it learns about the
    /// view types. <see cref="TemplateContext.Reset"/> forgets every member accessor, so without this each page
    /// looked up every view type's properties again by reflection (on 10,000 pages, about 100 MB of garbage). An
    /// accessor depends only on the type and the context's settings, the same for every context of one theme,
    /// and is read-only once built.
    /// </summary>
    internal sealed class ThemeContext(ConcurrentDictionary<Type, IObjectAccessor?> accessors) : TemplateContext
    {
        /// <summary>The pages of the layouts and partials in the language being rendered, by theme path (<see cref="StringFolding"/>).</summary>
        public IReadOnlyDictionary<string, ScriptPage> Pages { get; set; } = new Dictionary<string, ScriptPage>();

        /// <summary>This thread's page buffer; a page that overflows it is reported at the node being written.</summary>
        public PageOutput PageBuffer => _pageBuffer ??= new PageOutput(() => CurrentNode?.Span ?? default);

        private PageOutput? _pageBuffer;

        protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
            accessors.GetOrAdd(target.GetType(), (_, t) => base.GetMemberAccessorImpl(t), target);
    }

    /// <summary>
    /// <c>{{ content }}</c> in baseof.html: evaluates the page's layout right there, into baseof's own output.
    /// Rendering the layout to a string first and copying it in made two copies of every page's HTML
    /// (a print pack is 180 KB of UTF-16, so both went to the large object heap).
    /// </summary>
    private sealed class LayoutBody(ScriptPage layout) : TemplateFunction(takesName: false)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            context.Evaluate(layout);
            return null;
        }
    }

    /// <summary>Loads partials from the theme's own files and refuses any path that leaves layouts/partials/.</summary>
    private sealed class ThemeLoader(Dictionary<string, InputFile> files, DiagnosticBag diagnostics) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName)
        {
            if (templateName.Contains("..") || templateName.StartsWith('/') || templateName.Contains('\\') || templateName.Contains(':'))
                throw new ScriptRuntimeException(callerSpan, $"the partial `{templateName}` must be a plain name inside layouts/partials/");
            var path = "layouts/partials/" + templateName;
            if (!files.ContainsKey(path))
                throw new ScriptRuntimeException(callerSpan, $"there is no partial `{templateName}` in layouts/partials/");
            return path;
        }

        public string Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
            files[templatePath].ReadText(diagnostics) ?? "";

        public ValueTask<string?> LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}

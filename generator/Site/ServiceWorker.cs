using PeerHub.Model;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PeerHub.Diagnostics;

namespace PeerHub.Site;

/// <summary>
/// Writes <c>sw.js</c>: the theme's service worker (<c>layouts/sw.js</c>). On the first visit it saves only the core of
/// the site (<see cref="Core"/>), so a phone on a data plan is not charged for the whole hub unasked; the rest is saved
/// when the reader chooses to make the whole hub available offline, and deleted when they turn that off. The script is
/// the theme's; the build only supplies what it cannot know: every URL of the site, the core ones, their sizes, and a
/// version that hashes the whole site, so a new build replaces the old cache.
/// </summary>
public static class ServiceWorker
{
    public const string FileName = "sw.js";

    /// <summary>The script in the theme. Under layouts/, so it is not published as it is, like a static file would be.</summary>
    public const string TemplatePath = "layouts/sw.js";

    /// <summary>
    /// Where the script wants its data: replaced by <c>{"version": "...", "files": [...], "core": [...], "bytes": n,
    /// "coreBytes": n}</c>: every URL, the URLs saved on the first visit, and the bytes of each list.
    /// </summary>
    public const string Placeholder = "PEERHUB_PRECACHE";

    /// <summary>
    /// The theme's script, or null when it is missing or does not hold the placeholder exactly once (reported, with
    /// the file and position, in <paramref name="diagnostics"/>).
    /// </summary>
    public static string? Template(IReadOnlyList<InputFile> theme, string themeDisplayRoot, DiagnosticBag diagnostics)
    {
        var file = theme.FirstOrDefault(f => f.RelativePath == TemplatePath);
        if (file is null)
        {
            diagnostics.Error(Codes.MissingThemeFile, SourceSpan.FileStart($"{themeDisplayRoot}/{TemplatePath}"),
                $"the theme has no {TemplatePath}, the service worker published as {FileName}; restore it from the default theme");
            return null;
        }
        if (file.ReadText(diagnostics) is not { } text) return null;
        var first = text.IndexOf(Placeholder, StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf(Placeholder, first + Placeholder.Length, StringComparison.Ordinal);
        if (first >= 0 && second < 0) return text;
        diagnostics.Error(Codes.TemplateError, first < 0 ? SourceSpan.FileStart(file.DisplayPath) : At(file.DisplayPath, text, second),
            first < 0 ? $"the service worker has no {Placeholder}, where the build puts the list of files to precache; write it once, as in `const PRECACHE = {Placeholder};`"
                : $"the service worker names {Placeholder} more than once; the build fills in only one, so leave it out of comments and strings");
        return null;
    }

    /// <summary>
    /// The output paths saved on the first visit, what a reader most needs without a connection: the home page, the
    /// tier guides, the list of models, the search page, the planner and its data, the about page (which explains
    /// offline use), the 404 page (shown for a page not saved), pages about safety and crises (tagged <c>safety</c>,
    /// <c>crisis</c> or <c>crisis lines</c>, as the families page is), and every style sheet and script. Crisis lines are
    /// on every page. Each of the site's languages gets the same pages in its own folder (es/, es/planner/, es/404.html...),
    /// so a reader of the Spanish hub finds it offline in Spanish.
    /// </summary>
    public static Func<string, bool> Core(SiteModel site)
    {
        // The pages by their path inside a language's folder; every page exists in every language.
        var pages = new HashSet<string>(StringComparer.Ordinal) { "index.html", "404.html", "models/index.html", "search/index.html", "about/index.html" };
        foreach (var page in site.Pages)
        {
            var tags = page.Meta is PageMeta meta ? meta.Tags : [];
            if (page.Url.StartsWith("/tiers/", StringComparison.Ordinal) || page.Url.StartsWith("/planner/", StringComparison.Ordinal)
                || tags.Any(t => CoreTags.Contains(t.Trim())))
                pages.Add(page.Url.TrimStart('/') + "index.html");
        }
        // Longest folder first, so a language's folder is taken off before a shorter one could match.
        var prefixes = site.Languages.All.Select(l => l.Prefix).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList();
        bool InLanguage(string path) => pages.Contains(path) || path.StartsWith("planner/", StringComparison.Ordinal);
        return path =>
        {
            if (path.StartsWith("css/", StringComparison.Ordinal) || path.StartsWith("js/", StringComparison.Ordinal) || InLanguage(path)) return true;
            foreach (var prefix in prefixes)
                if (path.StartsWith(prefix, StringComparison.Ordinal)) return InLanguage(path[prefix.Length..]);
            return false;
        };
    }

    /// <summary>The tags that make a page part of the core: it is about safety, or lists where to get help in a crisis.</summary>
    private static readonly HashSet<string> CoreTags = new(["safety", "crisis", "crisis lines"], StringComparer.OrdinalIgnoreCase);

    /// <param name="template">The theme's script, from <see cref="Template"/>: holds <see cref="Placeholder"/> once.</param>
    /// <param name="digests">Every other file of the site by output path, with a 128-bit hash of its bytes.</param>
    /// <param name="sizes">Each file's size in bytes, by output path.</param>
    /// <param name="core">Whether an output path is saved on the first visit (<see cref="Core"/>).</param>
    public static byte[] Write(string template, IReadOnlyDictionary<string, byte[]> digests, IReadOnlyDictionary<string, long> sizes,
        Func<string, bool> core)
    {
        // Every path in ordinal order, sorted once: the version hashes them in this order, and the lists follow it.
        var all = digests.Keys.ToArray();
        Array.Sort(all, StringComparer.Ordinal);
        var paths = all.Where(k => k != FileName && k != "robots.txt" && k != "sitemap.xml").ToList();
        // Pages are requested by their folder address ("models/x/"), so that is what gets cached.
        static string Url(string k) => k == "index.html" ? "./" : k.EndsWith("/index.html", StringComparison.Ordinal) ? k[..^"index.html".Length] : k;
        var urls = paths.Select(Url).ToArray();
        Array.Sort(urls, StringComparer.Ordinal);
        var corePaths = paths.Where(core).ToList();
        var coreUrls = corePaths.Select(Url).Order(StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var name = new byte[256];
        // The search files are left out of the version: they follow from the pages, which are in it, and
        // `peerhub serve` builds them later than the rest.
        foreach (var path in all)
        {
            if (Encoding.UTF8.GetMaxByteCount(path.Length) > name.Length) name = new byte[Encoding.UTF8.GetMaxByteCount(path.Length)];
            hash.AppendData(name, 0, Encoding.UTF8.GetBytes(path, name));
            if (!path.StartsWith("search/", StringComparison.Ordinal)) hash.AppendData(digests[path]);
        }
        var version = Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();

        var data = new MemoryStream();
        using (var json = new Utf8JsonWriter(data, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("version", version);
            json.WriteStartArray("files");
            foreach (var url in urls) json.WriteStringValue(url);
            json.WriteEndArray();
            json.WriteStartArray("core");
            foreach (var url in coreUrls) json.WriteStringValue(url);
            json.WriteEndArray();
            // The download sizes leave out the search files, as the version does: peerhub serve hands back the last
            // build's index while it makes the new one, and the figure shown is an estimate in megabytes anyway.
            long Size(string p) => p.StartsWith("search/", StringComparison.Ordinal) ? 0 : sizes.GetValueOrDefault(p);
            json.WriteNumber("bytes", paths.Sum(Size));
            json.WriteNumber("coreBytes", corePaths.Sum(Size));
            json.WriteEndObject();
        }
        var at = template.IndexOf(Placeholder, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"the template has no {Placeholder}; check it with {nameof(Template)} first", nameof(template));
        return [.. Encoding.UTF8.GetBytes(template[..at]), .. data.GetBuffer().AsSpan(0, (int)data.Length), .. Encoding.UTF8.GetBytes(template[(at + Placeholder.Length)..])];
    }

    private static SourceSpan At(string path, string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return new SourceSpan(path, 1 + text.AsSpan(0, index).Count('\n'), index - lineStart + 1);
    }
}

using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Content;

/// <summary>Reads a site's content and theme folders into a <see cref="SiteInput"/>: the only place the build reads from disk.</summary>
public static class SiteReader
{
    /// <summary>Every file under both folders (hidden files and node_modules left out), in path order.</summary>
    public static SiteInput FromDisk(string contentDir, string themeDir)
    {
        var problems = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        var content = ReadTree(contentDir, problems);
        var theme = ReadTree(themeDir, problems).Concat(ThemePackages(themeDir)).ToList();
        return new SiteInput(content, theme) { ReadProblems = [.. problems.OrderBy(d => d.Span.Path, StringComparer.Ordinal)] };
    }

    /// <summary>
    /// Browser libraries the theme installs with npm (lunr.js), published under static/js/vendor/. Missing
    /// ones are reported by the stage that needs them, with the command that installs them.
    /// </summary>
    public static IEnumerable<InputFile> ThemePackages(string themeDir)
    {
        var lunr = Path.Combine(themeDir, "node_modules", "lunr", "lunr.min.js");
        if (File.Exists(lunr)) yield return new InputFile("static/js/vendor/lunr.min.js", Display(lunr), File.ReadAllBytes(lunr));
    }

    private static List<InputFile> ReadTree(string root, System.Collections.Concurrent.ConcurrentBag<Diagnostic> problems)
    {
        if (!Directory.Exists(root)) return [];
        var current = Directory.GetCurrentDirectory();
        var paths = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(rel => !rel.Split('/').Any(part => part.StartsWith('.') || part == "node_modules"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        // Read on every core: thousands of small files are mostly system calls, and the build waits for them all.
        return paths.AsParallel().AsOrdered()
            .Select(rel => Read(root, rel, Display(Path.Combine(root, rel), current), problems))
            .OfType<InputFile>()
            .ToList();
    }

    /// <summary>One file's bytes, or null when the file system refuses them (reported with the file's path).</summary>
    private static InputFile? Read(string root, string rel, string display, System.Collections.Concurrent.ConcurrentBag<Diagnostic> problems)
    {
        try
        {
            return new InputFile(rel, display, File.ReadAllBytes(Path.Combine(root, rel)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(Severity.Error, Codes.ReadFailed, SourceSpan.FileStart(display),
                $"the file could not be read ({e.Message.TrimEnd('.')}); check its permissions, or remove it"));
            return null;
        }
    }

    private static string Display(string path) => Display(path, Directory.GetCurrentDirectory());

    private static string Display(string path, string currentDirectory)
    {
        var rel = Path.GetRelativePath(currentDirectory, path);
        return (rel.StartsWith("..") ? path : rel).Replace('\\', '/');
    }
}

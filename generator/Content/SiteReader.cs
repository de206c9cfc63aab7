using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Content;

/// <summary>Reads a site's content and theme folders into a <see cref="SiteInput"/>: the only place the build reads from disk.</summary>
public static class SiteReader
{
    /// <summary>The largest file a site may hold; anything bigger is refused before it is read.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>
    /// Every regular file under both folders (hidden files and node_modules left out), in path order. A symbolic link,
    /// a FIFO, a socket or a device is never followed or opened: each is an error naming it, so a link cannot publish a
    /// file from outside the folder (a deploy token in .git/config) and a pipe cannot stop the build.
    /// </summary>
    public static SiteInput FromDisk(string contentDir, string themeDir)
    {
        var problems = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        var content = ReadTree(contentDir, problems);
        var theme = ReadTree(themeDir, problems).Concat(ThemePackages(themeDir, problems)).ToList();
        return new SiteInput(content, theme) { ReadProblems = [.. problems.OrderBy(d => d.Span.Path, StringComparer.Ordinal)] };
    }

    /// <summary>
    /// Browser libraries the theme installs with npm (<see cref="ThemePackageFile.All"/>: lunr.js and lunr-languages'
    /// stemmer support and Spanish), published under static/js/vendor/. Missing ones are reported by the stage that
    /// needs them, with the command that installs them.
    /// </summary>
    public static IEnumerable<InputFile> ThemePackages(string themeDir) => ThemePackages(themeDir, []);

    private static IEnumerable<InputFile> ThemePackages(string themeDir, System.Collections.Concurrent.ConcurrentBag<Diagnostic> problems)
    {
        foreach (var package in ThemePackageFile.All)
        {
            var full = Path.Combine(themeDir, package.NodeModulesPath);
            if (FileTypes.Of(full) != FileType.Missing && Read(full, package.ThemePath, Display(full), problems) is { } file) yield return file;
        }
    }

    private static List<InputFile> ReadTree(string root, System.Collections.Concurrent.ConcurrentBag<Diagnostic> problems)
    {
        if (FileTypes.Of(root) != FileType.Directory) return [];
        var current = Directory.GetCurrentDirectory();
        var files = new List<(string Full, string Relative)>();
        Walk(root, "", files, problems, current);
        // A file's path as printed is the folder's and its own, joined: working it out for each file asked the system
        // for the current folder every time.
        var folder = Display(root, current).TrimEnd('/');
        var prefix = folder == "." ? "" : folder + "/";
        // Read on every core: thousands of small files are mostly system calls, and the build waits for them all.
        var sorted = files.OrderBy(f => f.Relative, StringComparer.Ordinal).ToArray();
        var read = new InputFile?[sorted.Length];
        Parallel.For(0, sorted.Length, i => read[i] = Read(sorted[i].Full, sorted[i].Relative, prefix + sorted[i].Relative, problems));
        return read.OfType<InputFile>().ToList();
    }

    /// <summary>Lists a folder's regular files and descends into its folders, never through a link.</summary>
    private static void Walk(string folder, string relative, List<(string, string)> files, System.Collections.Concurrent.ConcurrentBag<Diagnostic> problems, string current)
    {
        IEnumerable<string> entries;
        try { entries = Directory.EnumerateFileSystemEntries(folder).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(Severity.Error, Codes.ReadFailed, SourceSpan.FileStart(Display(folder, current)),
                $"the folder could not be read ({e.Message.TrimEnd('.')}); check its permissions"));
            return;
        }
        foreach (var full in entries)
        {
            var name = Path.GetFileName(full);
            if (name.StartsWith('.') || name == "node_modules") continue;
            var rel = relative.Length == 0 ? name : relative + "/" + name;
            switch (FileTypes.Of(full))
            {
                case FileType.Directory: Walk(full, rel, files, problems, current); break;
                case FileType.Regular: files.Add((full, rel)); break;
                case FileType.Missing: break;   // gone since the folder was listed
                case var other:
                    problems.Add(new Diagnostic(Severity.Error, Codes.NotRegularFile, SourceSpan.FileStart(Display(full, current)),
                        $"this is {FileTypes.Describe(other)}, not a regular file; PeerHub reads only regular files, so a link cannot " +
                        "bring in a file from outside the site. Copy the file here instead, or remove it"));
                    break;
            }
        }
    }

    /// <summary>One regular file's bytes, or null when it is too large or the file system refuses it (reported with its path).</summary>
    private static InputFile? Read(string full, string rel, string display, System.Collections.Concurrent.ConcurrentBag<Diagnostic> problems)
    {
        try
        {
            var contents = FileTypes.Read(full, MaxFileBytes);
            if (contents.Type != FileType.Regular)
            {
                problems.Add(new Diagnostic(Severity.Error, Codes.NotRegularFile, SourceSpan.FileStart(display),
                    $"this is {FileTypes.Describe(contents.Type)}, not a regular file; PeerHub reads only regular files"));
                return null;
            }
            if (contents.Bytes is null)
            {
                problems.Add(new Diagnostic(Severity.Error, Codes.ReadFailed, SourceSpan.FileStart(display),
                    $"the file is {contents.Length / (1024 * 1024)} MB, more than the {MaxFileBytes / (1024 * 1024)} MB a site's file may be; link to large files instead"));
                return null;
            }
            return new InputFile(rel, display, contents.Bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Diagnostic(Severity.Error, Codes.ReadFailed, SourceSpan.FileStart(display),
                $"the file could not be read ({e.Message.TrimEnd('.')}); check its permissions, or remove it"));
            return null;
        }
    }

    /// <summary>The path diagnostics print: relative to the working folder when under it, else in full.</summary>
    internal static string Display(string path) => Display(path, Directory.GetCurrentDirectory());

    private static string Display(string path, string currentDirectory)
    {
        var rel = Path.GetRelativePath(currentDirectory, path);
        return (rel.StartsWith("..") ? path : rel).Replace('\\', '/');
    }
}

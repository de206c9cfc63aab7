using PeerHub.Content;
using System.Diagnostics;
using PeerHub.Site;
using PeerHub.Model;

namespace PeerHub.Serve;

/// <summary>
/// Builds a site from disk once, then again after files change, re-reading only the changed files and handing
/// the build a <see cref="BuildCache"/>. Not thread-safe: one build at a time.
/// </summary>
public sealed class IncrementalBuilder(string contentDir, string themeDir)
{
    private readonly string _content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDir));
    private readonly string _theme = Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDir));
    private SortedDictionary<string, InputFile> _contentFiles = new(StringComparer.Ordinal);
    private SortedDictionary<string, InputFile> _themeFiles = new(StringComparer.Ordinal);

    /// <summary>The cache the builds share; the server takes the deferred search files from it.</summary>
    public BuildCache Cache { get; } = new();

    /// <summary>Receives each stage's timing line, when set.</summary>
    public Action<string>? Progress { get; set; }

    /// <summary>Reads both folders in full and builds.</summary>
    public TimedBuild BuildAll()
    {
        var clock = Stopwatch.StartNew();
        var input = SiteReader.FromDisk(_content, _theme);
        _contentFiles = new(input.Content.ToDictionary(f => f.RelativePath), StringComparer.Ordinal);
        _themeFiles = new(input.Theme.ToDictionary(f => f.RelativePath), StringComparer.Ordinal);
        return Build(clock);
    }

    /// <summary>Re-reads the given files (full paths; created, changed or deleted) and builds.</summary>
    public TimedBuild Rebuild(IEnumerable<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        var paths = changedPaths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).Distinct(StringComparer.Ordinal).ToList();
        // A watched folder itself: the watcher lost events, so everything is read again.
        if (paths.Any(p => p == _content || p == _theme)) return BuildAll();
        foreach (var path in paths)
        {
            if (Under(path) is not var (files, root, relative) || !WatchedFile.Include(relative)) continue;
            if (Directory.Exists(path))
            {
                // A folder created or renamed into place: its files came with it.
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)) Reread(files, root, file);
                continue;
            }
            // A folder removed or renamed away takes its files with it.
            foreach (var key in files.Keys.Where(k => k.StartsWith(relative + "/", StringComparison.Ordinal)).ToList()) files.Remove(key);
            Reread(files, root, path);
        }
        return Build(clock);
    }

    private static void Reread(SortedDictionary<string, InputFile> files, string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        if (!WatchedFile.Include(relative)) return;
        if (WatchedFile.TryRead(path) is { } bytes) files[relative] = new InputFile(relative, SiteReader.Display(path), bytes);
        else files.Remove(relative);
    }

    private TimedBuild Build(Stopwatch clock)
    {
        var input = new SiteInput(_contentFiles.Values.ToList(), _themeFiles.Values.ToList());
        var result = SiteBuilder.Build(input, Progress, Cache);
        return new TimedBuild(result, clock.Elapsed, Cache.Rendered, result.Succeeded ? Cache.DeferredSearch : null);
    }

    /// <summary>Which folder a path is in, and its path relative to it.</summary>
    private (SortedDictionary<string, InputFile> Files, string Root, string Relative)? Under(string path)
    {
        foreach (var (files, root) in new[] { (_contentFiles, _content), (_themeFiles, _theme) })
        {
            var relative = Path.GetRelativePath(root, path);
            if (relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                return (files, root, relative.Replace('\\', '/'));
        }
        return null;
    }
}

/// <summary>A build with its wall time (reading the changed files included) and how many pages it rendered afresh.</summary>
public sealed record TimedBuild(BuildResult Result, TimeSpan Elapsed, int PagesRendered, Lazy<IReadOnlyDictionary<string, byte[]>>? DeferredSearch);

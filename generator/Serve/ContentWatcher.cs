namespace PeerHub.Serve;

/// <summary>
/// Watches folders and reports the paths that changed once they have been quiet for a moment, so that an
/// editor's save (write a temp file, rename it over the old one, touch it) becomes one batch.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyCollection<string>> _changed;

    /// <param name="changed">Called on a timer thread with each batch of full paths; a folder's own path means
    /// "anything under it may have changed" (after the watcher lost events).</param>
    public ContentWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>> changed)
    {
        _quiet = quiet;
        _changed = changed;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) => { Add(e.OldFullPath); Add(e.FullPath); };
            watcher.Error += (_, _) => Add(folder);   // overflow: events were lost, so read the folder again
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Add(string path)
    {
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);   // each event restarts the quiet period
        }
    }

    private void Flush()
    {
        string[] batch;
        lock (_lock)
        {
            batch = [.. _pending];
            _pending.Clear();
        }
        if (batch.Length > 0) _changed(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}

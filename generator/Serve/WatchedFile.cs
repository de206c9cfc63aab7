namespace PeerHub.Serve;

/// <summary>The rules <see cref="Content.SiteReader.FromDisk"/> reads files by, for one file at a time.</summary>
public static class WatchedFile
{
    /// <summary>Hidden files and folders (editors' swap files among them) and node_modules are not part of the site.</summary>
    public static bool Include(string relativePath) =>
        !relativePath.Split('/').Any(part => part.StartsWith('.') || part == "node_modules");

    /// <summary>
    /// The file's bytes, or null if it is gone or is not a regular file (a link, a pipe: never followed or opened, as
    /// a full build reports them). An editor may still hold it: retry a few times.
    /// </summary>
    public static byte[]? TryRead(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (Content.FileTypes.Of(path) != Content.FileType.Regular) return null;
            try { return File.Exists(path) ? File.ReadAllBytes(path) : null; }
            catch (FileNotFoundException) { return null; }
            catch (DirectoryNotFoundException) { return null; }
            catch (IOException) when (attempt < 5) { Thread.Sleep(10); }
            catch (UnauthorizedAccessException) when (attempt < 5) { Thread.Sleep(10); }
        }
    }

    /// <summary>The path diagnostics print: relative to the working folder when under it, as SiteInput does.</summary>
    public static string Display(string path)
    {
        var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (rel.StartsWith("..") ? path : rel).Replace('\\', '/');
    }
}

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
            // The build's own read: what is opened is what is checked, so a file swapped for a link or a pipe is refused.
            try { return Content.FileTypes.Read(path, Array.MaxLength).Bytes; }
            catch (IOException) when (attempt < 5) { Thread.Sleep(10); }
            catch (UnauthorizedAccessException) when (attempt < 5) { Thread.Sleep(10); }
        }
    }
}

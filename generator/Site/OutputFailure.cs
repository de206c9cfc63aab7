namespace PeerHub.Site;

/// <summary>
/// Turns a failure of the file system while writing the site (a read-only or full disk, a file where a folder
/// should be, a lock, a missing permission) into one sentence for an error line. Anything else is a bug and
/// keeps its stack trace.
/// </summary>
public static class OutputFailure
{
    /// <summary>The file-system failure inside <paramref name="e"/>, however deep parallel code wrapped it; null if none.</summary>
    public static Exception? Find(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException a => a.Flatten().InnerExceptions.Select(Find).FirstOrDefault(x => x is not null),
        _ when e.InnerException is { } inner => Find(inner),
        _ => null,
    };

    public static string Describe(Exception e)
    {
        const int DiskFull = 28, ReadOnly = 30;   // ENOSPC, EROFS: the codes .NET passes through from Linux
        var errno = e.HResult & 0xFFFF;
        var what = e switch
        {
            UnauthorizedAccessException => "permission was refused",
            IOException when errno == DiskFull || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => "the disk is full",
            IOException when errno == ReadOnly || e.Message.Contains("Read-only", StringComparison.OrdinalIgnoreCase) => "the file system is read-only",
            _ => "the file system refused",
        };
        return $"the site could not be written: {what} ({e.Message.TrimEnd('.')}). The previous site, if any, is unchanged";
    }
}

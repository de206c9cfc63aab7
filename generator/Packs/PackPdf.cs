using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PeerHub.Packs;

/// <summary>
/// <c>peerhub build --pdf</c>: prints each generated pack of a written site to <c>pack.pdf</c> beside its page with
/// headless Chromium. The packs number their own pages, so Chromium's header and footer are turned off.
/// </summary>
public static partial class PackPdf
{
    /// <summary>The environment variable that names the browser to use, ahead of anything on PATH.</summary>
    public const string BrowserVariable = "PEERHUB_CHROMIUM";

    /// <summary>Browser commands looked for on PATH, in order.</summary>
    public static readonly IReadOnlyList<string> BrowserNames = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>What to tell the user when no browser is found.</summary>
    public static string NoBrowserMessage(string? configured) =>
        (configured is { Length: > 0 }
            ? $"--pdf cannot use {BrowserVariable}={configured}: there is no such file. "
            : $"--pdf needs Chromium to print the packs, and none was found on PATH (looked for {string.Join(", ", BrowserNames)}). ")
        + $"Install Chromium (for example `apt-get install chromium`) or set {BrowserVariable} to the browser's path, or build without --pdf.";

    /// <summary>The browser to print with: <c>PEERHUB_CHROMIUM</c> when set, else the first of <see cref="BrowserNames"/> on PATH.</summary>
    public static string? FindBrowser(string? configured, string? path, Func<string, bool> isFile)
    {
        if (configured is { Length: > 0 }) return isFile(configured) ? configured : null;
        foreach (var dir in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in BrowserNames)
                if (isFile(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }

    /// <summary>The browser from this process's environment.</summary>
    public static string? FindBrowser() =>
        FindBrowser(Environment.GetEnvironmentVariable(BrowserVariable), Environment.GetEnvironmentVariable("PATH"), File.Exists);

    [GeneratedRegex(@"^packs/(curricula|models)/[^/]+/index\.html$")]
    private static partial Regex PackPage();

    /// <summary>The generated packs among a build's output files (site-relative paths).</summary>
    public static IReadOnlyList<string> PackPages(IEnumerable<string> outputFiles) =>
        outputFiles.Where(f => PackPage().IsMatch(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Prints each pack page in <paramref name="outputDir"/> to pack.pdf in its folder; returns the PDFs written.</summary>
    /// <exception cref="InvalidOperationException">Chromium failed or timed out on a pack; the message says which.</exception>
    public static IReadOnlyList<string> PrintAll(string browser, string outputDir, IReadOnlyList<string> packPages, Action<string>? progress = null)
    {
        var written = new List<string>();
        // One throwaway profile for the run, so a browser the user has open is not disturbed.
        var profile = Path.Combine(Path.GetTempPath(), "peerhub-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var page in packPages)
            {
                var html = Path.GetFullPath(Path.Combine(outputDir, page));
                var pdf = Path.Combine(Path.GetDirectoryName(html)!, "pack.pdf");
                Print(browser, profile, html, pdf);
                written.Add(pdf);
                progress?.Invoke(Path.GetRelativePath(outputDir, pdf).Replace('\\', '/'));
            }
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return written;
    }

    private static void Print(string browser, string profile, string html, string pdf)
    {
        File.Delete(pdf);
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={profile}",
                     $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {browser}");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{browser} took more than two minutes to print {html}; nothing was written for it");
        }
        if (!File.Exists(pdf) || new FileInfo(pdf).Length < 5)
            throw new InvalidOperationException($"{browser} did not print {html} (exit code {process.ExitCode}): {errors.Result.Trim()}");
    }
}

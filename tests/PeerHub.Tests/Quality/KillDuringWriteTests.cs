using System.Diagnostics;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>A build killed while it writes leaves the previous site exactly as it was.</summary>
public class KillDuringWriteTests
{
    [Fact]
    public void Killing_the_build_while_it_writes_leaves_the_previous_site_intact()
    {
        using var dir = new TempDir();
        var site = FixtureSite.Minimal().WithRealTheme();   // full-size pages, so the write takes long enough to be stopped
        // Enough pages that writing them takes a while, so the kill lands in the middle of it.
        var body = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Paragraph {i} about listening, boundaries and getting an adult."));
        for (var i = 0; i < 1500; i++) site = site.With($"content/notes/note-{i:D4}.md", $"---\ntitle: Note {i}\nsummary: Note {i}.\n---\n{body}\n");
        site.WriteTo(dir.Path);
        var first = PeerhubProcess.Peerhub(dir.Path, "build", "-q", "--theme", "themes/default");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var output = Path.Combine(dir.Path, "_site");
        var before = PeerhubProcess.Snapshot(output);

        File.WriteAllText(Path.Combine(dir.Path, "content", "about.md"), "---\ntitle: About, changed\nsummary: Changed.\n---\nChanged.\n");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = dir.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "peerhub.dll"), "build", "-q", "--theme", "themes/default" }) info.ArgumentList.Add(a);
        using var build = Process.Start(info)!;
        string? staging = null;
        var clock = Stopwatch.StartNew();
        while (staging is null && !build.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            staging = Directory.GetDirectories(dir.Path).FirstOrDefault(d => Path.GetFileName(d).StartsWith("_site.tmp-"));
            if (staging is null) Thread.Sleep(1);
        }
        Assert.True(staging is not null, "the build finished before it could be stopped while writing");
        build.Kill(entireProcessTree: true);
        build.WaitForExit();

        Assert.True(Directory.Exists(staging), "the staging folder should be left half-written by the kill");
        Assert.Equal(before, PeerhubProcess.Snapshot(output));
        Assert.Contains("<h1>About</h1>", File.ReadAllText(Path.Combine(output, "about", "index.html")), StringComparison.Ordinal);

        // The next build finishes the job and clears the leftovers.
        var next = PeerhubProcess.Peerhub(dir.Path, "build", "-q", "--theme", "themes/default");
        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.False(Directory.Exists(staging));
        Assert.Contains("About, changed", File.ReadAllText(Path.Combine(output, "about", "index.html")), StringComparison.Ordinal);
    }
}

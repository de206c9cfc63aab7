using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

public class CliTests
{
    // The theme FixtureSite.WriteTo puts in the test's folder (the minimal one).
    private const string Theme = "themes/default";

    [Fact]
    public void Build_writes_the_site_and_exits_zero()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        var run = PeerhubProcess.Peerhub(dir.Path, "build", "--content", "content", "--theme", Theme, "--output", "_site");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(dir.Path, "_site", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "_site", "models", "peer-mentoring", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "_site", "404.html")));
        Assert.Contains("<loc>https://example.org/peerhub/models/peer-mentoring/</loc>", File.ReadAllText(Path.Combine(dir.Path, "_site", "sitemap.xml")));
        Assert.Contains("render", run.Stderr);   // per-phase timings are printed
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith("_site."));
    }

    [Fact]
    public void Failed_build_exits_one_prints_every_error_and_leaves_the_previous_site_untouched()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        Assert.Equal(0, PeerhubProcess.Peerhub(dir.Path, "build", "--theme", Theme).ExitCode);
        var before = PeerhubProcess.Snapshot(Path.Combine(dir.Path, "_site"));

        File.WriteAllText(Path.Combine(dir.Path, "content", "about.md"), "---\ntitle: About\nsumary: typo\n---\nSee [x](/missing/).\n");
        File.WriteAllText(Path.Combine(dir.Path, "content", "tiers", "tier-1.md"), "---\ntier: 7\ntitle: T\nwho: All\nsummary: S\n---\n");
        var run = PeerhubProcess.Peerhub(dir.Path, "build", "--theme", Theme);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/about.md:3:1: error PH0004: unknown key `sumary`; did you mean `summary`?", run.Stderr);
        Assert.Contains("content/tiers/tier-1.md:2:7: error PH0010: `tier` must be 1, 2 or 3, not 7", run.Stderr);
        Assert.Equal(before, PeerhubProcess.Snapshot(Path.Combine(dir.Path, "_site")));
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith("_site."));
    }

    [Fact]
    public void Check_validates_without_writing_anything()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        var ok = PeerhubProcess.Peerhub(dir.Path, "check", "--theme", Theme);
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "_site")));

        File.WriteAllText(Path.Combine(dir.Path, "content", "about.md"), "---\ntitle: About\n---\n[broken](/nope/)\n");
        var bad = PeerhubProcess.Peerhub(dir.Path, "check", "--theme", Theme);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("content/about.md:4:1: error PH0007: the link `/nope/` points to nope/index.html, which the site does not have", bad.Stderr);
    }

    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_site_and_the_next_build_cleans_up()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        Assert.Equal(0, PeerhubProcess.Peerhub(dir.Path, "build", "--theme", Theme).ExitCode);
        var before = PeerhubProcess.Snapshot(Path.Combine(dir.Path, "_site"));

        // What a kill mid-write leaves behind: a half-written staging folder of a process that no longer runs.
        var stale = Path.Combine(dir.Path, "_site.tmp-999999-0123");
        Directory.CreateDirectory(Path.Combine(stale, "models"));
        File.WriteAllText(Path.Combine(stale, "index.html"), "<p>half");
        Assert.Equal(before, PeerhubProcess.Snapshot(Path.Combine(dir.Path, "_site")));

        Assert.Equal(0, PeerhubProcess.Peerhub(dir.Path, "build", "--theme", Theme).ExitCode);
        Assert.False(Directory.Exists(stale));
        Assert.Equal(before, PeerhubProcess.Snapshot(Path.Combine(dir.Path, "_site")));
    }

    [Fact]
    public void Missing_content_folder_is_a_clear_error()
    {
        using var dir = new TempDir();
        var run = PeerhubProcess.Peerhub(dir.Path, "build", "--content", "nowhere", "--theme", Theme);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nowhere:1:1: error PH0016: the content folder does not exist", run.Stderr);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_an_error_line_and_the_file_is_left_alone()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        File.WriteAllText(Path.Combine(dir.Path, "_site"), "not a folder");

        var run = PeerhubProcess.Peerhub(dir.Path, "build", "--theme", Theme, "--output", "_site");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^\S*_site:1:1: error PH0018: the site could not be written: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);   // no stack trace
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(dir.Path, "_site")));
        Assert.DoesNotContain(Directory.GetDirectories(dir.Path), d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_file_too_large_to_read_is_an_error_line_naming_it()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        // Sparse: 51 MB long, nothing on disk. It is refused from its length, before anything is read into memory.
        using (var huge = File.Create(Path.Combine(dir.Path, "content", "huge.pdf"))) huge.SetLength(51L * 1024 * 1024);

        var run = PeerhubProcess.Peerhub(dir.Path, "build", "--theme", Theme);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/huge.pdf:1:1: error PH0019: the file is 51 MB, more than the 50 MB a site's file may be", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "_site")));
    }
}

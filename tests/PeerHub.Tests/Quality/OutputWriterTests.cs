using System.Text;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>The writer reuses the replaced site as the next staging folder and still writes exactly the new site.</summary>
public class OutputWriterTests
{
    private static Dictionary<string, byte[]> Site(params (string Path, string Text)[] files) =>
        files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text));

    private static Dictionary<string, string> Read(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText);

    [Fact]
    public void Each_write_leaves_exactly_the_new_files_whatever_the_reused_folder_held()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "_site");
        var sites = new[]
        {
            Site(("index.html", "one"), ("a/index.html", "a1"), ("a/b/index.html", "ab1"), ("gone/index.html", "x"), ("file", "f")),
            Site(("index.html", "two"), ("a/b/index.html", "ab2"), ("keep.txt", "k")),
            // "file" becomes a folder and "a/b" a file: the old kinds of entry must not get in the way.
            Site(("index.html", "three"), ("file/index.html", "now a folder"), ("a/b", "now a file"), ("keep.txt", "k")),
            Site(("index.html", "four, longer than before"), ("keep.txt", "k")),
        };
        foreach (var site in sites)
        {
            OutputWriter.Write(output, site, keepPrevious: true);
            Assert.Equal(site.ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value)), Read(output));
            Assert.DoesNotContain(Directory.GetDirectories(output, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
        }
        // The replaced site is kept for the next build, and nothing else is left beside the output.
        Assert.Equal(sites[2].ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value)), Read(OutputFolder.PreviousFolder(output)));
        Assert.Equal(new[] { "._site.previous", "_site" }, Directory.GetDirectories(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_staging_folder_creates_each_file_and_a_path_written_twice_keeps_the_later_bytes()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "_site");
        using (var folder = OutputFolder.Begin(output))
        {
            folder.Write("page/index.html", Encoding.UTF8.GetBytes("a longer first version"));
            // The build reports a path written twice as an error of its own; the writer must not fail on it first.
            folder.Write("page/index.html", Encoding.UTF8.GetBytes("second"));
            folder.Write("index.html", Encoding.UTF8.GetBytes("home"));
            folder.Commit(["index.html", "page/index.html"]);
        }
        Assert.Equal(new Dictionary<string, string> { ["index.html"] = "home", ["page/index.html"] = "second" }, Read(output));
    }

    [Fact]
    public void An_unchanged_file_is_not_rewritten_but_a_changed_one_is()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "_site");
        var site = Site(("index.html", "same"), ("page/index.html", "before"));
        OutputWriter.Write(output, site, keepPrevious: true);
        OutputWriter.Write(output, site, keepPrevious: true);
        // The third write reuses the first build's folder: mark its files so a rewrite shows.
        var previous = OutputFolder.PreviousFolder(output);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var f in Directory.EnumerateFiles(previous, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(f, old);

        OutputWriter.Write(output, Site(("index.html", "same"), ("page/index.html", "after")), keepPrevious: true);
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(output, "index.html")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(output, "page", "index.html")));
        Assert.Equal("after", File.ReadAllText(Path.Combine(output, "page", "index.html")));
    }

    [Fact]
    public void A_build_that_writes_but_never_commits_leaves_the_output_as_it_was()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "_site");
        OutputWriter.Write(output, Site(("index.html", "one")), keepPrevious: true);
        OutputWriter.Write(output, Site(("index.html", "two")), keepPrevious: true);

        // Pages stream into the reused folder while the build runs; then the build fails.
        using (var folder = OutputFolder.Begin(output, keepPrevious: true))
        {
            folder.Write("index.html", Encoding.UTF8.GetBytes("broken"));
            folder.Write("index.html/oops.html", Encoding.UTF8.GetBytes("a folder where a file was"));
            Assert.Single(Directory.GetDirectories(dir.Path, "_site.tmp-*"));
        }
        Assert.Equal(new Dictionary<string, string> { ["index.html"] = "two" }, Read(output));
        Assert.Equal(new[] { "._site.previous", "_site" }, Directory.GetDirectories(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The next good build still ends up with exactly its own files.
        OutputWriter.Write(output, Site(("index.html", "three"), ("a/index.html", "a")), keepPrevious: true);
        Assert.Equal(new Dictionary<string, string> { ["index.html"] = "three", ["a/index.html"] = "a" }, Read(output));
    }

    [Fact]
    public void Without_keeping_the_previous_site_nothing_is_left_beside_the_output()
    {
        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "out");
        OutputWriter.Write(output, Site(("index.html", "one")));
        OutputWriter.Write(output, Site(("index.html", "two")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(new[] { "out" }, Directory.GetDirectories(dir.Path).Select(Path.GetFileName));
    }
}

using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Hardening;

/// <summary>
/// Only regular files inside content/ and the theme are ever read: a symbolic link (to a file or folder outside, to
/// nothing, to itself, to a device) and a FIFO are each a located PH0020 error, the build exits 1 and publishes nothing.
/// Each case runs the real command in a child process with a time limit, so a build that would hang fails the test.
/// </summary>
public class FileSystemShapeTests
{
    private const string Theme = "themes/default";

    private static (PeerhubProcess.Run Run, TempDir Dir) BuildWith(Action<string> shape)
    {
        var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        shape(dir.Path);
        return (PeerhubProcess.Peerhub(dir.Path, "build", "--theme", Theme), dir);
    }

    public static TheoryData<string, string> Links => new()
    {
        // name in content/, what it points at (relative to the test's folder; "$" is the folder itself)
        { "secret.txt", "$/outside/secret.txt" },
        { "outside-folder", "$/outside" },
        { "dangling.md", "$/nowhere.md" },
        { "loop.md", "$/content/loop.md" },
        { "zero.txt", "/dev/zero" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_symbolic_link_in_content_is_an_error_and_nothing_is_published(string name, string target)
    {
        var (run, dir) = BuildWith(root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "outside", "pages"));
            File.WriteAllText(Path.Combine(root, "outside", "secret.txt"), "token=hunter2");
            File.WriteAllText(Path.Combine(root, "outside", "pages", "leak.md"), "---\ntitle: Leak\nsummary: From outside.\n---\nOutside.\n");
            File.CreateSymbolicLink(Path.Combine(root, "content", name), target.Replace("$", root));
        });
        using (dir)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"content/{name}:1:1: error PH0020: this is a symbolic link, not a regular file", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(dir.Path, "_site")));
        }
    }

    [Fact]
    public void A_symbolic_link_in_the_theme_is_an_error_too()
    {
        var (run, dir) = BuildWith(root => File.CreateSymbolicLink(Path.Combine(root, Theme, "static", "config.txt"), Path.Combine(root, ".git-config")));
        using (dir)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{Theme}/static/config.txt:1:1: error PH0020: this is a symbolic link", run.Stderr);
        }
    }

    [Fact]
    public void A_named_pipe_is_an_error_not_a_build_that_waits_forever()
    {
        var (run, dir) = BuildWith(root => Fifo.Make(Path.Combine(root, "content", "pipe.md")));
        using (dir)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("content/pipe.md:1:1: error PH0020: this is a named pipe (FIFO), not a regular file", run.Stderr);
        }
    }
}

using System.Diagnostics;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary><c>peerhub publish</c> to a folder and to a branch of a local bare repository.</summary>
public class PublishTests
{
    // The theme FixtureSite.WriteTo puts in the test's folder (the minimal one).
    private const string Theme = "themes/default";

    private static string Git(string dir, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? output.Trim() : "";
    }

    [Fact]
    public void Publish_to_a_branch_adds_one_commit_per_change_and_dry_run_changes_nothing()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        var bare = Path.Combine(dir.Path, "remote.git");
        Git(dir.Path, "init", "--bare", "--quiet", bare);

        var dry = PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-branch", "gh-pages", "--remote", bare, "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Stderr);
        Assert.Contains("+ index.html", dry.Stdout);
        Assert.Equal("", Git(bare, "rev-parse", "--verify", "--quiet", "refs/heads/gh-pages"));

        var first = PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-branch", "gh-pages", "--remote", bare);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Equal("1", Git(bare, "rev-list", "--count", "gh-pages"));
        var files = Git(bare, "ls-tree", "-r", "--name-only", "gh-pages").Split('\n');
        Assert.Contains("index.html", files);
        Assert.Contains(".nojekyll", files);
        Assert.Contains("models/peer-mentoring/index.html", files);

        // Unchanged content: nothing new is committed.
        var again = PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-branch", "gh-pages", "--remote", bare);
        Assert.Contains("Nothing to publish", again.Stdout);
        Assert.Equal("1", Git(bare, "rev-list", "--count", "gh-pages"));

        // A change: one more commit, holding the new text; a dry run before it leaves the branch as it was.
        File.WriteAllText(Path.Combine(dir.Path, "content", "about.md"), "---\ntitle: About us\nsummary: Changed.\n---\nNew words.\n");
        var head = Git(bare, "rev-parse", "gh-pages");
        var dry2 = PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-branch", "gh-pages", "--remote", bare, "--dry-run");
        Assert.Contains("~ about/index.html", dry2.Stdout);
        Assert.Equal(head, Git(bare, "rev-parse", "gh-pages"));
        var second = PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-branch", "gh-pages", "--remote", bare, "-m", "Update about");
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal("2", Git(bare, "rev-list", "--count", "gh-pages"));
        Assert.Equal("Update about", Git(bare, "log", "-1", "--format=%s", "gh-pages"));
        Assert.Contains("New words.", Git(bare, "show", "gh-pages:about/index.html"));
    }

    [Fact]
    public void Publish_to_a_folder_syncs_it_and_refuses_a_broken_site()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        var target = Path.Combine(dir.Path, "www");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.html"), "stale");

        var dry = PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-folder", target, "--dry-run");
        Assert.Contains("- old.html", dry.Stdout);
        Assert.True(File.Exists(Path.Combine(target, "old.html")));
        Assert.False(File.Exists(Path.Combine(target, "index.html")));

        Assert.Equal(0, PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-folder", target).ExitCode);
        Assert.False(File.Exists(Path.Combine(target, "old.html")));
        Assert.True(File.Exists(Path.Combine(target, "scenarios", "exam-stress", "index.html")));

        File.WriteAllText(Path.Combine(dir.Path, "content", "about.md"), "---\ntitle: About\n---\n[broken](/nope/)\n");
        var before = PeerhubProcess.Snapshot(target);
        var broken = PeerhubProcess.Peerhub(dir.Path, "publish", "--theme", Theme, "--to-folder", target);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("error PH0007", broken.Stderr);
        Assert.Equal(before, PeerhubProcess.Snapshot(target));
    }
    [Theory]
    [InlineData("say where to publish: --to-folder DIR or --to-branch NAME")]
    [InlineData("--to-folder and --to-branch cannot be used together", "--to-folder", "www", "--to-branch", "gh-pages")]
    [InlineData("--remote applies only to --to-branch, not to --to-folder", "--to-folder", "www", "--remote", "remote.git")]
    [InlineData("--message applies only to --to-branch, not to --to-folder", "--to-folder", "www", "-m", "Hello")]
    public void Publish_rejects_a_wrong_combination_of_targets_before_building(string error, params string[] args)
    {
        // Given a valid site
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);

        // When publish is given no target, both targets, or a branch option with a folder
        var run = PeerhubProcess.Peerhub(dir.Path, ["publish", "--theme", Theme, .. args]);

        // Then the parser reports it, with the usage, and nothing is built or written
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(error, run.Stderr);
        Assert.Contains("Usage:", run.Stdout);
        Assert.DoesNotContain("Published", run.Stdout);
        Assert.DoesNotContain("Dry run", run.Stdout);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "www")));
    }

    [Theory]
    [InlineData("--to-folder", "www")]
    [InlineData("--to-branch", "gh-pages", "--remote", "remote.git", "-m", "Hello")]
    public void Publish_accepts_one_target_with_its_own_options(params string[] args)
    {
        var command = PeerHub.Cli.PublishCommand.Create();
        var parsed = command.Parse(["--dry-run", .. args]);
        Assert.Empty(parsed.Errors);
    }
}

using System.Diagnostics;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Hardening;

/// <summary>
/// A disk that fills up or turns read-only while the site is written gives one PH0018 error line and exit code 1,
/// never a stack trace, and the previous site stays exactly as it was. The disks are small tmpfs mounts made for
/// the test, which needs root (as the tests run in CI); without it the mount fails and the test says so.
/// </summary>
public sealed class DiskFailureTests : IDisposable
{
    private const string Theme = "themes/default";
    private readonly TempDir _dir = new();
    private readonly string _mount;

    public DiskFailureTests()
    {
        FixtureSite.Minimal().WriteTo(_dir.Path);
        _mount = Path.Combine(_dir.Path, "disk");
        Directory.CreateDirectory(_mount);
    }

    private static void Run(string command, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(command, args) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} failed: {error} (these tests need root to mount a small disk)");
    }

    private void Mount(string size) => Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", _mount);

    private PeerhubProcess.Run Build() => PeerhubProcess.Peerhub(_dir.Path, "build", "--theme", Theme, "--output", "disk/_site");

    private static void AssertOneOutputError(PeerhubProcess.Run run, string what)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"(?m)^\S*disk/_site:1:1: error PH0018: the site could not be written: {what}", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void A_full_disk_on_the_first_build_is_one_error_and_publishes_nothing()
    {
        Mount("64k");
        var run = Build();
        AssertOneOutputError(run, "the disk is full");
        // No site appears; what was written is kept only as the hidden folder the next build reuses.
        Assert.Equal(["._site.previous"], Directory.GetFileSystemEntries(_mount).Select(Path.GetFileName));
    }

    [Fact]
    public void A_full_disk_on_a_rebuild_keeps_the_previous_site()
    {
        Mount("8m");
        Assert.Equal(0, Build().ExitCode);
        var before = PeerhubProcess.Snapshot(Path.Combine(_mount, "_site"));
        // Fill the disk but for a few kilobytes, then change a page so the rebuild has something new to write.
        using (var filler = File.Create(Path.Combine(_mount, "filler")))
        {
            var chunk = new byte[64 * 1024];
            try { while (true) filler.Write(chunk); } catch (IOException) { }
        }
        File.AppendAllText(Path.Combine(_dir.Path, "content", "about.md"), "\n" + string.Concat(Enumerable.Repeat("More about the hub. ", 5000)) + "\n");

        var run = Build();

        AssertOneOutputError(run, "the disk is full");
        Assert.Equal(before, PeerhubProcess.Snapshot(Path.Combine(_mount, "_site")));
    }

    [Fact]
    public void A_read_only_disk_is_one_error_and_keeps_the_previous_site()
    {
        Mount("8m");
        Assert.Equal(0, Build().ExitCode);
        var before = PeerhubProcess.Snapshot(Path.Combine(_mount, "_site"));
        Run("mount", "-o", "remount,ro", _mount);

        var run = Build();

        AssertOneOutputError(run, "the file system is read-only");
        Assert.Equal(before, PeerhubProcess.Snapshot(Path.Combine(_mount, "_site")));
    }

    public void Dispose()
    {
        using (var umount = Process.Start(new ProcessStartInfo("umount", ["-l", _mount]) { RedirectStandardError = true })) umount?.WaitForExit();
        _dir.Dispose();
    }
}

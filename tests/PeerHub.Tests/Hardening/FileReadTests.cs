using PeerHub.Content;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Hardening;

/// <summary>
/// <see cref="FileTypes.Read"/>, the build's one way of reading a site's files, is held to its reference
/// (<see cref="FileTypes.ReadManaged"/>: a type check, then a FileStream) on every shape a folder can hold, and the
/// reader prints the same paths for a content folder named every way a maintainer might name it.
/// </summary>
public class FileReadTests
{
    [Fact]
    public async Task The_fast_read_finds_what_the_reference_finds_for_every_kind_of_file()
    {
        using var dir = new TempDir();
        string At(string name) => Path.Combine(dir.Path, name);
        File.WriteAllText(At("page.md"), "---\ntitle: A page\n---\nBody with ñ and 🙂.\n");
        File.WriteAllBytes(At("empty.md"), []);
        File.WriteAllBytes(At("big.pdf"), new byte[300_000]);
        Directory.CreateDirectory(At("folder"));
        File.CreateSymbolicLink(At("link.md"), At("page.md"));
        File.CreateSymbolicLink(At("dangling.md"), At("nowhere.md"));
        File.CreateSymbolicLink(At("to-folder"), At("folder"));
        Fifo.Make(At("pipe.md"));

        var expected = new Dictionary<string, FileType>
        {
            ["page.md"] = FileType.Regular, ["empty.md"] = FileType.Regular, ["big.pdf"] = FileType.Regular,
            ["folder"] = FileType.Directory, ["link.md"] = FileType.SymbolicLink, ["dangling.md"] = FileType.SymbolicLink,
            ["to-folder"] = FileType.SymbolicLink, ["pipe.md"] = FileType.Fifo, ["missing.md"] = FileType.Missing,
            ["page.md/inside.md"] = FileType.Missing,
        };
        foreach (var (name, type) in expected)
        {
            // A pipe must not make either reader wait for a writer: each gets a few seconds.
            var fast = await Task.Run(() => FileTypes.Read(At(name), maxBytes: 1_000_000)).WaitAsync(TimeSpan.FromSeconds(10));
            var reference = await Task.Run(() => FileTypes.ReadManaged(At(name), maxBytes: 1_000_000)).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(type, fast.Type);
            Assert.Equal(reference, fast with { Bytes = reference.Bytes });
            Assert.Equal(reference.Bytes, fast.Bytes);
            Assert.Equal(type == FileType.Regular, fast.Bytes is not null);
        }
        Assert.Equal(File.ReadAllBytes(At("page.md")), FileTypes.Read(At("page.md"), 1_000_000).Bytes);
    }

    [Fact]
    public void A_file_over_the_limit_is_measured_not_read()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "huge.pdf");
        File.WriteAllBytes(path, new byte[5000]);
        var fast = FileTypes.Read(path, maxBytes: 4999);
        Assert.Equal((FileType.Regular, 5000L), (fast.Type, fast.Length));
        Assert.Null(fast.Bytes);
        Assert.Equal(FileTypes.ReadManaged(path, 4999), fast);
        Assert.Equal(5000, FileTypes.Read(path, maxBytes: 5000).Bytes!.Length);
    }

    [Theory]
    [InlineData("", "content")]
    [InlineData("", "content/")]
    [InlineData("", "./content")]
    [InlineData("", "$/content")]
    [InlineData("content", ".")]
    [InlineData("elsewhere", "../content")]
    public void Files_are_named_from_the_content_folder_as_it_was_given(string workIn, string given)
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        File.WriteAllText(Path.Combine(dir.Path, "content", "notes.xyz"), "a stray file, reported as unused");
        Directory.CreateDirectory(Path.Combine(dir.Path, "elsewhere"));
        var content = given.Replace("$", dir.Path);
        var run = PeerhubProcess.Peerhub(Path.Combine(dir.Path, workIn), "check", "--content", content, "--theme", Path.Combine(dir.Path, "themes", "default"));
        // Relative to where the command runs, as every other path it prints.
        var shown = workIn switch { "content" => "notes.xyz", "elsewhere" => "../content/notes.xyz", _ => "content/notes.xyz" };
        Assert.Contains($"\n{shown}:1:1: warning PH0013:", "\n" + run.Stderr);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_content_folder_outside_the_working_folder_is_named_in_full()
    {
        using var dir = new TempDir();
        using var elsewhere = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        File.WriteAllText(Path.Combine(dir.Path, "content", "notes.xyz"), "a stray file, reported as unused");
        var run = PeerhubProcess.Peerhub(elsewhere.Path, "check", "--content", Path.Combine(dir.Path, "content"), "--theme", Path.Combine(dir.Path, "themes", "default"));
        Assert.Contains($"\n{dir.Path}/content/notes.xyz:1:1: warning PH0013:", "\n" + run.Stderr);
    }
}

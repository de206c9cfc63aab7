using System.Diagnostics;
using System.Text;
using PeerHub.Diagnostics;
using PeerHub.Site;
using PeerHub.Tests.Support;
using PeerHub.Yaml;
using Xunit;

namespace PeerHub.Tests.Yaml;

/// <summary>
/// Content comes in pull requests from strangers: a hostile YAML text of a few hundred bytes must be a located error,
/// quickly and in bounded memory, never a hung machine or an aborted process. The full-size inputs run in a child
/// <c>peerhub</c> process (with a capped heap and a time limit), so a reader that gives in to them fails the test
/// instead of taking the test host down; the in-process tests use sizes a reader without limits survives.
/// </summary>
public class YamlLimitsTests
{
    /// <summary>The "billion laughs": each line lists nine aliases of the line before.</summary>
    private static string Laughs(int levels)
    {
        var text = new StringBuilder("title: Laughs\nl0: &l0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < levels; i++)
            text.Append($"l{i}: &l{i} [").AppendJoin(", ", Enumerable.Repeat($"*l{i - 1}", 9)).Append("]\n");
        return text.ToString();
    }

    private static string FlowNesting(int depth) => "title: " + new string('[', depth) + new string(']', depth) + "\n";

    private static string BlockNesting(int depth)
    {
        var text = new StringBuilder("title: Deep\n");
        for (var i = 0; i < depth; i++) text.Append(' ', i).Append($"k{i}:\n");
        return text.Append(' ', depth).Append("end: x\n").ToString();
    }

    /// <summary>Parses <paramref name="yaml"/> as front matter starting on line 2, and how much it allocated.</summary>
    private static (List<Diagnostic> Diagnostics, long Bytes, TimeSpan Time) Parse(string yaml)
    {
        new YamlBinder("warm-up.md", 1, new DiagnosticBag()).Parse("a: &a [1]\nb: *a\n");
        var bag = new DiagnosticBag();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        new YamlBinder("content/about.md", 1, bag).Parse(yaml);
        clock.Stop();
        return (bag.Sorted().ToList(), GC.GetAllocatedBytesForCurrentThread() - before, clock.Elapsed);
    }

    private static void AssertOneError(List<Diagnostic> diagnostics, string expected) =>
        Assert.True(diagnostics.Count == 1 && diagnostics[0].ToString() == expected,
            $"expected:\n{expected}\nbut got:\n{string.Join("\n", diagnostics)}");

    [Fact]
    public void Aliases_that_expand_past_the_limit_are_an_error_at_the_alias()
    {
        // Five levels expand to 66,430 nodes (six to 597,871): an unguarded reader takes them, but not without an error.
        var (diagnostics, bytes, time) = Parse(Laughs(5));
        // l3 holds 7,381 nodes; l4's first *l3 (line 7, column 10 of the file) makes the copies pass 10,000.
        AssertOneError(diagnostics,
            "content/about.md:7:10: error PH0001: this YAML's aliases (`*name`) expand to more than 10,000 values; write the values out instead");
        Assert.True(bytes < 10_000_000, $"allocated {bytes:N0} bytes");
        Assert.True(time < TimeSpan.FromSeconds(10), $"took {time}");   // a guard against a reader that hangs, with room for a busy machine
    }

    [Fact]
    public void More_than_a_hundred_aliases_are_an_error_at_the_hundred_and_first()
    {
        var text = "title: x\na: &a 1\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 101)) + "]\n";
        var (diagnostics, _, _) = Parse(text);
        // The 101st `*a` starts at column 5 + 100 * 4 of the list's line (line 4 of the file).
        AssertOneError(diagnostics,
            "content/about.md:4:405: error PH0001: this YAML uses more than 100 aliases (`*name`); write the values out instead");
    }

    [Fact]
    public void A_few_aliases_still_bind()
    {
        var site = FixtureSite.Minimal().With("content/about.md",
            "---\ntitle: &t About\nsummary: *t\nsources: &s [deck]\n---\nBody.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Flow_lists_nested_past_64_levels_are_an_error_at_the_65th()
    {
        // The front matter's mapping is level 1, so the 64th `[` (column 8 + 63) is level 65.
        var (diagnostics, bytes, time) = Parse(FlowNesting(2_000));
        AssertOneError(diagnostics,
            "content/about.md:2:71: error PH0001: this YAML nests deeper than 64 levels (lists and mappings inside each other); content needs only a few");
        Assert.True(bytes < 10_000_000, $"allocated {bytes:N0} bytes");
        Assert.True(time < TimeSpan.FromSeconds(10), $"took {time}");   // a guard against a reader that hangs, with room for a busy machine
    }

    [Fact]
    public void Block_mappings_nested_past_64_levels_are_an_error_at_the_65th()
    {
        // k0 (line 3) opens level 2 on line 4; level 65 is the mapping of k63's value, `k64:` on line 67 at column 65.
        var (diagnostics, _, _) = Parse(BlockNesting(2_000));
        AssertOneError(diagnostics,
            "content/about.md:67:65: error PH0001: this YAML nests deeper than 64 levels (lists and mappings inside each other); content needs only a few");
    }

    [Fact]
    public void Nesting_reached_through_an_alias_counts_too()
    {
        var text = "title: x\na: &a " + new string('[', 40) + new string(']', 40) + "\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n";
        var (diagnostics, _, _) = Parse(text);
        AssertOneError(diagnostics, "content/about.md:4:34: error PH0001: this YAML nests deeper than 64 levels once the alias `*a` is expanded");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        // 63 lists in the front matter's mapping: 64 levels.
        var (diagnostics, _, _) = Parse("x: " + new string('[', 63) + new string(']', 63) + "\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Full_size_hostile_front_matter_fails_fast_with_located_errors_in_a_real_peerhub_process()
    {
        // Nine levels of laughs expand to 387 million nodes; 100,000 nested `[` overflowed YamlDotNet's loader's stack,
        // and an alias inside its own anchor made an endless tree, each of which aborts a .NET process. The child's
        // heap is capped at 1 GB so a reader that expands aliases fails fast.
        using var dir = new TempDir();
        FixtureSite.Minimal()
            .With("content/laughs.md", "---\n" + Laughs(9) + "---\nBody.\n")
            .With("content/deep.md", "---\n" + FlowNesting(100_000) + "---\nBody.\n")
            .With("content/endless.md", "---\ntitle: x\na: &a [1, *a]\n---\nBody.\n")
            .WriteTo(dir.Path);
        var clock = Stopwatch.StartNew();
        var run = PeerhubProcess.PeerhubWithEnv(dir.Path, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x40000000" },
            "check", "--theme", "themes/default");
        clock.Stop();
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}:\n{run.Stderr[..Math.Min(run.Stderr.Length, 3000)]}");
        Assert.Contains("content/laughs.md:7:10: error PH0001: this YAML's aliases (`*name`) expand to more than 10,000 values", run.Stderr);
        Assert.Contains("content/deep.md:2:71: error PH0001: this YAML nests deeper than 64 levels", run.Stderr);
        Assert.Contains("content/endless.md:3:11: error PH0001: the alias `*a` is inside the node `&a` it names, which would never end", run.Stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}

using System.Text;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary>The test support's fixture site itself: its edits compose and its minimal theme builds every page.</summary>
public class FixtureSiteTests
{
    private const string Scenario = "content/scenarios/exam-stress.md";

    private static byte[] ContentBytes(FixtureSite site, string path) =>
        site.Input().Content.Single(f => f.DisplayPath == path).Bytes;

    [Fact]
    public void Bytes_set_with_WithBytes_survive_later_With_and_Without()
    {
        // Given a file set as exact bytes (a BOM and CRLF line ends)
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Raw\r\n---\r\n")).ToArray();
        var site = FixtureSite.Minimal().WithBytes(Scenario, bytes);

        // When other files are changed and removed
        var edited = site.With("content/about.md", "---\ntitle: About\nsummary: S.\n---\nText.\n").Without("content/tiers/tier-2.md");

        // Then the bytes are still there, unchanged, and the earlier site is unchanged too
        Assert.Equal(bytes, ContentBytes(edited, Scenario));
        Assert.DoesNotContain(edited.Input().Content, f => f.DisplayPath == "content/tiers/tier-2.md");
        Assert.Contains(site.Input().Content, f => f.DisplayPath == "content/tiers/tier-2.md");
        using var dir = new TempDir();
        edited.WriteTo(dir.Path);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(dir.Path, "content", "scenarios", "exam-stress.md")));
    }

    [Fact]
    public void With_and_Without_replace_or_remove_a_file_set_as_bytes()
    {
        var site = FixtureSite.Minimal().WithBytes(Scenario, [0xFF, 0xFE]);

        Assert.Equal("---\ntitle: Text\n---\n"u8.ToArray(), ContentBytes(site.With(Scenario, "---\ntitle: Text\n---\n"), Scenario));
        Assert.DoesNotContain(site.Without(Scenario).Input().Content, f => f.DisplayPath == Scenario);
    }

    [Fact]
    public void The_minimal_theme_builds_every_page_without_the_real_theme_or_node_modules()
    {
        // Given the fixture with the default, in-memory theme
        var site = FixtureSite.Minimal();

        // When it is built
        var result = site.Build();

        // Then it succeeds, reads nothing of themes/default, and every page has its title as the one h1
        Assert.False(site.UsesRealTheme);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(site.Input().Theme, f => Assert.DoesNotContain("node_modules", f.DisplayPath));
        Assert.Contains("<h1>Exam stress</h1>", FixtureSite.Html(result, "scenarios/exam-stress/index.html"));
        Assert.Contains("js/vendor/lunr.min.js", result.Files!.Keys);
        Assert.True(FixtureSite.Minimal().WithRealTheme().UsesRealTheme);
    }
}

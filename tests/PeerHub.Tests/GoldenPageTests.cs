using System.Text;
using System.Text.RegularExpressions;
using PeerHub.Content;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary>The fixture site with a section added, built once with the real theme for the golden pages.</summary>
public sealed class GoldenSite
{
    public BuildResult Result { get; }

    public GoldenSite()
    {
        Result = FixtureSite.Minimal().WithRealTheme()
            .With("content/guides/index.md", "---\ntitle: Guides\nsummary: Short guides for program leads.\n---\nStart here.\n")
            .With("content/guides/first-steps.md", "---\ntitle: First steps\nsummary: What to do in the first month.\nweight: 1\n---\n## Find a lead\n\nAsk the [counselor](/about/).\n")
            .With("content/data/notices.yml", Toolkit.ToolkitSites.Notices)
            .With("content/toolkit/red-flag-card.md", Toolkit.ToolkitSites.RedFlagCard)
            .Build();
        if (!Result.Succeeded) throw new InvalidOperationException("the golden site failed to build:\n" + string.Join("\n", Result.Diagnostics));
    }
}

/// <summary>
/// One rendered page of every page kind, compared byte for byte with tests/PeerHub.Tests/Golden/&lt;name&gt;.html.
/// Nothing is normalized: the build is deterministic (no build time or random value is rendered into a page).
/// When a change to the output is meant, run with PEERHUB_UPDATE_GOLDEN=1 to rewrite the files, and review the diff.
/// </summary>
public class GoldenPageTests(GoldenSite site) : IClassFixture<GoldenSite>
{
    /// <summary>Golden file name, the page kind it shows (as page.kind gives it to templates) and the page.</summary>
    private static readonly (string Name, string Kind, string Path)[] Pages =
    [
        ("home", "home", "index.html"),
        ("page", "page", "about/index.html"),
        ("section", "section", "guides/index.html"),
        ("tier", "tier", "tiers/tier-2/index.html"),
        ("model", "model", "models/peer-mentoring/index.html"),
        ("curriculum", "curriculum", "curricula/foundations/index.html"),
        ("scenario", "scenario", "scenarios/a-worrying-disclosure/index.html"),
        ("listing", "listing", "scenarios/index.html"),
        ("term", "term", "skills/active-listening/index.html"),
        ("resources", "resources", "resources/index.html"),
        ("search", "search", "search/index.html"),
        ("planner", "planner", "planner/index.html"),
        ("plannerteam", "plannerteam", "planner/team/index.html"),
        ("pack", "pack", "packs/curricula/foundations/index.html"),
        ("packbuilder", "packbuilder", "packs/index.html"),
        ("toolkit", "toolkit", "toolkit/red-flag-card/index.html"),
        ("toolkitprofile", "toolkitprofile", "toolkit/profile/index.html"),
        ("404", "notfound", "404.html"),
    ];

    public static TheoryData<string> Names => new(Pages.Select(p => p.Name));

    private static bool Updating => Environment.GetEnvironmentVariable("PEERHUB_UPDATE_GOLDEN") == "1";

    /// <summary>In the source tree (found from the repository root), not in bin/, so an update rewrites the committed files.</summary>
    private static string GoldenPath(string name) => Path.Combine(Repo.Root, "tests", "PeerHub.Tests", "Golden", name + ".html");

    [Fact]
    public void Every_page_kind_has_a_golden_page()
    {
        // Every kind of page the fixture builds, as its body class names it.
        var kinds = site.Result.Files!.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => Regex.Match(Encoding.UTF8.GetString(f.Value), "<body class=\"kind-([a-z]+)\"").Groups[1].Value)
            .Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(kinds, Pages.Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Rendered_page_matches_its_golden_file(string name)
    {
        // Given the page of this kind in the built fixture
        var (_, kind, path) = Pages.Single(p => p.Name == name);
        Assert.True(site.Result.Files!.ContainsKey(path), $"the site has no {path}");
        var html = Encoding.UTF8.GetString(site.Result.Files[path]);
        Assert.Matches(new Regex($"<body class=\"kind-{kind}\""), html);

        // When it is compared with its golden file (or the file is rewritten)
        var golden = GoldenPath(name);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllBytes(golden, site.Result.Files[path]);
            return;
        }

        // Then they are the same, byte for byte
        Assert.True(File.Exists(golden), $"{golden} is missing; run the tests with PEERHUB_UPDATE_GOLDEN=1 to write it");
        var expected = File.ReadAllText(golden, Encoding.UTF8);
        if (expected == html) return;
        var expectedLines = expected.Split('\n');
        var actualLines = html.Split('\n');
        var line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"{path} differs from {Path.GetRelativePath(Repo.Root, golden)} at line {line + 1}:\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "(end of file)")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "(end of file)")}\n" +
            "If the change is meant, run the tests with PEERHUB_UPDATE_GOLDEN=1 and review the diff.");
    }
}

using PeerHub.Content;
using Xunit;
using PeerHub.Serve;
using PeerHub.Site;
using PeerHub.Tests.Support;
using PeerHub.Model;

namespace PeerHub.Tests.Serve;

/// <summary>The incremental rebuilds serve makes give the same files as a full build of the same folders.</summary>
public class IncrementalBuilderTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _theme;
    private string Content => Path.Combine(_dir.Path, "content");

    public IncrementalBuilderTests()
    {
        // With a copy of the real theme (WriteTo writes one), so that a test can edit a layout of many partials.
        FixtureSite.Minimal().WithRealTheme().WriteTo(_dir.Path);
        _theme = FixtureSite.ThemeDir(_dir.Path);
    }

    public void Dispose() => _dir.Dispose();

    private string Edit(string relative, Func<string, string> change)
    {
        var path = Path.Combine(_dir.Path, relative);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        return path;
    }

    private void AssertSameAsFullBuild(TimedBuild incremental)
    {
        var full = SiteBuilder.Build(SiteReader.FromDisk(Content, _theme));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(full.Succeeded, incremental.Result.Succeeded);
        if (!full.Succeeded) return;
        Assert.Equal(full.Files!.Keys, incremental.Result.Files!.Keys);
        var search = incremental.DeferredSearch?.Value ?? new Dictionary<string, byte[]>();
        foreach (var (path, bytes) in full.Files!)
            Assert.True(bytes.AsSpan().SequenceEqual(search.GetValueOrDefault(path) ?? incremental.Result.Files![path]), $"{path} differs from a full build");
    }

    [Fact]
    public void A_body_edit_renders_one_page_and_matches_a_full_build()
    {
        var builder = new IncrementalBuilder(Content, _theme);
        Assert.True(builder.BuildAll().Result.Succeeded);

        var path = Edit("content/scenarios/exam-stress.md", text => text + "\nA new closing paragraph about [the models](/models/).\n");
        var build = builder.Rebuild([path]);

        // Only the edited scenario: the packs that print it read its front matter, not its body.
        Assert.Equal(1, build.PagesRendered);
        AssertSameAsFullBuild(build);
    }

    [Fact]
    public void Front_matter_layout_and_site_yml_edits_match_a_full_build()
    {
        var builder = new IncrementalBuilder(Content, _theme);
        builder.BuildAll();

        // The title shows on the model's page, the scenario listing and the skill and topic pages.
        var build = builder.Rebuild([Edit("content/scenarios/exam-stress.md", text => text.Replace("title: Exam stress", "title: Finals week"))]);
        Assert.True(build.PagesRendered > 1);
        AssertSameAsFullBuild(build);

        AssertSameAsFullBuild(builder.Rebuild([Edit("themes/default/layouts/partials/footer.html", text => text + "<!-- footer edited -->\n")]));
        AssertSameAsFullBuild(builder.Rebuild([Edit("content/site.yml", text => text.Replace("title: Test Hub", "title: Edited Hub"))]));
    }

    [Fact]
    public void Errors_added_and_removed_match_a_full_build()
    {
        var builder = new IncrementalBuilder(Content, _theme);
        builder.BuildAll();
        var path = Edit("content/about.md", text => text.Replace("title: About", "title: About\ncolour: blue"));
        AssertSameAsFullBuild(builder.Rebuild([path]));

        // Renamed away and back, as some editors save.
        var aside = path + ".tmp";
        File.Move(path, aside);
        File.WriteAllText(aside, File.ReadAllText(aside).Replace("colour: blue\n", ""));
        var gone = builder.Rebuild([path, aside]);
        AssertSameAsFullBuild(gone);
        File.Move(aside, path);
        var back = builder.Rebuild([path, aside]);
        Assert.True(back.Result.Succeeded);
        AssertSameAsFullBuild(back);
    }
}

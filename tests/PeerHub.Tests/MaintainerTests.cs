using System.Text.RegularExpressions;
using PeerHub.Cli;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary>The maintainers' commands: check (with review warnings and PR annotations), new, schemas.</summary>
public class MaintainerTests
{
    // The theme FixtureSite.WriteTo puts in the test's folder (the minimal one).
    private const string Theme = "themes/default";

    [Fact]
    public void Committed_schemas_match_the_content_types()
    {
        foreach (var (name, text) in SchemasCommand.Generate())
        {
            var path = Path.Combine(Repo.Root, "schemas", name);
            Assert.True(File.Exists(path), $"schemas/{name} is missing: run `dotnet run --project generator -- schemas`");
            Assert.True(File.ReadAllText(path) == text, $"schemas/{name} is stale: run `dotnet run --project generator -- schemas` and commit the result");
        }
    }

    [Fact]
    public void Schema_describes_required_fields_enums_and_forbids_unknown_keys()
    {
        var schema = System.Text.Json.JsonDocument.Parse(SchemasCommand.Generate()["scenario.schema.json"]).RootElement;
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("red_flags", schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Contains("roles", schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["introductory", "intermediate", "advanced"],
            schema.GetProperty("properties").GetProperty("difficulty").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        var role = schema.GetProperty("properties").GetProperty("roles").GetProperty("items");
        Assert.Equal(["name", "brief"], role.GetProperty("required").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void New_scenario_fails_check_until_filled_then_passes()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        var created = PeerhubProcess.Peerhub(dir.Path, "new", "scenario", "Lost phone panic");
        Assert.True(created.ExitCode == 0, created.Stderr);
        var path = Path.Combine(dir.Path, "content", "scenarios", "lost-phone-panic.md");
        Assert.True(File.Exists(path));

        var unfilled = PeerhubProcess.Peerhub(dir.Path, "check", "--theme", Theme);
        Assert.Equal(1, unfilled.ExitCode);
        Assert.Contains("content/scenarios/lost-phone-panic.md:6:10: error PH0015: `summary` still holds the placeholder from `peerhub new`", unfilled.Stderr);

        // Fill it in as an author would: replace each placeholder with a real value.
        var text = File.ReadAllText(path)
            .Replace("\"TODO summary\"", "A mentee is upset after losing their phone.")
            .Replace("TODO-slug", "peer-mentoring")
            .Replace("\"TODO skills\"", "active listening")
            .Replace("TODO one of introductory, intermediate, advanced", "introductory")
            .Replace("TODO one of elementary, middle, high", "high")
            .Replace("TODO a whole number", "20")
            .Replace("\"TODO name\"", "Peer mentor")
            .Replace("\"TODO brief\"", "You are meeting Jo, who lost their phone.")
            .Replace("\"TODO setup\"", "Jo arrives upset.")
            .Replace("\"TODO debrief\"", "What helped Jo calm down?")
            .Replace("\"TODO facilitator notes\"", "Agree the step-out signal first.")
            .Replace("- TODO: one or two ways a facilitator can adapt this scenario.", "- Play it with a parent arriving.");
        File.WriteAllText(path, text);
        var filled = PeerhubProcess.Peerhub(dir.Path, "check", "--theme", Theme);
        Assert.True(filled.ExitCode == 0, filled.Stderr);
        Assert.DoesNotContain("error", filled.Stderr);
    }

    [Theory]
    [InlineData("model")]
    [InlineData("curriculum")]
    [InlineData("page")]
    [InlineData("toolkit")]
    [InlineData("tier")]
    public void New_writes_a_named_stub_that_only_fails_on_placeholders(string kind)
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        Assert.Equal(0, PeerhubProcess.Peerhub(dir.Path, "new", kind, "Quiet Corner Club").ExitCode);
        var check = PeerhubProcess.Peerhub(dir.Path, "check", "--theme", Theme);
        var errors = check.Stderr.Split('\n').Where(l => l.Contains(": error ")).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Matches(@"quiet-corner-club\.md:\d+:\d+: error PH0015: ", e));
    }

    [Fact]
    public void New_refuses_to_overwrite()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        var before = File.ReadAllText(Path.Combine(dir.Path, "content", "scenarios", "exam-stress.md"));
        var run = PeerhubProcess.Peerhub(dir.Path, "new", "scenario", "Exam Stress");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/scenarios/exam-stress.md:1:1: error PH0005: the file already exists", run.Stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(dir.Path, "content", "scenarios", "exam-stress.md")));
    }

    [Fact]
    public void Check_warns_about_what_a_reviewer_would_flag_but_passes()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal()
            .With("content/about.md", "---\ntitle: About\n---\nSee [an old site](http://example.org/) and ![](/img.png).\n")
            .With("content/img.png", "png")
            .WriteTo(dir.Path);
        var sensitive = Path.Combine(dir.Path, "content", "scenarios", "a-worrying-disclosure.md");
        File.WriteAllText(sensitive, File.ReadAllText(sensitive).Replace("content_warning: Talks about self-harm (no details).\n", ""));

        var run = PeerhubProcess.Peerhub(dir.Path, "check", "--theme", Theme);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("content/about.md:4:5: warning PH0100: the link `http://example.org/` should use https://", run.Stderr);
        Assert.Contains("content/about.md:4:44: warning PH0100: this image has no alt text", run.Stderr);
        Assert.Contains("content/about.md:2:1: warning PH0100: this page has no `summary`", run.Stderr);
        Assert.Contains("content/scenarios/a-worrying-disclosure.md:6:9: warning PH0100: the topic `self-harm` is sensitive", run.Stderr);
    }

    [Fact]
    public void Check_under_github_actions_emits_workflow_annotations()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().With("content/about.md", "---\ntitle: About\nsumary: x\n---\n").WriteTo(dir.Path);
        var run = PeerhubProcess.PeerhubWithEnv(dir.Path, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--theme", Theme);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=content/about.md,line=3,col=1,title=PH0004::unknown key `sumary`; did you mean `summary`?", run.Stdout);
        // Outside Actions, no annotations.
        var plain = PeerhubProcess.Peerhub(dir.Path, "check", "--theme", Theme);
        Assert.DoesNotMatch(new Regex("^::error", RegexOptions.Multiline), plain.Stdout);
    }

    [Fact]
    public void Annotation_escapes_commas_colons_and_newlines()
    {
        var d = new PeerHub.Diagnostics.Diagnostic(PeerHub.Diagnostics.Severity.Warning, "PH0100",
            new PeerHub.Diagnostics.SourceSpan("content/a,b:c.md", 2, 3), "50% done\nnext");
        Assert.Equal("::warning file=content/a%2Cb%3Ac.md,line=2,col=3,title=PH0100::50%25 done%0Anext", GitHubAnnotation.Format(d));
    }
}

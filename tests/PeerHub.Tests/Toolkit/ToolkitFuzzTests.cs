using PeerHub.Site;
using Xunit;

namespace PeerHub.Tests.Toolkit;

/// <summary>
/// Broken toolkit content never crashes the build: seeded random edits to the fixture's templates, notices and a
/// translation (lines dropped, swapped or repeated, characters deleted, braces and ids changed) each build to a site or
/// to located errors, never to an exception.
/// </summary>
public class ToolkitFuzzTests
{
    private static readonly string[] Files =
        ["content/toolkit/red-flag-card.md", "content/toolkit/permission-form.md", "content/toolkit/contact-log.md", "content/data/notices.yml",
         "content/toolkit/permission-form.es.md", "content/data/notices.es.yml"];

    private static readonly string[] Insertions = ["{", "}", "{school_name}", "{nope}", "- ", ": ", "next: ask", "to: nowhere", "  ", "\n", "[", "]", "count: 0", "notice: x"];

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var edits = random.Next(1, 4); edits > 0 && lines.Count > 2; edits--)
        {
            var at = random.Next(1, lines.Count - 1);
            switch (random.Next(6))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[random.Next(1, lines.Count - 1)]); break;
                case 2: (lines[at], lines[at - 1]) = (lines[at - 1], lines[at]); break;
                case 3 when lines[at].Length > 0: lines[at] = lines[at].Remove(random.Next(lines[at].Length), 1); break;
                case 4: lines[at] = lines[at].Insert(random.Next(lines[at].Length + 1), Insertions[random.Next(Insertions.Length)]); break;
                default: lines[at] = lines[at].Replace("ask", "asked", StringComparison.Ordinal).Replace("3", "-1", StringComparison.Ordinal); break;
            }
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public void Random_edits_to_toolkit_content_end_in_a_site_or_located_errors()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PEERHUB_FUZZ_SEED"), out var s) ? s : 20;
        var random = new Random(seed);
        var site = ToolkitSites.Bilingual(ToolkitSites.Fixture().WithRealTheme());
        for (var i = 0; i < 150; i++)
        {
            var file = Files[random.Next(Files.Length)];
            var mutated = Mutate(site.Text(file), random);
            BuildResult result;
            try { result = site.With(file, mutated).Build(); }
            catch (Exception e) { throw new Xunit.Sdk.XunitException($"seed {seed}, round {i}: {file} made the build throw {e}\n--- {file}:\n{mutated}"); }
            Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.Severity == PeerHub.Diagnostics.Severity.Error && d.Span.Line >= 1),
                $"seed {seed}, round {i}: failed without a located error");
        }
    }
}

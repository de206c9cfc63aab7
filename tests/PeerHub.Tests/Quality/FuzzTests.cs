using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>
/// Mutated real content files and random text: the generator never crashes or hangs, and every failure is a
/// diagnostic with a file, line and column.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Samples =
    [
        "content/models/peer-mentoring.md", "content/scenarios/thoughts-of-not-wanting-to-be-alive.md",
        "content/curricula/peer-mentor-foundations.md", "content/data/resources.yml", "content/site.yml", "content/about.md",
    ];

    private static readonly string[] Fragments =
    [
        ":", "- ", "[", "]", "{", "}", "\"", "'", "\t", "\n", "---\n", "#", "&a", "*b", "!!str ", "|\n", ">-\n", "  ", "\u00e9",
        "\u0000", "\uFEFF", "<script>", "](", "[x](/nope/)", "${x}", "{{", "}}", "\r\n", "~", "null", "- - -", "? ", "%YAML 1.2\n",
    ];

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        var edits = random.Next(1, 6);
        for (var i = 0; i < edits && chars.Count > 0; i++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(5))
            {
                case 0: chars.RemoveRange(at, Math.Min(random.Next(1, 40), chars.Count - at)); break;
                case 1: chars.InsertRange(at, Fragments[random.Next(Fragments.Length)]); break;
                case 2: chars[at] = (char)random.Next(32, 127); break;
                case 3: chars.RemoveRange(at, chars.Count - at); break;                  // truncated file
                default:
                    var len = Math.Min(random.Next(1, 80), chars.Count - at);
                    chars.InsertRange(random.Next(chars.Count), chars.GetRange(at, len)); // duplicated lines
                    break;
            }
        }
        return new string(chars.ToArray());
    }

    private static void AssertWellBehaved(FixtureSite site, string label)
    {
        var task = Task.Run(site.Build);
        Assert.True(task.Wait(TimeSpan.FromSeconds(20)), $"{label}: the build hung");
        var result = task.Result;   // an exception inside the build fails the test here
        foreach (var d in result.Diagnostics)
        {
            Assert.False(string.IsNullOrEmpty(d.Span.Path), $"{label}: {d} has no file");
            Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, $"{label}: {d} has no position");
            Assert.Matches(@"^PH\d{4}$", d.Code);
        }
        Assert.Equal(result.Diagnostics.Any(d => d.Severity == PeerHub.Diagnostics.Severity.Error), !result.Succeeded);
    }

    [Fact]
    public void Mutated_real_files_never_crash_the_build()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 240; i++)
        {
            var sample = Samples[i % Samples.Length];
            var text = Mutate(File.ReadAllText(Path.Combine(Repo.Root, sample)), random);
            // Put the mutated file where it would live in the small fixture site.
            var target = sample switch
            {
                "content/models/peer-mentoring.md" or "content/site.yml" or "content/about.md" or "content/data/resources.yml" => sample,
                var s when s.Contains("/scenarios/") => "content/scenarios/exam-stress.md",
                _ => "content/curricula/foundations.md",
            };
            AssertWellBehaved(FixtureSite.Minimal().With(target, text), $"iteration {i} ({sample})");
        }
    }

    [Fact]
    public void Random_text_and_bytes_never_crash_the_build()
    {
        var random = new Random(7);
        for (var i = 0; i < 120; i++)
        {
            var length = random.Next(0, 400);
            var text = new string(Enumerable.Range(0, length).Select(_ => random.Next(10) == 0 ? Fragments[random.Next(Fragments.Length)][0] : (char)random.Next(9, 127)).ToArray());
            var front = random.Next(2) == 0 ? "---\n" + text + "\n---\nBody" : text;
            AssertWellBehaved(FixtureSite.Minimal().With("content/about.md", front), $"random text {i}");
            var bytes = new byte[random.Next(1, 200)];
            random.NextBytes(bytes);
            AssertWellBehaved(FixtureSite.Minimal().WithBytes("content/scenarios/exam-stress.md", bytes), $"random bytes {i}");
        }
    }
}

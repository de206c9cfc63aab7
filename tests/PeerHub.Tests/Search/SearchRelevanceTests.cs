using System.Diagnostics;
using System.Text.Json;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// The judged query set (tests/search-js/judged-queries.json: what coordinators, trainers and families type, and the
/// pages they mean) run by the hub's own search engine in node over the real hub as built: every query finds an
/// expected page in its top three, and the mean reciprocal rank stays above 0.85.
/// </summary>
public class SearchRelevanceTests
{
    /// <param name="typing">As the search box ranks while the last word may be half-typed, or as a submitted search.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_judged_query_finds_its_page_in_the_top_three(bool typing)
    {
        using var site = new BuiltSite(BuiltSite.RealHub());
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(Repo.Root, "tests", "search-js", "relevance.mjs"), site.Dir, "--json", typing ? "--typing" : "" })
            if (argument.Length > 0) start.ArgumentList.Add(argument);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60))) await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, await stderr);

        using var report = JsonDocument.Parse(await stdout);
        var misses = report.RootElement.GetProperty("misses").EnumerateArray()
            .Select(m => $"{m.GetProperty("q").GetString()} -> {string.Join(", ", m.GetProperty("top").EnumerateArray().Select(t => t.GetString()))}").ToList();
        Assert.True(misses.Count == 0, "expected page not in the top three for: " + string.Join("; ", misses));
        Assert.True(report.RootElement.GetProperty("mrr").GetDouble() > 0.85, $"MRR {report.RootElement.GetProperty("mrr").GetDouble():0.000}");
    }
}

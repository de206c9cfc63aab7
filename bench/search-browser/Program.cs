// Search in the browser: for the hub and for generated corpora of 1,000 and 10,000 documents, how long headless
// Chromium takes to load the index (fetch + JSON parse + lunr.Index.load) and to show first results for a set of
// queries. Prints a markdown table. Options: --runs N (cold loads per corpus), --shots DIR (screenshots),
// --keep (leave the built sites in the temp folder).
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Playwright;
using PeerHub.Content;
using PeerHub.Search;
using PeerHub.Site;
using PeerHub.Tests.Search;
using PeerHub.Tests.Support;
using PeerHub.Model;

int loadRuns = ArgValue("--runs") is { } r ? int.Parse(r) : 5;
string? shots = ArgValue("--shots");
const int QueryReps = 7;

string work = Directory.CreateTempSubdirectory("peerhub-search-browser-").FullName;
var build = SiteBuilder.Build(SiteReader.FromDisk(Repo.Content, Repo.Theme));
if (!build.Succeeded)
{
    Console.Error.WriteLine(string.Join("\n", build.Diagnostics));
    return 1;
}

string hubDir = Path.Combine(work, "hub");
OutputWriter.Write(hubDir, build.Files!);
string[] hubQueries = ["red flags", "confidentiality", "tier 2 mentoring", "restorative", "mindful", "peer", "grife", "supervis"];
string[] generatedQueries = ["mentoring", "red flags", "confidentiality", "tier 2 mentoring", "restorative circles", "mindful", "plan", "anxi", "bulying", "self-care"];
var corpora = new List<(string Name, string Dir, int Docs, string[] Queries)>
{
    ("hub", hubDir, JsonDocument.Parse(File.ReadAllBytes(Path.Combine(hubDir, "search", "docs.json"))).RootElement.EnumerateObject().Count(), hubQueries),
};
foreach (int count in new[] { 1_000, 10_000 })
{
    corpora.Add(($"generated", GeneratedSite(hubDir, Path.Combine(work, $"gen-{count}"), count), count, generatedQueries));
}

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-dev-shm-usage"],
});

var rows = new List<string>();
foreach (var (name, dir, docs, queries) in corpora)
{
    using var server = new StaticSiteServer(dir, "/peerhub/");
    byte[] index = File.ReadAllBytes(Path.Combine(dir, "search", "index.json"));
    var fetchMs = new List<double>();
    var loadMs = new List<double>();
    var totalMs = new List<double>();
    IPage page = null!;
    for (int run = 0; run < loadRuns; run++)
    {
        // A fresh context each time: an empty HTTP cache, as on a first visit.
        var context = await browser.NewContextAsync();
        page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "search/");
        var timings = await page.EvaluateAsync<JsonElement>("async () => { await PeerHubSearch.load(); return PeerHubSearch.timings; }");
        fetchMs.Add(timings.GetProperty("fetchMs").GetDouble());
        loadMs.Add(timings.GetProperty("loadMs").GetDouble());
        totalMs.Add(timings.GetProperty("totalMs").GetDouble());
        if (run < loadRuns - 1) await context.CloseAsync();
    }

    // On the last page (index loaded): submit each query to the search page and time it until the result list is
    // in the DOM (search + render, no debounce); the engine alone is timed too. The first query is also kept apart:
    // it includes the JIT warming up lunr's code.
    var first = await SubmitAsync(page, queries[0]);
    var renderMedians = new List<double>();
    var engineMedians = new List<double>();
    var resultCounts = new List<int>();
    foreach (string query in queries)
    {
        var render = new List<double>();
        var engine = new List<double>();
        for (int rep = 0; rep < QueryReps; rep++)
        {
            render.Add((await SubmitAsync(page, query)).Ms);
            engine.Add(await page.EvaluateAsync<double>("q => { const t = performance.now(); PeerHubSearch.engine.search(q); return performance.now() - t; }", query));
        }

        renderMedians.Add(Median(render));
        engineMedians.Add(Median(engine));
        resultCounts.Add((await SubmitAsync(page, query)).Results);
    }

    rows.Add($"| {name} | {docs:N0} | {Kb(index.Length)} / {Kb(Gzip(index))} | {Median(fetchMs):F0} | {Median(loadMs):F0} | {Median(totalMs):F0} "
        + $"| {first.Ms:F1} | {Median(engineMedians):F1} | **{Median(renderMedians):F1}** | {renderMedians.Max():F1} ({queries[renderMedians.IndexOf(renderMedians.Max())]}) |");
    Console.Error.WriteLine($"{name} {docs}: " + string.Join(", ", queries.Select((q, i) => $"{q}={renderMedians[i]:F1}ms/{resultCounts[i]}")));
    await page.Context.CloseAsync();
}

if (shots is not null) await ScreenshotsAsync(browser, hubDir, shots);

Console.WriteLine($"Search in headless Chromium {browser.Version} ({Environment.ProcessorCount} cores), served on loopback. Load: median of {loadRuns} cold loads "
    + "(fresh browser context), fetch of index.json and docs.json with lunr.min.js, then `lunr.Index.load`. First results: from submitting a query "
    + $"to the result list in the DOM (search + render, without the 120 ms typing debounce), median over the queries of each query's median of {QueryReps}.");
Console.WriteLine();
Console.WriteLine("| corpus | docs | index.json raw / gzip (KB) | fetch + parse (ms) | Index.load (ms) | ready (ms) | first query, cold (ms) | search only, median (ms) | first results, median (ms) | slowest query (ms) |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
rows.ForEach(Console.WriteLine);
if (Array.IndexOf(args, "--keep") >= 0) Console.Error.WriteLine("kept " + work);
else Directory.Delete(work, recursive: true);
return 0;

// Submits a query on the search page and waits, in the page, for search.js to mark the render done.
static async Task<(double Ms, int Results)> SubmitAsync(IPage page, string query)
{
    var result = await page.EvaluateAsync<JsonElement>(@"q => new Promise(resolve => {
        const input = document.getElementById('search-page-input');
        const results = document.getElementById('search-results');
        const before = results.dataset.renders;
        let start = 0;
        const observer = new MutationObserver(() => {
            if (results.dataset.renders === before) return;
            observer.disconnect();
            resolve({ ms: performance.now() - start, n: results.querySelectorAll('.search-result').length });
        });
        observer.observe(results, { attributes: true });
        input.value = q;
        start = performance.now();
        input.form.requestSubmit();
    })", query);
    return (result.GetProperty("ms").GetDouble(), result.GetProperty("n").GetInt32());
}

// The hub's built site with its search files replaced by an index and document store of generated documents.
static string GeneratedSite(string hubDir, string dir, int count)
{
    CopyTree(hubDir, dir);
    var documents = GeneratedCorpus.Create(count);
    byte[] index = new LunrIndexBuilder().BuildUtf8(GeneratedCorpus.Fields, documents);
    string[] kinds = ["model", "scenario", "page", "curriculum", "tier", "resources"];
    var store = new SortedDictionary<string, object>(StringComparer.Ordinal);
    foreach (var (document, i) in documents.Select((d, i) => (d, i)))
    {
        string body = document.Fields.TryGetValue("body", out var b) ? b.TextValue ?? "" : "";
        string summary = string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(30));
        string title = document.Fields.TryGetValue("title", out var t) && !string.IsNullOrEmpty(t.TextValue) ? t.TextValue : document.Ref;
        store[document.Ref] = new { t = title, u = "models/peer-mentoring/", k = kinds[i % kinds.Length], r = i % 3 == 0 ? new[] { 1 + i % 2 } : [], s = summary };
    }

    byte[] docs = JsonSerializer.SerializeToUtf8Bytes(store);
    File.WriteAllBytes(Path.Combine(dir, "search", "index.json"), index);
    File.WriteAllBytes(Path.Combine(dir, "search", "docs.json"), docs);
    File.WriteAllBytes(Path.Combine(dir, "search", "search-data.js"),
        [.. "window.PEERHUB_SEARCH={\"index\":"u8, .. index, .. ",\"docs\":"u8, .. docs, .. "};\n"u8]);
    return dir;
}

// Screenshots of the search page and the header suggestions at desktop and phone widths, to look at.
static async Task ScreenshotsAsync(IBrowser browser, string hubDir, string shots)
{
    Directory.CreateDirectory(shots);
    using var server = new StaticSiteServer(hubDir, "/peerhub/");
    foreach (int width in new[] { 1280, 375 })
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 1100 } });
        await page.GotoAsync(server.BaseUrl + "search/?q=restorative");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.renderedFor === 'restorative'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"search-page-{width}.png") });
        await page.GotoAsync(server.BaseUrl + "search/?q=xylophone");
        await page.WaitForFunctionAsync("() => document.getElementById('search-results').dataset.renderedFor === 'xylophone'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"search-empty-{width}.png") });
        await page.GotoAsync(server.BaseUrl + "models/peer-mentoring/");
        await page.Locator("#site-search").PressSequentiallyAsync("red flags");
        await page.WaitForFunctionAsync("() => document.getElementById('site-search-listbox').dataset.renderedFor === 'red flags'");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"header-suggestions-{width}.png") });
        await page.CloseAsync();
    }
}

static void CopyTree(string from, string to)
{
    foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        string target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    int n = sorted.Count;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static int Gzip(byte[] data)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
    return (int)buffer.Length;
}

static string Kb(int bytes) => (bytes / 1024.0).ToString("N0");

static string? ArgValue(string name)
{
    string[] args = Environment.GetCommandLineArgs();
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

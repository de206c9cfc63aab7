// Index build time and size: PeerHub's LunrIndexBuilder against lunr.js 2.3.9 under node, on the
// seeded generated corpus the conformance tests use. Prints a markdown table.
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using PeerHub.Search;
using PeerHub.Tests.Search;

string root = FindRepoRoot();
string lunrDir = Path.Combine(root, "themes", "default", "node_modules", "lunr");
if (!File.Exists(Path.Combine(lunrDir, "lunr.js")))
{
    Console.Error.WriteLine("lunr.js is missing: run `npm ci` in themes/default.");
    return 1;
}

string work = Directory.CreateTempSubdirectory("peerhub-search-bench-").FullName;
var rows = new List<string>();
foreach (int count in new[] { 1_000, 10_000 })
{
    var docs = GeneratedCorpus.Create(count);
    string docsPath = Path.Combine(work, $"docs-{count}.json");
    WriteDocs(docsPath, GeneratedCorpus.Fields, docs);
    int runs = count >= 10_000 ? 5 : 10;

    // C#: one warm-up build (JIT), then the median of timed builds, JSON serialisation included.
    var builder = new LunrIndexBuilder();
    byte[] ours = builder.BuildUtf8(GeneratedCorpus.Fields, docs);
    var times = new List<double>();
    for (int i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        ours = builder.BuildUtf8(GeneratedCorpus.Fields, docs);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    // lunr.js: the same warm-up and runs, timing lunr(function () { ... }) only.
    string lunrOut = Path.Combine(work, $"lunr-{count}.json");
    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
    foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "lunr-bench.js"), lunrDir, docsPath, lunrOut, runs.ToString() })
    {
        start.ArgumentList.Add(arg);
    }

    using var node = Process.Start(start)!;
    string output = node.StandardOutput.ReadToEnd();
    node.WaitForExit();
    using var result = JsonDocument.Parse(output);
    var lunrTimes = result.RootElement.GetProperty("buildMs").EnumerateArray().Select(e => e.GetDouble()).ToList();
    double stringify = result.RootElement.GetProperty("stringifyMs").GetDouble();
    byte[] theirs = File.ReadAllBytes(lunrOut);

    double csharpMs = Median(times);
    double lunrMs = Median(lunrTimes);
    rows.Add($"| {count:N0} | {csharpMs:F1} | {lunrMs:F1} (+{stringify:F1} stringify) | {lunrMs / csharpMs:F1}x ({(lunrMs + stringify) / csharpMs:F1}x) "
        + $"| {Kb(ours.Length)} / {Kb(Gzip(ours))} | {Kb(theirs.Length)} / {Kb(Gzip(theirs))} | {(ours.AsSpan().SequenceEqual(theirs) ? "yes" : "no")} |");
}

Console.WriteLine($"Search index build, median of timed runs after one warm-up ({Environment.ProcessorCount} cores, .NET {Environment.Version}, node {NodeVersion()}).");
Console.WriteLine("C# time includes writing the JSON; lunr.js time is `lunr(function () {...})`, with JSON.stringify shown separately.");
Console.WriteLine();
Console.WriteLine("| docs | C# build+JSON (ms) | lunr.js build (ms) | speed-up | C# size raw / gzip (KB) | lunr.js size raw / gzip (KB) | identical bytes |");
Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | :---: |");
rows.ForEach(Console.WriteLine);
Directory.Delete(work, recursive: true);
return 0;

static double Median(List<double> values)
{
    values.Sort();
    int n = values.Count;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static int Gzip(byte[] data)
{
    using var buffer = new MemoryStream();
    using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
    {
        gzip.Write(data);
    }

    return (int)buffer.Length;
}

static string Kb(int bytes) => (bytes / 1024.0).ToString("N0");

static string NodeVersion()
{
    using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
    string version = node.StandardOutput.ReadToEnd().Trim();
    node.WaitForExit();
    return version;
}

static void WriteDocs(string path, IReadOnlyList<SearchField> fields, IReadOnlyList<SearchDocument> documents)
{
    using var stream = File.Create(path);
    using var writer = new Utf8JsonWriter(stream);
    writer.WriteStartObject();
    writer.WriteStartArray("fields");
    foreach (var field in fields)
    {
        writer.WriteStartObject();
        writer.WriteString("name", field.Name);
        writer.WriteNumber("boost", field.Boost);
        writer.WriteEndObject();
    }

    writer.WriteEndArray();
    writer.WriteStartArray("docs");
    foreach (var document in documents)
    {
        writer.WriteStartObject();
        writer.WriteString("ref", document.Ref);
        writer.WriteNumber("boost", document.Boost);
        writer.WriteStartObject("fields");
        foreach (var (name, value) in document.Fields)
        {
            if (value.Items is { } items)
            {
                writer.WriteStartArray(name);
                foreach (string? item in items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
            }
            else if (value.TextValue is { } text)
            {
                writer.WriteString(name, text);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    writer.WriteEndArray();
    writer.WriteEndObject();
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PeerHub.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("PeerHub.sln not found above " + AppContext.BaseDirectory);
}

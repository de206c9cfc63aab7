// Rebuild time of `peerhub serve` on a generated 1,000-page site: one scenario body edited (the common case),
// one scenario's front matter edited, and one layout edited, each rebuilt through the serve's incremental builder.
// Run: dotnet run -c Release (from bench/serve). Optional argument: the number of pages (default 1000).
using System.Diagnostics;
using PeerHub.Bench.Serve;
using PeerHub.Serve;

var pages = args.Length > 0 ? int.Parse(args[0]) : 1000;
const int Runs = 20;
var root = FindRepoRoot();
var dir = Directory.CreateTempSubdirectory("peerhub-serve-bench-").FullName;
try
{
    Corpus.Write(dir, pages);
    var theme = Path.Combine(dir, "theme");
    CopyTheme(Path.Combine(root, "themes", "default"), theme);

    var builder = new IncrementalBuilder(Path.Combine(dir, "content"), theme);
    var first = builder.BuildAll();
    Check(first);
    Console.WriteLine($"initial build: {first.Result.PageCount} pages, {first.Elapsed.TotalMilliseconds:0} ms (start-up included)");

    var scenario = Path.Combine(dir, Corpus.ScenarioPath(100));
    var original = File.ReadAllText(scenario);
    Measure("scenario body edited", i => File.WriteAllText(scenario, original + $"\nEdited paragraph {i}.\n"), scenario);
    Measure("scenario front matter edited", i => File.WriteAllText(scenario, original.Replace("title: Scenario 100", $"title: Scenario 100 v{i}")), scenario, runs: 5);
    var layout = Path.Combine(theme, "layouts", "partials", "footer.html");
    var footer = File.ReadAllText(layout);
    Measure("layout (footer partial) edited", i => File.WriteAllText(layout, footer + $"<!-- {i} -->\n"), layout, runs: 5);

    void Measure(string name, Action<int> edit, string path, int runs = Runs)
    {
        // Warm-up: the JIT compiles the incremental paths.
        for (var i = 0; i < 3; i++) { edit(-i - 1); Check(builder.Rebuild([path])); }
        var times = new List<double>();
        var rendered = 0;
        for (var i = 0; i < runs; i++)
        {
            edit(i);
            var build = builder.Rebuild([path]);
            Check(build);
            times.Add(build.Elapsed.TotalMilliseconds);
            rendered = build.PagesRendered;
        }
        builder.Progress = line => Console.WriteLine("    " + line);
        edit(runs);
        builder.Rebuild([path]);
        builder.Progress = null;
        times.Sort();
        Console.WriteLine($"{name,-32} median {times[times.Count / 2],7:0.0} ms  p95 {times[(int)Math.Ceiling(times.Count * 0.95) - 1],7:0.0} ms" +
            $"  ({runs} runs, {rendered} pages rendered each)");
    }
}
finally
{
    Directory.Delete(dir, recursive: true);
}
return 0;

static void Check(TimedBuild build)
{
    if (!build.Result.Succeeded)
        throw new InvalidOperationException("the bench site failed to build:\n" + string.Join("\n", build.Result.Diagnostics.Take(10)));
}

static void CopyTheme(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var relative = Path.GetRelativePath(from, file);
        if (relative.StartsWith("node_modules") && !PeerHub.Model.ThemePackageFile.All.Any(p => relative.Replace('\\', '/') == p.NodeModulesPath)) continue;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
        File.Copy(file, Path.Combine(to, relative));
    }
}

static string FindRepoRoot()
{
    var d = new DirectoryInfo(AppContext.BaseDirectory);
    while (d is not null && !File.Exists(Path.Combine(d.FullName, "PeerHub.sln"))) d = d.Parent;
    return d?.FullName ?? throw new InvalidOperationException("run from inside the repository");
}

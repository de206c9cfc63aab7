using System.Diagnostics;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// Finds node and the theme's lunr 2.3.9 and runs lunr-conformance.js. Missing either is a test
/// failure with instructions, never a skip: CI installs both, and a silent skip would hide a
/// conformance regression.
/// </summary>
internal static class LunrNode
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ScriptPath => Path.Combine(RepoRoot, "tests", "PeerHub.Tests", "Search", "lunr-conformance.js");

    public static string LunrDirectory => Path.Combine(RepoRoot, "themes", "default", "node_modules", "lunr");

    /// <summary>lunr-languages, which the script loads from next to lunr for its Spanish modes.</summary>
    public static string LunrLanguagesDirectory => Path.Combine(RepoRoot, "themes", "default", "node_modules", "lunr-languages");

    /// <summary>Fails the test with instructions unless lunr-languages 1.22.0 is installed next to lunr.</summary>
    public static void RequireLunrLanguages()
    {
        string manifest = Path.Combine(LunrLanguagesDirectory, "package.json");
        if (!File.Exists(Path.Combine(LunrLanguagesDirectory, "lunr.es.js")) || !File.Exists(manifest))
        {
            Assert.Fail($"lunr-languages 1.22.0 is not installed at {LunrLanguagesDirectory}. Run `npm ci` in themes/default (cd {Path.Combine(RepoRoot, "themes", "default")} && npm ci), then rerun the tests.");
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        string? version = json.RootElement.GetProperty("version").GetString();
        Assert.True(version == "1.22.0", $"lunr-languages {version} is installed at {LunrLanguagesDirectory}; the Spanish pipeline reproduces 1.22.0. Run `npm ci` in themes/default.");
    }

    /// <summary>Runs the script in <paramref name="mode"/>, failing the test on any error.</summary>
    public static void Run(string mode, string input, string output)
    {
        string node = FindNode();
        if (!File.Exists(Path.Combine(LunrDirectory, "lunr.js")))
        {
            Assert.Fail($"lunr.js 2.3.9 is not installed at {LunrDirectory}. Run `npm ci` in themes/default (cd {Path.Combine(RepoRoot, "themes", "default")} && npm ci), then rerun the tests.");
        }

        if (mode.StartsWith("es-", StringComparison.Ordinal))
        {
            RequireLunrLanguages();
        }

        var start = new ProcessStartInfo(node)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { ScriptPath, LunrDirectory, mode, input, output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"node {Path.GetFileName(ScriptPath)} {mode} failed with exit code {process.ExitCode}:\n{stderr}\n{stdout.Result}");
        }
    }

    private static string FindNode()
    {
        string[] names = OperatingSystem.IsWindows() ? ["node.exe", "node.cmd"] : ["node"];
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (string name in names)
            {
                if (directory.Length > 0 && File.Exists(Path.Combine(directory, name)))
                {
                    return Path.Combine(directory, name);
                }
            }
        }

        Assert.Fail("node is not on PATH. The search conformance tests run lunr.js under node: install Node.js 18 or later, then run `npm ci` in themes/default.");
        return null!;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeerHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find PeerHub.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A temporary directory deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("peerhub-search-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

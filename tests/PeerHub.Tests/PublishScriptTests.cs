using System.Diagnostics;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary>
/// Tests that run a script of the repository in the repository itself. publish.ps1 runs <c>npm ci</c> on the theme,
/// which empties node_modules while it works, so these run alone, after every test that reads the real theme.
/// </summary>
[CollectionDefinition("repository scripts", DisableParallelization = true)]
public sealed class RepositoryScriptsCollection;

/// <summary>
/// publish.ps1 under the PowerShell of the local tool manifest (<c>.config/dotnet-tools.json</c>; tests/run.sh runs
/// <c>dotnet tool restore</c> first): it installs the theme's packages and runs <c>peerhub publish</c> on the hub.
/// </summary>
[Collection("repository scripts")]
public class PublishScriptTests
{
    private static PeerhubProcess.Run Pwsh(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "tool", "run", "pwsh", "--", "-NoProfile", "-NonInteractive", "-File", "publish.ps1" }.Concat(args))
            info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment.Remove("GITHUB_ACTIONS");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // npm ci and `dotnet run --project generator` (a build of the generator when it is not up to date).
        if (!process.WaitForExit(600_000)) { process.Kill(true); throw new TimeoutException("publish.ps1 did not finish in 10 minutes"); }
        return new PeerhubProcess.Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Publish_script_dry_run_writes_nothing_and_a_folder_publish_writes_the_whole_hub()
    {
        // Given a folder that does not exist yet
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "www");

        // When publish.ps1 makes a dry run to it
        var dry = Pwsh("--to-folder", target, "--dry-run");

        // Then it lists what it would add and writes nothing
        Assert.True(dry.ExitCode == 0, $"exit {dry.ExitCode}\n{dry.Stdout}\n{dry.Stderr}");
        Assert.Contains("+ index.html", dry.Stdout);
        Assert.Contains("Dry run:", dry.Stdout);
        Assert.False(Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any(), "a dry run wrote into " + target);

        // When it publishes for real
        var real = Pwsh("--to-folder", target);

        // Then the folder holds the built hub
        Assert.True(real.ExitCode == 0, $"exit {real.ExitCode}\n{real.Stdout}\n{real.Stderr}");
        Assert.Contains("Published to " + target, real.Stdout);
        foreach (var file in new[] { "index.html", "404.html", "sw.js", "sitemap.xml", "robots.txt", "search/index.json",
            "js/vendor/lunr.min.js", "planner/index.html", "models/index.html", "scenarios/index.html" })
            Assert.True(File.Exists(Path.Combine(target, file)), $"{file} is missing from the published folder");
        Assert.Contains("<html", File.ReadAllText(Path.Combine(target, "index.html")));
    }
}

using System.Diagnostics;
using System.Text.Json;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

/// <summary>
/// The hub ships inside the tool (generator/PeerHub.csproj copies content and theme to <c>hub/</c> on publish), so
/// <c>peerhub build</c> with no arguments builds it anywhere. These tests lay out exactly the files the project
/// publishes, as MSBuild lists them, and build that copy.
/// </summary>
public class ShippedHubTests
{
    [Fact]
    public void The_hub_files_a_publish_ships_build_the_hub_without_error()
    {
        // Given the files the generator's project copies to hub/ when it is published, and nothing else
        using var dir = new TempDir();
        var shipped = PublishedHubFiles();
        Assert.Contains(shipped, f => f.Link == "hub/themes/default/layouts/baseof.html");
        foreach (var (source, link) in shipped)
        {
            var target = Path.Combine(dir.Path, link);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        // When that copy is built
        var hub = Path.Combine(dir.Path, "hub");
        var run = PeerhubProcess.Peerhub(dir.Path, "build", "--content", Path.Combine(hub, "content"),
            "--theme", Path.Combine(hub, "themes", "default"), "--output", Path.Combine(dir.Path, "_site"));

        // Then it builds with no error, in both languages
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("error", run.Stderr);
        Assert.True(File.Exists(Path.Combine(dir.Path, "_site", "index.html")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "_site", "es", "index.html")));
    }

    /// <summary>Every item the project publishes under hub/: its source file and where it lands.</summary>
    private static List<(string Source, string Link)> PublishedHubFiles()
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "msbuild", Path.Combine("generator", "PeerHub.csproj"), "-getItem:None", "-nologo" }) info.ArgumentList.Add(a);
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("dotnet msbuild did not finish in 120 s"); }
        Assert.True(process.ExitCode == 0, stderr.Result + stdout.Result);

        using var json = JsonDocument.Parse(stdout.Result);
        return json.RootElement.GetProperty("Items").GetProperty("None").EnumerateArray()
            .Where(i => i.TryGetProperty("CopyToPublishDirectory", out var copy) && copy.GetString() is "PreserveNewest" or "Always")
            .Select(i => (Source: i.GetProperty("FullPath").GetString()!, Link: i.TryGetProperty("Link", out var l) ? l.GetString()! : ""))
            .Where(i => i.Link.StartsWith("hub/", StringComparison.Ordinal))
            .ToList();
    }
}

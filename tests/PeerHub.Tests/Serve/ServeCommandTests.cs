using System.Diagnostics;
using System.Text.RegularExpressions;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Serve;

/// <summary>The real <c>peerhub serve</c> command, run as a process: it prints its URL, serves, and stops on SIGTERM.</summary>
public class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_its_url_serves_the_site_and_exits_cleanly_on_sigterm()
    {
        using var dir = new TempDir();
        FixtureSite.Minimal().WriteTo(dir.Path);
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = dir.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "peerhub.dll"), "serve", "--port", "0", "--theme", FixtureSite.ThemeDir(dir.Path) })
            info.ArgumentList.Add(arg);
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            string? url = null;
            while (url is null && await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120)) is { } line)
                url = Regex.Match(line, @"^Serving (http://127\.0\.0\.1:\d+/peerhub/) ").Groups[1].Value is { Length: > 0 } found ? found : null;
            // stderr ends only when the process does: read it only when failing.
            if (url is null) Assert.Fail("serve printed no URL: " + await stderr);

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var html = await http.GetStringAsync(url + "scenarios/exam-stress/");
            Assert.Contains("A mentee is worried about finals.", html);

            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])!;
            await kill.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping.", await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10)));
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(url));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}

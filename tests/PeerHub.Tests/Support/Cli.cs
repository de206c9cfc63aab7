using System.Diagnostics;

namespace PeerHub.Tests.Support;

/// <summary>Runs the real <c>peerhub</c> command (the built generator) in a separate process.</summary>
public static class PeerhubProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Peerhub(string workingDir, params string[] args) => PeerhubWithEnv(workingDir, new Dictionary<string, string>(), args);

    public static Run PeerhubWithEnv(string workingDir, IReadOnlyDictionary<string, string> env, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "peerhub.dll");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (k, v) in env) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("peerhub did not finish in 120 s"); }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A hash of every file under a folder, by relative path, to compare whole outputs.</summary>
    public static SortedDictionary<string, string> Snapshot(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}

/// <summary>A temp folder deleted after the test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "peerhub-" + Guid.NewGuid().ToString("N"));
    public TempDir() => Directory.CreateDirectory(Path);
    public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
}

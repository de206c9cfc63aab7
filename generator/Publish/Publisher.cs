using System.Diagnostics;
using System.Security.Cryptography;

namespace PeerHub.Publish;

/// <summary>What a deploy changes, file by file, relative to the site's root.</summary>
public sealed record DeployPlan(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    public IEnumerable<string> Lines() =>
        Added.Select(p => "+ " + p).Concat(Changed.Select(p => "~ " + p)).Concat(Removed.Select(p => "- " + p));

    /// <summary>Compares a freshly built site folder with what is deployed now (files under .git are not the site's).</summary>
    public static DeployPlan Compare(string built, string deployed)
    {
        var next = Hashes(built);
        var now = Directory.Exists(deployed) ? Hashes(deployed) : new SortedDictionary<string, string>(StringComparer.Ordinal);
        return new DeployPlan(
            next.Keys.Where(k => !now.ContainsKey(k)).ToList(),
            next.Keys.Where(k => now.TryGetValue(k, out var h) && h != next[k]).ToList(),
            now.Keys.Where(k => !next.ContainsKey(k)).ToList());
    }

    private static SortedDictionary<string, string> Hashes(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(rel => rel != ".git" && !rel.StartsWith(".git/", StringComparison.Ordinal))
            .ToDictionary(rel => rel, rel => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, rel))))),
        StringComparer.Ordinal);
}

/// <summary>Deploys a built site to a folder, or to a git branch (for GitHub Pages) as one new commit.</summary>
public static class Publisher
{
    /// <summary>Makes <paramref name="target"/> hold exactly the built site; returns what changed (or would, on a dry run).</summary>
    public static DeployPlan ToFolder(string built, string target, bool dryRun)
    {
        var plan = DeployPlan.Compare(built, target);
        if (dryRun || plan.IsEmpty) return plan;
        foreach (var rel in plan.Added.Concat(plan.Changed))
        {
            var dest = Path.Combine(target, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(Path.Combine(built, rel), dest, overwrite: true);
        }
        foreach (var rel in plan.Removed) File.Delete(Path.Combine(target, rel));
        RemoveEmptyFolders(target);
        return plan;
    }

    /// <summary>
    /// Commits the built site to <paramref name="branch"/> of the git remote <paramref name="remote"/> (a URL or a
    /// path) as a single new commit on top of its history, and pushes it. Nothing is pushed on a dry run or
    /// when the site has not changed.
    /// </summary>
    public static DeployPlan ToBranch(string built, string remote, string branch, string message, bool dryRun)
    {
        var work = Path.Combine(Path.GetTempPath(), "peerhub-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            Git(Path.GetTempPath(), "init", "--quiet", work);
            Git(work, "remote", "add", "origin", remote);
            var exists = Git(work, "ls-remote", "--heads", "origin", branch).Trim().Length > 0;
            if (exists)
            {
                Git(work, "fetch", "--quiet", "--depth", "1", "origin", branch);
                Git(work, "checkout", "--quiet", "-B", branch, "FETCH_HEAD");
            }
            else Git(work, "checkout", "--quiet", "--orphan", branch);

            // GitHub Pages would otherwise run Jekyll over the site and hide folders starting with "_".
            File.WriteAllBytes(Path.Combine(built, ".nojekyll"), []);
            var plan = ToFolder(built, work, dryRun);
            if (dryRun || plan.IsEmpty) return plan;

            Git(work, "add", "--all");
            Git(work, "-c", "user.name=PeerHub publish", "-c", "user.email=peerhub@localhost", "commit", "--quiet", "-m", message);
            Git(work, "push", "--quiet", "origin", $"HEAD:refs/heads/{branch}");
            return plan;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Git(string dir, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        using var p = Process.Start(info) ?? throw new PublishException("git could not be started; is it installed?");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new PublishException($"git {string.Join(' ', args)} failed: {stderr.Trim()}");
        return stdout.Result;
    }

    private static void RemoveEmptyFolders(string root)
    {
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Path.GetFileName(dir).Equals(".git") && !dir.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}")
                && !Directory.EnumerateFileSystemEntries(dir).Any())
                Directory.Delete(dir);
    }
}

/// <summary>A deploy step that failed for a reason outside the content (git, the file system).</summary>
public sealed class PublishException(string message) : Exception(message);

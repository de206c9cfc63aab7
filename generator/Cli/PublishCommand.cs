using PeerHub.Content;
using System.CommandLine;
using PeerHub.Publish;
using PeerHub.Site;
using PeerHub.Model;

namespace PeerHub.Cli;

/// <summary>
/// <c>peerhub publish</c>: builds into a clean folder (which runs every check), then deploys to a folder or
/// to a git branch as one new commit; <c>--dry-run</c> prints what would change and changes nothing.
/// </summary>
public static class PublishCommand
{
    public static Command Create()
    {
        var folder = new Option<string?>("--to-folder") { Description = "Deploy into this folder (it ends up holding exactly the site)" };
        var branch = new Option<string?>("--to-branch") { Description = "Deploy to this git branch, for example gh-pages" };
        var remote = new Option<string>("--remote") { Description = "The git remote (URL or path) for --to-branch", DefaultValueFactory = _ => "origin-url" };
        var message = new Option<string>("--message", "-m") { Description = "The commit message for --to-branch", DefaultValueFactory = _ => "Publish PeerHub" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change; change nothing" };
        var command = new Command("publish", "Build into a clean folder, check, and deploy to a folder or a git branch")
        {
            BuildCommand.ContentOption, BuildCommand.ThemeOption, folder, branch, remote, message, dryRun,
        };
        // Either-or options are checked while parsing, so a wrong combination is a usage error printed with the help,
        // before anything is built.
        command.Validators.Add(result =>
        {
            bool Given(Option option) => result.GetResult(option) is { Implicit: false };
            if (Given(folder) && Given(branch))
                result.AddError("--to-folder and --to-branch cannot be used together: publish to a folder or to a git branch, not both");
            else if (!Given(folder) && !Given(branch))
                result.AddError("say where to publish: --to-folder DIR or --to-branch NAME (with --remote URL)");
            else if (Given(folder))
            {
                foreach (var branchOnly in new Option[] { remote, message })
                    if (Given(branchOnly)) result.AddError($"{branchOnly.Name} applies only to --to-branch, not to --to-folder");
            }
        });
        command.SetAction(r => Run(r.GetValue(BuildCommand.ContentOption)!, r.GetValue(BuildCommand.ThemeOption)!,
            r.GetValue(folder), r.GetValue(branch), r.GetValue(remote)!, r.GetValue(message)!, r.GetValue(dryRun)));
        return command;
    }

    /// <summary>Builds and deploys; exactly one of <paramref name="folder"/> and <paramref name="branch"/> is set (the parser checks it).</summary>
    public static int Run(string content, string theme, string? folder, string? branch, string remote, string message, bool dryRun)
    {
        if ((folder is null) == (branch is null))
            throw new ArgumentException("exactly one of folder and branch must be given (the publish command's validator checks this)");
        var staging = Path.Combine(Path.GetTempPath(), "peerhub-site-" + Guid.NewGuid().ToString("N"), "site");
        try
        {
            var result = SiteBuilder.Build(SiteReader.FromDisk(content, theme));
            foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToString());
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("Publish stopped: the site has errors. Nothing was deployed.");
                return 1;
            }
            OutputWriter.Write(staging, result.Files!);

            if (remote == "origin-url" && branch is not null) remote = OriginUrl();
            var plan = folder is not null
                ? Publisher.ToFolder(staging, folder, dryRun)
                : Publisher.ToBranch(staging, remote, branch!, message, dryRun);
            foreach (var line in plan.Lines()) Console.WriteLine(line);
            var where = folder ?? $"{branch} of {remote}";
            Console.WriteLine(plan.IsEmpty ? $"Nothing to publish: {where} is up to date."
                : dryRun ? $"Dry run: {plan.Added.Count} added, {plan.Changed.Count} changed, {plan.Removed.Count} removed in {where}; nothing was changed."
                : $"Published to {where}: {plan.Added.Count} added, {plan.Changed.Count} changed, {plan.Removed.Count} removed.");
            return 0;
        }
        catch (PublishException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            try { Directory.Delete(Path.GetDirectoryName(staging)!, recursive: true); } catch (IOException) { }
        }
    }

    private static string OriginUrl()
    {
        var info = new System.Diagnostics.ProcessStartInfo("git", "remote get-url origin") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(info)!;
        var url = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return p.ExitCode == 0 && url.Length > 0 ? url : throw new PublishException("this folder's git repository has no `origin` remote; pass --remote URL");
    }
}

using System.CommandLine;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Site;
using Spectre.Console;

namespace PeerHub.Cli;

public static class BuildCommand
{
    public static readonly Option<string> ContentOption = new("--content", "-c")
    {
        Description = "The content folder (default: ./content, else the hub shipped with the tool)",
        DefaultValueFactory = _ => Paths.DefaultContent(),
    };
    public static readonly Option<string> ThemeOption = new("--theme", "-t")
    {
        Description = "The theme folder (default: ./themes/default)",
        DefaultValueFactory = _ => Paths.DefaultTheme(),
    };
    public static readonly Option<string> OutputOption = new("--output", "-o")
    {
        Description = "Where to write the site (default: ./_site)",
        DefaultValueFactory = _ => "_site",
    };
    public static readonly Option<bool> QuietOption = new("--quiet", "-q") { Description = "Print only diagnostics" };

    public static Command CreateBuild()
    {
        var command = new Command("build", "Build the site into the output folder; a failed build leaves the previous site untouched")
        {
            ContentOption, ThemeOption, OutputOption, QuietOption,
        };
        command.SetAction(result => Run(result.GetValue(ContentOption)!, result.GetValue(ThemeOption)!,
            result.GetValue(OutputOption), result.GetValue(QuietOption)));
        return command;
    }

    public static Command CreateCheck()
    {
        var command = new Command("check", "Check content, references, templates and links without writing the site")
        {
            ContentOption, ThemeOption, QuietOption,
        };
        command.SetAction(result => Run(result.GetValue(ContentOption)!, result.GetValue(ThemeOption)!, null, result.GetValue(QuietOption)));
        return command;
    }

    /// <param name="output">Null to check only.</param>
    public static int Run(string contentDir, string themeDir, string? output, bool quiet)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!Directory.Exists(contentDir))
        {
            Console.Error.WriteLine($"{contentDir}:1:1: error {Codes.MissingField}: the content folder does not exist; pass --content DIR");
            return 1;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var input = SiteInput.FromDisk(contentDir, themeDir);
        var result = SiteBuilder.Build(input, quiet ? null : line => console.MarkupLine($"[grey]{Markup.Escape(line)}[/]"));

        foreach (var d in result.Diagnostics) Console.Error.WriteLine(d.ToString());
        if (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true")
            foreach (var d in result.Diagnostics) Console.WriteLine(GitHubAnnotation.Format(d));
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        if (!result.Succeeded)
        {
            console.MarkupLine($"[red]Build failed: {errors} error(s), {warnings} warning(s).[/]" +
                (output is null ? "" : $" Nothing was written; {Markup.Escape(output)} is unchanged."));
            return 1;
        }

        if (output is not null)
        {
            var write = System.Diagnostics.Stopwatch.StartNew();
            OutputWriter.Write(output, result.Files!);
            if (!quiet) console.MarkupLine($"[grey]{"write",-12} {write.Elapsed.TotalMilliseconds,8:0.0} ms[/]");
        }
        if (!quiet)
            console.MarkupLine($"[green]{(output is null ? "Checked" : "Built")} {result.PageCount} pages ({result.Files!.Count} files)" +
                $"{(output is null ? "" : " into " + Markup.Escape(output))} in {started.Elapsed.TotalMilliseconds:0} ms" +
                $"{(warnings > 0 ? $", {warnings} warning(s)" : "")}.[/]");
        return 0;
    }
}

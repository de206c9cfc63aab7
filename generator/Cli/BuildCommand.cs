using PeerHub.Content;
using System.CommandLine;
using PeerHub.Diagnostics;
using PeerHub.Site;
using Spectre.Console;
using PeerHub.Model;

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
    // Packs (issue 6) and toolkit templates (issue 20): printed to PDF with headless Chromium after writing the site.
    public static readonly Option<bool> PdfOption = new("--pdf")
    {
        Description = "Also print each role-play pack to packs/.../pack.pdf and each toolkit template to toolkit/<slug>/<slug>-letter.pdf and -a4.pdf with headless Chromium (PEERHUB_CHROMIUM or chromium on PATH)",
    };

    public static Command CreateBuild()
    {
        var command = new Command("build", "Build the site into the output folder; a failed build leaves the previous site untouched")
        {
            ContentOption, ThemeOption, OutputOption, QuietOption, PdfOption,
        };
        command.SetAction(result => Run(result.GetValue(ContentOption)!, result.GetValue(ThemeOption)!,
            result.GetValue(OutputOption), result.GetValue(QuietOption), result.GetValue(PdfOption)));
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
    /// <param name="pdf">Also print the role-play packs (issue 6) and the toolkit's templates (issue 20) to PDF.</param>
    public static int Run(string contentDir, string themeDir, string? output, bool quiet, bool pdf = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Packs: find the browser before building, so a missing one fails fast and leaves the old site alone.
        var browser = pdf && output is not null ? Packs.PackPdf.FindBrowser() : null;
        if (pdf && output is not null && browser is null)
        {
            Console.Error.WriteLine("error: " + Packs.PackPdf.NoBrowserMessage(Environment.GetEnvironmentVariable(Packs.PackPdf.BrowserVariable)));
            return 1;
        }
        if (!Directory.Exists(contentDir))
        {
            Console.Error.WriteLine($"{contentDir}:1:1: error {Codes.MissingFolder}: the content folder does not exist; pass --content DIR");
            return 1;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var input = SiteReader.FromDisk(contentDir, themeDir);
        OutputFolder? folder = null;
        try
        {
            // Pages are written into a staging folder while the build runs; the output changes only if it succeeds.
            folder = output is null ? null : OutputFolder.Begin(output, keepPrevious: true);
        }
        catch (Exception e) when (OutputFailure.Find(e) is { } failure)
        {
            Console.Error.WriteLine($"{output}:1:1: error {Codes.OutputFailed}: {OutputFailure.Describe(failure)}");
            return 1;
        }
        using var _ = folder;
        var result = BuildWithProgress(input, new BuildOptions(folder, browser), quiet, console);

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
        if (errors > 0)
        {
            // Only the last step, printing PDFs, fails after the commit.
            console.MarkupLine($"[red]{errors} error(s) after the site was written to {Markup.Escape(output ?? "")}.[/]");
            return 1;
        }
        // A check also says how far each further language's translation has come.
        if (output is null && !quiet)
            foreach (var report in TranslationsCommand.Report(ContentLoader.Load(input, SiteKinds.Default.Content, new DiagnosticBag())))
                console.MarkupLine($"[grey]{report.Language}: {report.Translated.Count} of {report.Total} pages translated, {report.Stale.Count} out of date; `peerhub translations` lists them[/]");
        if (!quiet)
            console.MarkupLine($"[green]{(output is null ? "Checked" : "Built")} {result.PageCount} pages ({result.Paths!.Count} files)" +
                $"{(output is null ? "" : " into " + Markup.Escape(output))} in {started.Elapsed.TotalMilliseconds:0} ms" +
                $"{(warnings > 0 ? $", {warnings} warning(s)" : "")}.[/]");
        return 0;
    }

    /// <summary>
    /// Runs the build, printing each stage's time as it ends; on a terminal a spinner also names the stage running,
    /// while redirected output (CI logs) gets the plain lines only.
    /// </summary>
    private static BuildResult BuildWithProgress(SiteInput input, BuildOptions options, bool quiet, IAnsiConsole console)
    {
        void Line(string line) => console.MarkupLine($"[grey]{Markup.Escape(line)}[/]");
        if (quiet) return SiteBuilder.Build(input, options: options);
        if (!console.Profile.Capabilities.Interactive || Console.IsErrorRedirected) return SiteBuilder.Build(input, Line, options: options);
        return console.Status().Start("Building", context => SiteBuilder.Build(input, line =>
        {
            Line(line);
            context.Status($"Building (after {line.Split(' ')[0]})");
        }, options: options));
    }
}

using PeerHub.Diagnostics;

namespace PeerHub.Cli;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command, so it shows on the pull request's changed line:
/// <c>::error file=content/x.md,line=3,col=1,title=PH0004::unknown key ...</c>.
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic d) =>
        $"::{(d.Severity == Severity.Error ? "error" : "warning")} file={Property(d.Span.Path)},line={d.Span.Line},col={d.Span.Column}," +
        $"title={Property(d.Code)}::{Data(d.Message)}";

    // Escaping as the workflow-command format requires: % first, then line breaks, then (in properties) : and ,.
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}

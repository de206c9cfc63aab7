namespace PeerHub.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A place in a source file; line and column are 1-based.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    public static SourceSpan FileStart(string path) => new(path, 1, 1);
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

/// <summary>One finding about the input, printed as <c>path:line:col: error CODE: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    public override string ToString() =>
        $"{Span}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}

using System.Collections.Concurrent;

namespace PeerHub.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to add to from parallel render workers.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic d) => _items.Enqueue(d);
    public void Error(string code, SourceSpan at, string message) => Add(new(Severity.Error, code, at, message));
    public void Warning(string code, SourceSpan at, string message) => Add(new(Severity.Warning, code, at, message));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Sorted by file, line and column so the output is the same on every run.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}

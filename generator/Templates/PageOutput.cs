using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace PeerHub.Templates;

/// <summary>
/// Where a page's HTML is written while its templates run: one growing buffer per thread, reused from page to
/// page. Scriban's own output is a StringBuilder that starts small for every page, grows chunk by chunk and,
/// when cleared, allocates its whole capacity again; on 10,000 pages that was about a gigabyte of garbage.
/// It also holds a page to <see cref="MaxChars"/>: a write that would pass it throws, at the template node
/// <paramref name="writingAt"/> names, and <see cref="Overflowed"/> tells the renderer why the page failed.
/// </summary>
internal sealed class PageOutput(Func<ScribanSpan> writingAt) : IScriptOutput
{
    /// <summary>The most characters one page's HTML may have.</summary>
    public const int MaxChars = 50_000_000;

    // A buffer grown for one very large page (a pack builder listing thousands of scenarios) is let go after it,
    // so each thread does not keep tens of megabytes for the rest of the build.
    private const int KeptChars = 1 << 20;
    private const int InitialChars = 64 * 1024;

    private char[] _buffer = new char[InitialChars];
    private int _length;

    /// <summary>Whether the page being written passed <see cref="MaxChars"/> (and so was not finished).</summary>
    public bool Overflowed { get; private set; }

    public void Clear()
    {
        if (_buffer.Length > KeptChars) _buffer = new char[InitialChars];
        _length = 0;
        Overflowed = false;
    }

    public void Write(string text, int offset, int count)
    {
        if (count > MaxChars - _length)
        {
            Overflowed = true;
            throw new ScriptRuntimeException(writingAt(), $"the page's HTML passes {MaxChars:N0} characters, the most one page may have");
        }
        if (count > _buffer.Length - _length)
            Array.Resize(ref _buffer, Math.Min(MaxChars, Math.Max(_buffer.Length * 2, _length + count)));
        text.CopyTo(offset, _buffer, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The page written so far, in the buffer itself: valid until the next <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<char> Written => _buffer.AsMemory(0, _length);
}

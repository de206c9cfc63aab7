using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace PeerHub.Templates;

/// <summary>
/// Where a page's HTML is written while its templates run: one growing buffer per thread, reused from page to
/// page. Scriban's own output is a StringBuilder that starts small for every page, grows chunk by chunk and,
/// when cleared, allocates its whole capacity again; on 10,000 pages that was about a gigabyte of garbage.
/// A page longer than the buffer keeps (a pack builder listing thousands of scenarios) goes on in blocks and is
/// joined once at the end, instead of doubling an array to 64 million characters and copying it at each step.
/// It also holds a page to <see cref="MaxChars"/>: a write that would pass it throws, at the template node
/// <paramref name="writingAt"/> names, and <see cref="Overflowed"/> tells the renderer why the page failed.
/// </summary>
internal sealed class PageOutput(Func<ScribanSpan> writingAt) : IScriptOutput
{
    /// <summary>The most characters one page's HTML may have.</summary>
    public const int MaxChars = 50_000_000;

    // The buffer grows to this size and is kept for the thread's next page; past it, a page goes on in blocks of this size.
    internal const int BlockChars = 1 << 20;
    private const int InitialChars = 64 * 1024;

    private char[] _buffer = new char[InitialChars];
    private int _length;
    // The full blocks of a page longer than BlockChars, in order (the first is the buffer the thread keeps);
    // _buffer is then the page's last, partly filled block.
    private List<char[]>? _blocks;

    /// <summary>Whether the page being written passed <see cref="MaxChars"/> (and so was not finished).</summary>
    public bool Overflowed { get; private set; }

    /// <summary>The characters written since the last <see cref="Clear"/>.</summary>
    public int Length => (_blocks?.Count ?? 0) * BlockChars + _length;

    public void Clear()
    {
        if (_blocks is not null)
        {
            // Back to the first block, the one the thread keeps; the others go.
            _buffer = _blocks[0];
            _blocks = null;
        }
        _length = 0;
        Overflowed = false;
    }

    public void Write(string text, int offset, int count)
    {
        if (count > MaxChars - Length)
        {
            Overflowed = true;
            throw new ScriptRuntimeException(writingAt(), $"the page's HTML passes {MaxChars:N0} characters, the most one page may have");
        }
        if (count > _buffer.Length - _length && _blocks is null && _buffer.Length < BlockChars)
            Array.Resize(ref _buffer, Math.Min(BlockChars, Math.Max(_buffer.Length * 2, _length + count)));
        while (count > 0)
        {
            if (_length == _buffer.Length)
            {
                (_blocks ??= []).Add(_buffer);
                _buffer = new char[BlockChars];
                _length = 0;
            }
            var part = Math.Min(count, _buffer.Length - _length);
            text.CopyTo(offset, _buffer, _length, part);
            _length += part;
            offset += part;
            count -= part;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The page written so far: the buffer itself when it fits one block (valid until the next <see cref="Clear"/>),
    /// else its blocks joined into one array of its exact length.
    /// </summary>
    public ReadOnlyMemory<char> Written
    {
        get
        {
            if (_blocks is null) return _buffer.AsMemory(0, _length);
            var page = new char[Length];
            var at = 0;
            foreach (var block in _blocks)
            {
                block.CopyTo(page, at);
                at += block.Length;
            }
            _buffer.AsSpan(0, _length).CopyTo(page.AsSpan(at));
            return page;
        }
    }
}

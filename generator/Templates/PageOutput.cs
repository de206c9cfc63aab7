using Scriban.Runtime;

namespace PeerHub.Templates;

/// <summary>
/// Where a page's HTML is written while its templates run: one growing buffer per thread, reused from page to
/// page. Scriban's own output is a StringBuilder that starts small for every page, grows chunk by chunk and,
/// when cleared, allocates its whole capacity again; on 10,000 pages that was about a gigabyte of garbage.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    // A buffer grown for one very large page (a pack builder listing thousands of scenarios) is let go after it,
    // so each thread does not keep tens of megabytes for the rest of the build.
    private const int KeptChars = 1 << 20;
    private const int InitialChars = 64 * 1024;

    private char[] _buffer = new char[InitialChars];
    private int _length;

    public void Clear()
    {
        if (_buffer.Length > KeptChars) _buffer = new char[InitialChars];
        _length = 0;
    }

    public void Write(string text, int offset, int count)
    {
        if (count > _buffer.Length - _length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
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

namespace PeerHub.Text;

/// <summary>
/// One copy of each distinct string for a whole build. Every page repeats the same navigation, footer and asset
/// links and many of the same ids; kept once each, they stop being a large share of a big site's memory.
/// </summary>
public sealed class StringPool
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>? _strings;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    private StringPool(bool share)
    {
        _strings = share ? new(StringComparer.Ordinal) : null;
        if (_strings is not null) _spans = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public StringPool() : this(share: true) { }

    /// <summary>A pool that shares nothing.</summary>
    public static StringPool None { get; } = new(share: false);

    public string Get(string value) => _strings is null ? value : _strings.GetOrAdd(value, value);

    /// <summary>The pooled copy of some characters; a string is made only the first time they are seen.</summary>
    public string Get(ReadOnlySpan<char> value) =>
        _strings is null ? value.ToString() : _spans.TryGetValue(value, out var pooled) ? pooled : Get(value.ToString());
}

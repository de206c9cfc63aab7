namespace PeerHub.Search;

/// <summary>
/// The value of one field of a <see cref="SearchDocument"/>: either running text, which lunr's
/// tokenizer splits on whitespace and hyphens, or a list of strings (tags, keywords), each element of
/// which becomes exactly one lower-cased token, unsplit, as lunr does for array-valued fields.
/// </summary>
/// <remarks>
/// <c>default(SearchValue)</c> is "no value" and indexes nothing, like a missing property in lunr.
/// Strings and string arrays convert implicitly, so <c>["body"] = page.Text</c> and
/// <c>["tags"] = new[] { "mentoring", "tier 2" }</c> both read naturally.
/// </remarks>
public readonly struct SearchValue : IEquatable<SearchValue>
{
    private readonly string? _text;
    private readonly IReadOnlyList<string?>? _items;
    private readonly byte[]? _utf8;

    private SearchValue(string? text, IReadOnlyList<string?>? items, byte[]? utf8 = null)
    {
        _text = text;
        _items = items;
        _utf8 = utf8;
    }

    /// <summary>Running text, tokenized by lunr's tokenizer (split on whitespace and '-').</summary>
    public static SearchValue Text(string? text) => new(text, null);

    /// <summary>
    /// Running text held as UTF-8, indexed exactly as <see cref="Text"/> would index it decoded. A page's text
    /// waits for the index in this form, and the analyser decodes it into a buffer of its own instead of a string.
    /// </summary>
    public static SearchValue Utf8Text(byte[]? utf8) => new(null, null, utf8);

    /// <summary>The text, when this value was made by <see cref="Utf8Text"/>.</summary>
    public byte[]? Utf8Value => _utf8;

    /// <summary>
    /// A list of strings, one token per element: lower-cased, never split, then run through the
    /// pipeline (trimmer, stop words, stemmer) like any other token. A null element indexes as "".
    /// </summary>
    public static SearchValue List(IReadOnlyList<string?>? items) => new(null, items);

    /// <summary>The text, when this value was made by <see cref="Text"/>.</summary>
    public string? TextValue => _text;

    /// <summary>The elements, when this value was made by <see cref="List"/>.</summary>
    public IReadOnlyList<string?>? Items => _items;

    /// <summary>True when this is a list value (lunr's array behaviour).</summary>
    public bool IsList => _items is not null;

    /// <summary>True when there is nothing to index (no text and no list).</summary>
    public bool IsEmpty => _text is null && _items is null && _utf8 is null;

    /// <summary>Text value.</summary>
    public static implicit operator SearchValue(string? text) => Text(text);

    /// <summary>List value.</summary>
    public static implicit operator SearchValue(string[]? items) => List(items);

    /// <summary>List value.</summary>
    public static implicit operator SearchValue(List<string>? items) => List(items);

    /// <inheritdoc/>
    public bool Equals(SearchValue other) => _text == other._text && ReferenceEquals(_items, other._items) && ReferenceEquals(_utf8, other._utf8);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SearchValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_text, _items, _utf8);

    /// <summary>Equality.</summary>
    public static bool operator ==(SearchValue left, SearchValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SearchValue left, SearchValue right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() =>
        _items is not null ? "[" + string.Join(", ", _items) + "]" : _utf8 is not null ? System.Text.Encoding.UTF8.GetString(_utf8) : _text ?? "";
}

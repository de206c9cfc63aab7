namespace PeerHub.Search;

/// <summary>
/// Where the index writer puts its bytes. The same writing code runs twice, first into a
/// <see cref="JsonLengthCounter"/> and then into a <see cref="JsonSpanWriter"/>, so the output array can be
/// allocated at its exact size and both passes cannot disagree about the layout.
/// </summary>
internal interface IJsonSink
{
    void Write(byte value);

    void Write(ReadOnlySpan<byte> bytes);

    /// <summary>A non-negative integer, in decimal.</summary>
    void WriteNumber(int value);

    /// <summary>An integral number of thousandths, as JavaScript writes <c>value / 1000</c>.</summary>
    void WriteThousandths(double value);
}

/// <summary>Counts the bytes a part of the index would take.</summary>
internal struct JsonLengthCounter : IJsonSink
{
    public long Length;

    public void Write(byte value) => Length++;

    public void Write(ReadOnlySpan<byte> bytes) => Length += bytes.Length;

    public void WriteNumber(int value) => Length += DecimalDigits.Count((ulong)value);

    public void WriteThousandths(double value) => Length += JsNumber.ThousandthsLength(value);
}

/// <summary>Writes a part of the index into the span measured for it.</summary>
internal ref struct JsonSpanWriter(Span<byte> destination) : IJsonSink
{
    private readonly Span<byte> _destination = destination;
    private int _position;

    /// <summary>Bytes written so far.</summary>
    public readonly int Position => _position;

    public void Write(byte value) => _destination[_position++] = value;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_destination[_position..]);
        _position += bytes.Length;
    }

    public void WriteNumber(int value) => _position += DecimalDigits.Write((ulong)value, _destination[_position..]);

    public void WriteThousandths(double value) => _position += JsNumber.FormatThousandths(value, _destination[_position..]);
}

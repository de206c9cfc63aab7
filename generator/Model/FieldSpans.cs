using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary>
/// Where each field of a bound record was written: its key and its value. The binder sets it on every record that has
/// a <c>Spans</c> property, beside <c>At</c> (the record's start), so a rule checked later can point at the field that
/// breaks it: <c>meta.Spans.Of(nameof(ModelMeta.TrainingHours))</c>. A field the file does not write (or a record made in
/// code) answers with the record's start. Kept small for the hot path: one array of positions per record, the
/// property names shared by every record of a type.
/// </summary>
public sealed class FieldSpans : IEquatable<FieldSpans>
{
    private readonly SourceSpan _record;
    private readonly IReadOnlyList<string> _names;
    // Per property, in the order of _names: key line, key column, value line, value column (0: not written).
    private readonly int[] _positions;

    /// <summary>For records made in code: every field is at the default span.</summary>
    public static FieldSpans None { get; } = new(default, [], []);

    /// <param name="record">Where the record starts, the answer for fields not written.</param>
    /// <param name="names">The record's property names (C# names, as <c>nameof</c> gives them).</param>
    /// <param name="positions">Four numbers per name: key line and column, value line and column; 0 when not written.</param>
    public FieldSpans(SourceSpan record, IReadOnlyList<string> names, int[] positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        _record = record;
        _names = names;
        _positions = positions;
    }

    /// <summary>Where the value of <paramref name="property"/> (a C# property name) starts, else the record's start.</summary>
    public SourceSpan Of(string property) => At(property, 2);

    /// <summary>Where the key of <paramref name="property"/> starts, else the record's start.</summary>
    public SourceSpan KeyOf(string property) => At(property, 0);

    private SourceSpan At(string property, int offset)
    {
        for (var i = 0; i < _names.Count; i++)
        {
            if (!string.Equals(_names[i], property, StringComparison.Ordinal)) continue;
            var line = _positions[(4 * i) + offset];
            return line == 0 ? _record : new SourceSpan(_record.Path, line, _positions[(4 * i) + offset + 1]);
        }
        return _record;
    }

    public bool Equals(FieldSpans? other) =>
        other is not null && _record == other._record && _names.SequenceEqual(other._names) && _positions.AsSpan().SequenceEqual(other._positions);

    public override bool Equals(object? obj) => Equals(obj as FieldSpans);

    public override int GetHashCode() => HashCode.Combine(_record, _positions.Length);
}

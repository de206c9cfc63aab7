namespace PeerHub.Search;

/// <summary>
/// One document to index: its reference (the page URL, typically) and the value of each field.
/// </summary>
/// <param name="Ref">
/// The document reference returned by searches. Refs must be unique within a build; they may contain
/// slashes (lunr splits field refs at the first slash, and field names cannot contain one).
/// </param>
/// <param name="Fields">
/// Field values by field name. A declared field missing here is indexed as empty; a key that is not a
/// declared field is ignored, as lunr ignores document properties it was not told about.
/// </param>
/// <param name="Boost">Multiplies every score of this document; 0 and NaN mean 1, as in lunr.</param>
public sealed record SearchDocument(string Ref, IReadOnlyDictionary<string, SearchValue> Fields, double Boost = 1);

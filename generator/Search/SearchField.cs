namespace PeerHub.Search;

/// <summary>
/// A field of the search index, declared once per build, in the order lunr will list it.
/// </summary>
/// <param name="Name">The field name; must not contain '/' (lunr joins field and ref with it).</param>
/// <param name="Boost">
/// Multiplies every score in this field. As in lunr, 0 and NaN mean "no boost" (1), because lunr
/// reads the boost with <c>boost || 1</c>.
/// </param>
public sealed record SearchField(string Name, double Boost = 1);

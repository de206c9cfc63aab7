using System.Buffers;

namespace PeerHub.Search;

/// <summary>
/// lunr-languages 1.22.0's Spanish trimmer (<c>lunr.es.trimmer</c>, registered as <c>trimmer-es</c>): made by
/// <c>lunr.trimmerSupport.generateTrimmer(lunr.es.wordCharacters)</c>, which adds ASCII digits to the language's word
/// characters (1.22.0 does, so "2024" and "3º" keep their digits), then strips from both ends of a token every UTF-16
/// code unit outside them. Unlike lunr's English trimmer, accented Latin letters are word characters ("¿qué?" becomes
/// "qué", "«niños»" "niños"); the underscore is not ("_x_" becomes "x"), nor are apostrophes or any punctuation.
/// </summary>
internal static class SpanishTrimmer
{
    /// <summary>
    /// <c>lunr.es.wordCharacters</c> as (first, last) ranges, in lunr.es.js's order, then the "0-9" generateTrimmer adds.
    /// The regular expressions have no flags: ranges of code units, case-sensitive.
    /// </summary>
    public static ReadOnlySpan<char> WordCharacterRanges =>
    [
        'A', 'Z', 'a', 'z', '\xAA', '\xAA', '\xBA', '\xBA', '\xC0', '\xD6', '\xD8', '\xF6', '\xF8', '\u02B8',
        '\u02E0', '\u02E4', '\u1D00', '\u1D25', '\u1D2C', '\u1D5C', '\u1D62', '\u1D65', '\u1D6B', '\u1D77',
        '\u1D79', '\u1DBE', '\u1E00', '\u1EFF', '\u2071', '\u2071', '\u207F', '\u207F', '\u2090', '\u209C',
        '\u212A', '\u212A', '\u212B', '\u212B', '\u2132', '\u2132', '\u214E', '\u214E', '\u2160', '\u2188',
        '\u2C60', '\u2C7F', '\uA722', '\uA787', '\uA78B', '\uA7AD', '\uA7B0', '\uA7B7', '\uA7F7', '\uA7FF',
        '\uAB30', '\uAB5A', '\uAB5C', '\uAB64', '\uFB00', '\uFB06', '\uFF21', '\uFF3A', '\uFF41', '\uFF5A',
        '0', '9',
    ];

    private static readonly SearchValues<char> WordCharacters = SearchValues.Create(Expand(WordCharacterRanges));

    /// <summary>True for a code unit the trimmer keeps at a token's ends.</summary>
    public static bool IsWordCharacter(char c) => WordCharacters.Contains(c);

    /// <summary>Trims a token: <c>.replace(/^[^…0-9]+/, '').replace(/[^…0-9]+$/, '')</c>.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = token.IndexOfAny(WordCharacters);
        if (start < 0)
        {
            return [];
        }

        return token[start..(token.LastIndexOfAny(WordCharacters) + 1)];
    }

    /// <summary>Trims a token, returning the same instance when nothing changes.</summary>
    public static string Trim(string token)
    {
        var trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }

    private static char[] Expand(ReadOnlySpan<char> ranges)
    {
        var characters = new List<char>();
        for (int i = 0; i < ranges.Length; i += 2)
        {
            for (int c = ranges[i]; c <= ranges[i + 1]; c++)
            {
                characters.Add((char)c);
            }
        }

        return characters.ToArray();
    }
}

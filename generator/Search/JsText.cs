using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PeerHub.Search;

/// <summary>
/// The few JavaScript string semantics lunr depends on, reproduced for .NET: <c>toLowerCase</c>,
/// the regex classes <c>\s</c> and <c>\w</c>, and which object keys V8 orders as array indexes.
/// </summary>
internal static class JsText
{
    /// <summary>
    /// JavaScript's <c>\s</c>: the ECMAScript WhiteSpace and LineTerminator sets (every Zs character,
    /// tab, VT, FF, BOM, LF, CR, U+2028, U+2029). Not .NET's <see cref="char.IsWhiteSpace(char)"/>,
    /// which also accepts U+0085 and U+180E-like controls lunr keeps inside tokens.
    /// </summary>
    public static bool IsWhiteSpace(char c)
    {
        if (c <= ' ')
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        if (c < '\u00a0')
        {
            return false;
        }

        return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028'
            || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /// <summary>
    /// JavaScript's <c>\w</c> without the <c>u</c> flag: ASCII letters, digits and underscore only. This
    /// is why lunr's trimmer turns "café" into "caf".
    /// </summary>
    public static bool IsWordChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';

    /// <summary>True for a JavaScript line terminator, the characters <c>.</c> does not match.</summary>
    public static bool IsLineTerminator(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

    /// <summary>
    /// <c>String.prototype.toLowerCase</c>: Unicode default lower-casing. That is the simple mapping
    /// .NET's invariant casing applies, plus the two special cases JavaScript honours and .NET does
    /// not: U+0130 becomes "i" + U+0307 (two code units, which shifts later token positions), and a
    /// capital sigma at the end of a word becomes final sigma.
    /// </summary>
    public static string ToLower(string s)
    {
        int i = 0;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x80 || (uint)(c - 'A') <= 'Z' - 'A')
            {
                break;
            }
        }

        if (i == s.Length)
        {
            return s;
        }

        var buffer = new char[2 * s.Length];
        return new string(buffer, 0, ToLower(s, buffer));
    }

    /// <summary>
    /// <see cref="ToLower(string)"/> into <paramref name="destination"/>, which must hold twice the source's
    /// length (U+0130 is the one character that grows, to two code units).
    /// </summary>
    /// <returns>The number of characters written.</returns>
    // Hot, and run once per build: compiled optimised from the first call rather than as tier-0 code first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ToLower(ReadOnlySpan<char> s, Span<char> destination)
    {
        int written = 0;
        int i = 0;
        while (true)
        {
            // Runs of ASCII, most of any text, are lower-cased in bulk; the rest one character at a time.
            Ascii.ToLower(s[i..], destination[written..], out int ascii);
            i += ascii;
            written += ascii;
            if (i == s.Length)
            {
                return written;
            }

            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                written += Rune.ToLowerInvariant(new Rune(c, s[i + 1])).EncodeToUtf16(destination[written..]);
                i += 2;
                continue;
            }

            if (c == '\u0130')
            {
                destination[written++] = 'i';
                destination[written++] = '\u0307';
            }
            else if (c == '\u03a3')
            {
                destination[written++] = IsFinalSigma(s, i) ? '\u03c2' : '\u03c3';
            }
            else
            {
                destination[written++] = char.ToLowerInvariant(c);
            }

            i++;
        }
    }

    /// <summary>
    /// True when the string is an array index to V8 (a canonical decimal integer below 2^32 - 1). Such
    /// object keys are enumerated first, in numeric order, so lunr writes doc refs like "2" and "10"
    /// before the others; we copy that to make our output byte-identical.
    /// </summary>
    public static bool IsArrayIndex(string s, out uint value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 10 || (s[0] == '0' && s.Length > 1))
        {
            return false;
        }

        ulong v = 0;
        foreach (char c in s)
        {
            if ((uint)(c - '0') > 9)
            {
                return false;
            }

            v = v * 10 + (uint)(c - '0');
        }

        if (v >= uint.MaxValue)
        {
            return false;
        }

        value = (uint)v;
        return true;
    }

    // Unicode's Final_Sigma condition: a cased letter before (skipping case-ignorable characters) and
    // no cased letter after. "Cased" and "case-ignorable" are approximated from general categories
    // plus the apostrophe/period-like word-break characters; exact for ordinary Greek text.
    private static bool IsFinalSigma(ReadOnlySpan<char> s, int index)
    {
        bool casedBefore = false;
        for (int j = index - 1; j >= 0; j--)
        {
            if (IsCaseIgnorable(s[j]))
            {
                continue;
            }

            casedBefore = IsCased(s[j]);
            break;
        }

        if (!casedBefore)
        {
            return false;
        }

        for (int j = index + 1; j < s.Length; j++)
        {
            if (IsCaseIgnorable(s[j]))
            {
                continue;
            }

            return !IsCased(s[j]);
        }

        return true;
    }

    private static bool IsCased(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter;
    }

    private static bool IsCaseIgnorable(char c)
    {
        switch (c)
        {
            case '\'' or '.' or ':' or '\u00b7' or '\u0387' or '\u055f' or '\u05f4' or '\u2018' or '\u2019'
                or '\u2024' or '\u2027' or '\ufe13' or '\ufe52' or '\ufe55' or '\uff07' or '\uff0e' or '\uff1a':
                return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }
}

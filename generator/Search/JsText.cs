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
    /// <c>String.prototype.toLowerCase</c> as V8 does it (ICU's full lower-casing, root locale): the simple mappings of
    /// <see cref="JsCaseData"/> (generated from node, so neither .NET's nor the system ICU's Unicode version matters),
    /// plus the two special cases: U+0130 becomes "i" + U+0307 (two code units, which shifts later token positions),
    /// and a capital sigma after a cased letter and not before one becomes final sigma. Lone surrogates stay as they are.
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
        var lower = LowerBmp;
        int written = 0;
        int i = 0;
        while (true)
        {
            // Runs of ASCII, most of any text, are lower-cased in bulk; the rest one character at a time.
            Ascii.ToLower(s[i..], destination[written..], out int ascii);
            i += ascii;
            written += ascii;
            while (i < s.Length && s[i] >= 0x80)
            {
                char c = s[i];
                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        int cp = char.ConvertToUtf32(c, s[i + 1]);
                        written += new Rune(LowerAstral.TryGetValue(cp, out int to) ? to : cp).EncodeToUtf16(destination[written..]);
                        i += 2;
                        continue;
                    }

                    destination[written++] = c;
                }
                else if (c == '\u0130')
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
                    destination[written++] = lower[c];
                }

                i++;
            }

            if (i == s.Length)
            {
                return written;
            }
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

    // Simple lower-case mappings of the BMP, one char each (an identity where there is none), and of the rest.
    private static readonly char[] LowerBmp = BuildLowerBmp();
    private static readonly Dictionary<int, int> LowerAstral = BuildLowerAstral();

    private static char[] BuildLowerBmp()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
        }

        var runs = JsCaseData.LowerRuns;
        for (int r = 0; r < runs.Length; r += 4)
        {
            for (int cp = runs[r]; cp <= runs[r + 1] && cp <= char.MaxValue; cp += runs[r + 2])
            {
                table[cp] = (char)(cp + runs[r + 3]);
            }
        }

        return table;
    }

    private static Dictionary<int, int> BuildLowerAstral()
    {
        var map = new Dictionary<int, int>();
        var runs = JsCaseData.LowerRuns;
        for (int r = 0; r < runs.Length; r += 4)
        {
            for (int cp = Math.Max(runs[r], char.MaxValue + 1); cp <= runs[r + 1]; cp += runs[r + 2])
            {
                map[cp] = cp + runs[r + 3];
            }
        }

        return map;
    }

    // Unicode's Final_Sigma condition as ICU applies it: before the sigma, skipping case-ignorable code points, a
    // cased one; after it, skipping case-ignorable ones, none. A code point that is both counts as case-ignorable.
    private static bool IsFinalSigma(ReadOnlySpan<char> s, int index)
    {
        int j = index;
        bool casedBefore = false;
        while (j > 0)
        {
            int cp = s[--j];
            if (char.IsLowSurrogate((char)cp) && j > 0 && char.IsHighSurrogate(s[j - 1]))
            {
                cp = char.ConvertToUtf32(s[--j], (char)cp);
            }

            if (!InRanges(JsCaseData.CaseIgnorable, cp))
            {
                casedBefore = InRanges(JsCaseData.Cased, cp);
                break;
            }
        }

        if (!casedBefore)
        {
            return false;
        }

        for (j = index + 1; j < s.Length; j++)
        {
            int cp = s[j];
            if (char.IsHighSurrogate((char)cp) && j + 1 < s.Length && char.IsLowSurrogate(s[j + 1]))
            {
                cp = char.ConvertToUtf32((char)cp, s[++j]);
            }

            if (!InRanges(JsCaseData.CaseIgnorable, cp))
            {
                return !InRanges(JsCaseData.Cased, cp);
            }
        }

        return true;
    }

    // Whether cp lies in one of the sorted (first, last) ranges.
    private static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int low = 0;
        int high = ranges.Length / 2 - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            if (cp < ranges[2 * mid])
            {
                high = mid - 1;
            }
            else if (cp > ranges[2 * mid + 1])
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text.RegularExpressions;

namespace PeerHub.Search;

/// <summary>
/// lunr 2.3.9's Porter stemmer, reproduced rule for rule rather than taken from another Porter
/// implementation, because lunr's differs from Porter's paper (step 2 maps "bli" to "ble" and "logi"
/// to "log"; "y" counts as a vowel in the measure; a leading "y" is a consonant). The browser stems
/// queries with lunr's version, so the index must be stemmed with the same one.
/// </summary>
/// <remarks>
/// The regexes keep lunr's shape (lazy stems, ordered alternations) so their backtracking picks the
/// same suffix. Two JavaScript details are made explicit for .NET: <c>.</c> never matches a line
/// terminator, and <c>$</c> means the end of input only (.NET's also matches before a final "\n").
/// </remarks>
internal static partial class PorterStemmer
{
    private const string Dot = @"[^\n\r\u2028\u2029]";
    private const string Consonant = "[^aeiou]";
    private const string Vowel = "[aeiouy]";
    private const string Consonants = Consonant + "[^aeiouy]*";
    private const string Vowels = Vowel + "[aeiou]*";
    private const string MeasureAbove0 = "^(" + Consonants + ")?" + Vowels + Consonants;
    private const string MeasureIs1 = "^(" + Consonants + ")?" + Vowels + Consonants + "(" + Vowels + ")?\\z";
    private const string MeasureAbove1 = "^(" + Consonants + ")?" + Vowels + Consonants + Vowels + Consonants;
    private const string VowelInStem = "^(" + Consonants + ")?" + Vowel;
    private const string Cvc = "^" + Consonants + Vowel + "[^aeiouwxy]\\z";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, string> Step2Suffixes = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize",
        ["bli"] = "ble", ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous",
        ["ization"] = "ize", ["ation"] = "ate", ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive",
        ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al", ["iviti"] = "ive", ["biliti"] = "ble",
        ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Suffixes = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "",
        ["ness"] = "",
    };

    [GeneratedRegex(MeasureAbove0, Options)] private static partial Regex Mgr0();
    [GeneratedRegex(MeasureIs1, Options)] private static partial Regex Meq1();
    [GeneratedRegex(MeasureAbove1, Options)] private static partial Regex Mgr1();
    [GeneratedRegex(VowelInStem, Options)] private static partial Regex SV();
    [GeneratedRegex(Cvc, Options)] private static partial Regex CvcEnd();
    [GeneratedRegex("^(" + Dot + "+?)(ss|i)es\\z", Options)] private static partial Regex Step1a();
    [GeneratedRegex("^(" + Dot + "+?)([^s])s\\z", Options)] private static partial Regex Step1a2();
    [GeneratedRegex("^(" + Dot + "+?)eed\\z", Options)] private static partial Regex Step1b();
    [GeneratedRegex("^(" + Dot + "+?)(ed|ing)\\z", Options)] private static partial Regex Step1b2();
    [GeneratedRegex("^(" + Dot + "+?[^aeiou])y\\z", Options)] private static partial Regex Step1c();

    [GeneratedRegex("^(" + Dot + "+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z", Options)]
    private static partial Regex Step2();

    [GeneratedRegex("^(" + Dot + "+?)(icate|ative|alize|iciti|ical|ful|ness)\\z", Options)]
    private static partial Regex Step3();

    [GeneratedRegex("^(" + Dot + "+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\z", Options)]
    private static partial Regex Step4();

    [GeneratedRegex("^(" + Dot + "+?)(s|t)(ion)\\z", Options)] private static partial Regex Step4b();
    [GeneratedRegex("^(" + Dot + "+?)e\\z", Options)] private static partial Regex Step5();

    /// <summary>Stems one token exactly as <c>lunr.stemmer</c> does.</summary>
    public static string Stem(string w)
    {
        if (w.Length < 3)
        {
            return w;
        }

        // A leading y is a consonant: lunr upper-cases it so the vowel classes skip it.
        bool leadingY = w[0] == 'y';
        if (leadingY)
        {
            w = string.Concat("Y", w.AsSpan(1));
        }

        Match m;

        // Step 1a: plurals.
        if ((m = Step1a().Match(w)).Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }
        else if ((m = Step1a2().Match(w)).Success)
        {
            w = m.Groups[1].Value + m.Groups[2].Value;
        }

        // Step 1b: -eed, -ed, -ing.
        if ((m = Step1b().Match(w)).Success)
        {
            if (Mgr0().IsMatch(m.Groups[1].Value))
            {
                w = DropLastChar(w);
            }
        }
        else if ((m = Step1b2().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (SV().IsMatch(stem))
            {
                w = stem;
                if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal)
                    || w.EndsWith("iz", StringComparison.Ordinal))
                {
                    w += "e";
                }
                else if (EndsWithDoubleConsonant(w))
                {
                    w = DropLastChar(w);
                }
                else if (CvcEnd().IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        // Step 1c: y to i after a consonant that is not the first letter.
        if ((m = Step1c().Match(w)).Success)
        {
            w = m.Groups[1].Value + "i";
        }

        // Step 2: double suffixes to single ones, when the stem has measure > 0.
        if ((m = Step2().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr0().IsMatch(stem))
            {
                w = stem + Step2Suffixes[m.Groups[2].Value];
            }
        }

        // Step 3: -ic-, -full, -ness etc.
        if ((m = Step3().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr0().IsMatch(stem))
            {
                w = stem + Step3Suffixes[m.Groups[2].Value];
            }
        }

        // Step 4: drop -ant, -ence etc. when the measure is > 1; -ion only after s or t.
        if ((m = Step4().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr1().IsMatch(stem))
            {
                w = stem;
            }
        }
        else if ((m = Step4b().Match(w)).Success)
        {
            string stem = m.Groups[1].Value + m.Groups[2].Value;
            if (Mgr1().IsMatch(stem))
            {
                w = stem;
            }
        }

        // Step 5: a final -e, and -ll to -l.
        if ((m = Step5().Match(w)).Success)
        {
            string stem = m.Groups[1].Value;
            if (Mgr1().IsMatch(stem) || (Meq1().IsMatch(stem) && !CvcEnd().IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && Mgr1().IsMatch(w))
        {
            w = DropLastChar(w);
        }

        if (leadingY)
        {
            w = string.Concat("y", w.AsSpan(1));
        }

        return w;
    }

    // lunr's replace(/.$/, ""): removes the last character unless it is a line terminator.
    private static string DropLastChar(string w) =>
        w.Length > 0 && !JsText.IsLineTerminator(w[^1]) ? w[..^1] : w;

    // lunr's /([^aeiouylsz])\1$/.
    private static bool EndsWithDoubleConsonant(string w)
    {
        if (w.Length < 2)
        {
            return false;
        }

        char last = w[^1];
        return last == w[^2] && "aeiouylsz".IndexOf(last) < 0;
    }
}

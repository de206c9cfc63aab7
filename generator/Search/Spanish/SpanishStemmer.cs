namespace PeerHub.Search;

/// <summary>
/// lunr-languages 1.22.0's Spanish stemmer (<c>lunr.es.stemmer</c>, registered as <c>stemmer-es</c>): the Snowball
/// Spanish algorithm as lunr.es.js runs it on <see cref="SnowballMachine"/>, step for step, with its tables. It stems the
/// token as the trimmer left it, lower case and accents included (no accent folding, as lunr.es's default pipelines):
/// "compañeros" becomes "compañer", "escuchando" and "escuchar" both "escuch".
/// </summary>
/// <remarks>
/// The regions: RV (after the first vowel following a consonant at the start, and so on, as <see cref="MarkRegions"/>
/// says), R1 (after the first non-vowel following a vowel) and R2 (the same again inside R1). Then, from the end of the
/// word: an attached pronoun, one standard suffix, else a verb suffix (y-forms first), then a residual suffix, and last
/// the acute accents of a, e, i, o, u are removed everywhere. Conformance: SpanishStemmerTests compares every word of
/// Debian's wspanish list with lunr-languages itself under node.
/// </remarks>
internal sealed class SpanishStemmer : SnowballMachine
{
    [ThreadStatic]
    private static SpanishStemmer? t_stemmer;

    /// <summary>The vowels a e i o u á é í ó ú ü, as a Snowball grouping from 'a' (97) to 'ü' (252): g_v in lunr.es.js.</summary>
    private static ReadOnlySpan<byte> Vowels => [17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 10];

    private const int VowelMin = 97;
    private const int VowelMax = 252;

    // The regions' starts: RV, R1, R2 (I_pV, I_p1, I_p2 in lunr.es.js); the word's length when a region is empty.
    private int _rv;
    private int _r1;
    private int _r2;

    /// <summary>a_0 in lunr.es.js: the accented vowels the postlude strips of their accent; "" steps over any other character.</summary>
    private static readonly SnowballAmong[] AccentedVowels =
    [
        new("", -1, 6), new("\u00E1", 0, 1), new("\u00E9", 0, 2), new("\u00ED", 0, 3), new("\u00F3", 0, 4), new("\u00FA", 0, 5),
    ];

    /// <summary>a_1 in lunr.es.js: pronouns attached to a verb (dándoselo).</summary>
    private static readonly SnowballAmong[] AttachedPronouns =
    [
        new("la", -1, -1), new("sela", 0, -1), new("le", -1, -1), new("me", -1, -1), new("se", -1, -1), new("lo", -1, -1),
        new("selo", 5, -1), new("las", -1, -1), new("selas", 7, -1), new("les", -1, -1), new("los", -1, -1), new("selos", 10, -1),
        new("nos", -1, -1),
    ];

    /// <summary>a_2 in lunr.es.js: the gerund and infinitive endings an attached pronoun may follow in RV.</summary>
    private static readonly SnowballAmong[] PronounHosts =
    [
        new("ando", -1, 6), new("iendo", -1, 6), new("yendo", -1, 7), new("\u00E1ndo", -1, 2), new("i\u00E9ndo", -1, 1),
        new("ar", -1, 6), new("er", -1, 6), new("ir", -1, 6), new("\u00E1r", -1, 3), new("\u00E9r", -1, 4), new("\u00EDr", -1, 5),
    ];

    /// <summary>a_3 in lunr.es.js: what may precede a removed -amente in R2.</summary>
    private static readonly SnowballAmong[] AfterAmente =
    [
        new("ic", -1, -1), new("ad", -1, -1), new("os", -1, -1), new("iv", -1, 1),
    ];

    /// <summary>a_4 in lunr.es.js: what may precede a removed -mente in R2.</summary>
    private static readonly SnowballAmong[] AfterMente =
    [
        new("able", -1, 1), new("ible", -1, 1), new("ante", -1, 1),
    ];

    /// <summary>a_5 in lunr.es.js: what may precede a removed -idad in R2.</summary>
    private static readonly SnowballAmong[] AfterIdad =
    [
        new("ic", -1, 1), new("abil", -1, 1), new("iv", -1, 1),
    ];

    /// <summary>a_6 in lunr.es.js: the standard suffixes (step 1).</summary>
    private static readonly SnowballAmong[] StandardSuffixes =
    [
        new("ica", -1, 1), new("ancia", -1, 2), new("encia", -1, 5), new("adora", -1, 2), new("osa", -1, 1), new("ista", -1, 1),
        new("iva", -1, 9), new("anza", -1, 1), new("log\u00EDa", -1, 3), new("idad", -1, 8), new("able", -1, 1),
        new("ible", -1, 1), new("ante", -1, 2), new("mente", -1, 7), new("amente", 13, 6), new("aci\u00F3n", -1, 2),
        new("uci\u00F3n", -1, 4), new("ico", -1, 1), new("ismo", -1, 1), new("oso", -1, 1), new("amiento", -1, 1),
        new("imiento", -1, 1), new("ivo", -1, 9), new("ador", -1, 2), new("icas", -1, 1), new("ancias", -1, 2),
        new("encias", -1, 5), new("adoras", -1, 2), new("osas", -1, 1), new("istas", -1, 1), new("ivas", -1, 9),
        new("anzas", -1, 1), new("log\u00EDas", -1, 3), new("idades", -1, 8), new("ables", -1, 1), new("ibles", -1, 1),
        new("aciones", -1, 2), new("uciones", -1, 4), new("adores", -1, 2), new("antes", -1, 2), new("icos", -1, 1),
        new("ismos", -1, 1), new("osos", -1, 1), new("amientos", -1, 1), new("imientos", -1, 1), new("ivos", -1, 9),
    ];

    /// <summary>a_7 in lunr.es.js: verb suffixes beginning with y, removed after u (step 2a).</summary>
    private static readonly SnowballAmong[] YVerbSuffixes =
    [
        new("ya", -1, 1), new("ye", -1, 1), new("yan", -1, 1), new("yen", -1, 1), new("yeron", -1, 1), new("yendo", -1, 1),
        new("yo", -1, 1), new("yas", -1, 1), new("yes", -1, 1), new("yais", -1, 1), new("yamos", -1, 1), new("y\u00F3", -1, 1),
    ];

    /// <summary>a_8 in lunr.es.js: the other verb suffixes (step 2b).</summary>
    private static readonly SnowballAmong[] VerbSuffixes =
    [
        new("aba", -1, 2), new("ada", -1, 2), new("ida", -1, 2), new("ara", -1, 2), new("iera", -1, 2), new("\u00EDa", -1, 2),
        new("ar\u00EDa", 5, 2), new("er\u00EDa", 5, 2), new("ir\u00EDa", 5, 2), new("ad", -1, 2), new("ed", -1, 2),
        new("id", -1, 2), new("ase", -1, 2), new("iese", -1, 2), new("aste", -1, 2), new("iste", -1, 2), new("an", -1, 2),
        new("aban", 16, 2), new("aran", 16, 2), new("ieran", 16, 2), new("\u00EDan", 16, 2), new("ar\u00EDan", 20, 2),
        new("er\u00EDan", 20, 2), new("ir\u00EDan", 20, 2), new("en", -1, 1), new("asen", 24, 2), new("iesen", 24, 2),
        new("aron", -1, 2), new("ieron", -1, 2), new("ar\u00E1n", -1, 2), new("er\u00E1n", -1, 2), new("ir\u00E1n", -1, 2),
        new("ado", -1, 2), new("ido", -1, 2), new("ando", -1, 2), new("iendo", -1, 2), new("ar", -1, 2), new("er", -1, 2),
        new("ir", -1, 2), new("as", -1, 2), new("abas", 39, 2), new("adas", 39, 2), new("idas", 39, 2), new("aras", 39, 2),
        new("ieras", 39, 2), new("\u00EDas", 39, 2), new("ar\u00EDas", 45, 2), new("er\u00EDas", 45, 2), new("ir\u00EDas", 45, 2),
        new("es", -1, 1), new("ases", 49, 2), new("ieses", 49, 2), new("abais", -1, 2), new("arais", -1, 2), new("ierais", -1, 2),
        new("\u00EDais", -1, 2), new("ar\u00EDais", 55, 2), new("er\u00EDais", 55, 2), new("ir\u00EDais", 55, 2),
        new("aseis", -1, 2), new("ieseis", -1, 2), new("asteis", -1, 2), new("isteis", -1, 2), new("\u00E1is", -1, 2),
        new("\u00E9is", -1, 1), new("ar\u00E9is", 64, 2), new("er\u00E9is", 64, 2), new("ir\u00E9is", 64, 2), new("ados", -1, 2),
        new("idos", -1, 2), new("amos", -1, 2), new("\u00E1bamos", 70, 2), new("\u00E1ramos", 70, 2), new("i\u00E9ramos", 70, 2),
        new("\u00EDamos", 70, 2), new("ar\u00EDamos", 74, 2), new("er\u00EDamos", 74, 2), new("ir\u00EDamos", 74, 2),
        new("emos", -1, 1), new("aremos", 78, 2), new("eremos", 78, 2), new("iremos", 78, 2), new("\u00E1semos", 78, 2),
        new("i\u00E9semos", 78, 2), new("imos", -1, 2), new("ar\u00E1s", -1, 2), new("er\u00E1s", -1, 2), new("ir\u00E1s", -1, 2),
        new("\u00EDs", -1, 2), new("ar\u00E1", -1, 2), new("er\u00E1", -1, 2), new("ir\u00E1", -1, 2), new("ar\u00E9", -1, 2),
        new("er\u00E9", -1, 2), new("ir\u00E9", -1, 2), new("i\u00F3", -1, 2),
    ];

    /// <summary>a_9 in lunr.es.js: residual suffixes (step 3).</summary>
    private static readonly SnowballAmong[] ResidualSuffixes =
    [
        new("a", -1, 1), new("e", -1, 2), new("o", -1, 1), new("os", -1, 1), new("\u00E1", -1, 1), new("\u00E9", -1, 2),
        new("\u00ED", -1, 1), new("\u00F3", -1, 1),
    ];

    /// <summary>Stems a (trimmed, lower-case) token. Thread-safe: each thread has its own machine.</summary>
    public static string Stem(string token)
    {
        var stemmer = t_stemmer ??= new SpanishStemmer();
        stemmer.SetCurrent(token);
        stemmer.StemCurrent();
        return stemmer.CurrentEquals(token) ? token : stemmer.Current;
    }

    /// <summary>Stems a (trimmed, lower-case) token. Thread-safe: each thread has its own machine.</summary>
    public static string Stem(ReadOnlySpan<char> token)
    {
        var stemmer = t_stemmer ??= new SpanishStemmer();
        stemmer.SetCurrent(token);
        stemmer.StemCurrent();
        return stemmer.Current;
    }

    // this.stem in lunr.es.js.
    private void StemCurrent()
    {
        int start = Cursor;
        MarkRegions();
        LimitBackward = start;
        Cursor = Limit;
        AttachedPronoun();
        Cursor = Limit;
        if (!StandardSuffix())
        {
            Cursor = Limit;
            if (!YVerbSuffix())
            {
                Cursor = Limit;
                VerbSuffix();
            }
        }

        Cursor = Limit;
        ResidualSuffix();
        Cursor = LimitBackward;
        Postlude();
    }

    private bool InVowels() => InGrouping(Vowels, VowelMin, VowelMax);

    private bool OutVowels() => OutGrouping(Vowels, VowelMin, VowelMax);

    // Steps over a non-vowel, then goes past the next vowel. False when it did (lunr.es.js's habr1 returns the failure).
    private bool FailsConsonantThenPastVowel()
    {
        if (OutVowels())
        {
            while (!InVowels())
            {
                if (Cursor >= Limit)
                {
                    return true;
                }

                Cursor++;
            }

            return false;
        }

        return true;
    }

    // A vowel, then either (a non-vowel and past the next vowel) or (a vowel and past the next non-vowel). False when it
    // matched (habr2).
    private bool FailsVowelStart()
    {
        if (InVowels())
        {
            int afterVowel = Cursor;
            if (FailsConsonantThenPastVowel())
            {
                Cursor = afterVowel;
                if (!InVowels())
                {
                    return true;
                }

                while (!OutVowels())
                {
                    if (Cursor >= Limit)
                    {
                        return true;
                    }

                    Cursor++;
                }
            }

            return false;
        }

        return true;
    }

    // Sets RV where the word's start leads (habr3): after a vowel start, else after a consonant start, else RV stays empty.
    private void MarkRv()
    {
        int start = Cursor;
        if (FailsVowelStart())
        {
            Cursor = start;
            if (!OutVowels())
            {
                return;
            }

            int afterConsonant = Cursor;
            if (FailsConsonantThenPastVowel())
            {
                Cursor = afterConsonant;
                if (!InVowels() || Cursor >= Limit)
                {
                    return;
                }

                Cursor++;
            }
        }

        _rv = Cursor;
    }

    // Goes past a vowel, then past a non-vowel: the start of R1 from the word's start, of R2 from R1's (habr4).
    private bool PastVowelThenNonVowel()
    {
        while (!InVowels())
        {
            if (Cursor >= Limit)
            {
                return false;
            }

            Cursor++;
        }

        while (!OutVowels())
        {
            if (Cursor >= Limit)
            {
                return false;
            }

            Cursor++;
        }

        return true;
    }

    // r_mark_regions.
    private void MarkRegions()
    {
        int start = Cursor;
        _rv = Limit;
        _r1 = _rv;
        _r2 = _rv;
        MarkRv();
        Cursor = start;
        if (PastVowelThenNonVowel())
        {
            _r1 = Cursor;
            if (PastVowelThenNonVowel())
            {
                _r2 = Cursor;
            }
        }
    }

    // r_postlude: á é í ó ú become a e i o u, everywhere in the word.
    private void Postlude()
    {
        while (true)
        {
            Bra = Cursor;
            int found = FindAmong(AccentedVowels);
            if (found == 0)
            {
                return;
            }

            Ket = Cursor;
            switch (found)
            {
                case 1:
                    SliceFrom("a");
                    continue;
                case 2:
                    SliceFrom("e");
                    continue;
                case 3:
                    SliceFrom("i");
                    continue;
                case 4:
                    SliceFrom("o");
                    continue;
                case 5:
                    SliceFrom("u");
                    continue;
                case 6:
                    if (Cursor >= Limit)
                    {
                        return;
                    }

                    Cursor++;
                    continue;
            }

            return;
        }
    }

    private bool InRv => _rv <= Cursor;

    private bool InR1 => _r1 <= Cursor;

    private bool InR2 => _r2 <= Cursor;

    // r_attached_pronoun: a pronoun after a gerund or infinitive in RV goes, and the verb's accent with it.
    private void AttachedPronoun()
    {
        Ket = Cursor;
        if (FindAmongBackward(AttachedPronouns) == 0)
        {
            return;
        }

        Bra = Cursor;
        int found = FindAmongBackward(PronounHosts);
        if (found == 0 || !InRv)
        {
            return;
        }

        switch (found)
        {
            case 1:
                Bra = Cursor;
                SliceFrom("iendo");
                break;
            case 2:
                Bra = Cursor;
                SliceFrom("ando");
                break;
            case 3:
                Bra = Cursor;
                SliceFrom("ar");
                break;
            case 4:
                Bra = Cursor;
                SliceFrom("er");
                break;
            case 5:
                Bra = Cursor;
                SliceFrom("ir");
                break;
            case 6:
                SliceDelete();
                break;
            case 7:
                if (MatchBackward("u"))
                {
                    SliceDelete();
                }

                break;
        }
    }

    // habr5: deletes the suffix found in R2, then one of the table's if it is in R2 too. True when the suffix is not in R2.
    private bool FailsDeleteInR2Then(SnowballAmong[] table)
    {
        if (!InR2)
        {
            return true;
        }

        SliceDelete();
        Ket = Cursor;
        int found = FindAmongBackward(table);
        if (found != 0)
        {
            Bra = Cursor;
            if (found == 1 && InR2)
            {
                SliceDelete();
            }
        }

        return false;
    }

    // habr6: deletes the suffix found in R2, then the two letters before it if they are these and in R2.
    private bool FailsDeleteInR2Then(string before)
    {
        if (!InR2)
        {
            return true;
        }

        SliceDelete();
        Ket = Cursor;
        if (MatchBackward(before))
        {
            Bra = Cursor;
            if (InR2)
            {
                SliceDelete();
            }
        }

        return false;
    }

    // r_standard_suffix: true when a standard suffix was found and its conditions held.
    private bool StandardSuffix()
    {
        Ket = Cursor;
        int found = FindAmongBackward(StandardSuffixes);
        if (found == 0)
        {
            return false;
        }

        Bra = Cursor;
        switch (found)
        {
            case 1:
                if (!InR2)
                {
                    return false;
                }

                SliceDelete();
                break;
            case 2:
                if (FailsDeleteInR2Then("ic"))
                {
                    return false;
                }

                break;
            case 3:
                if (!InR2)
                {
                    return false;
                }

                SliceFrom("log");
                break;
            case 4:
                if (!InR2)
                {
                    return false;
                }

                SliceFrom("u");
                break;
            case 5:
                if (!InR2)
                {
                    return false;
                }

                SliceFrom("ente");
                break;
            case 6:
                if (!InR1)
                {
                    return false;
                }

                SliceDelete();
                Ket = Cursor;
                int before = FindAmongBackward(AfterAmente);
                if (before != 0)
                {
                    Bra = Cursor;
                    if (InR2)
                    {
                        SliceDelete();
                        if (before == 1)
                        {
                            Ket = Cursor;
                            if (MatchBackward("at"))
                            {
                                Bra = Cursor;
                                if (InR2)
                                {
                                    SliceDelete();
                                }
                            }
                        }
                    }
                }

                break;
            case 7:
                if (FailsDeleteInR2Then(AfterMente))
                {
                    return false;
                }

                break;
            case 8:
                if (FailsDeleteInR2Then(AfterIdad))
                {
                    return false;
                }

                break;
            case 9:
                if (FailsDeleteInR2Then("at"))
                {
                    return false;
                }

                break;
        }

        return true;
    }

    // r_y_verb_suffix: a verb suffix beginning with y, in RV and after u, is deleted.
    private bool YVerbSuffix()
    {
        if (Cursor < _rv)
        {
            return false;
        }

        int limitBackward = LimitBackward;
        LimitBackward = _rv;
        Ket = Cursor;
        int found = FindAmongBackward(YVerbSuffixes);
        LimitBackward = limitBackward;
        if (found == 0)
        {
            return false;
        }

        Bra = Cursor;
        if (found == 1)
        {
            if (!MatchBackward("u"))
            {
                return false;
            }

            SliceDelete();
        }

        return true;
    }

    // r_verb_suffix: another verb suffix in RV is deleted, with a u before it when that follows a g (case 1).
    private void VerbSuffix()
    {
        if (Cursor < _rv)
        {
            return;
        }

        int limitBackward = LimitBackward;
        LimitBackward = _rv;
        Ket = Cursor;
        int found = FindAmongBackward(VerbSuffixes);
        LimitBackward = limitBackward;
        switch (found)
        {
            case 1:
                int fromEnd = Limit - Cursor;
                if (MatchBackward("u"))
                {
                    int afterU = Limit - Cursor;
                    if (MatchBackward("g"))
                    {
                        Cursor = Limit - afterU;
                    }
                    else
                    {
                        Cursor = Limit - fromEnd;
                    }
                }
                else
                {
                    Cursor = Limit - fromEnd;
                }

                Bra = Cursor;
                SliceDelete();
                break;
            case 2:
                Bra = Cursor;
                SliceDelete();
                break;
        }
    }

    // r_residual_suffix: os a o á í ó in RV go; e or é in RV goes, and a u before it in RV when a g precedes that u.
    private void ResidualSuffix()
    {
        Ket = Cursor;
        int found = FindAmongBackward(ResidualSuffixes);
        if (found == 0)
        {
            return;
        }

        Bra = Cursor;
        switch (found)
        {
            case 1:
                if (InRv)
                {
                    SliceDelete();
                }

                break;
            case 2:
                if (InRv)
                {
                    SliceDelete();
                    Ket = Cursor;
                    if (MatchBackward("u"))
                    {
                        Bra = Cursor;
                        int afterU = Limit - Cursor;
                        if (MatchBackward("g"))
                        {
                            Cursor = Limit - afterU;
                            if (InRv)
                            {
                                SliceDelete();
                            }
                        }
                    }
                }

                break;
        }
    }
}

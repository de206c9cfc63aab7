using System.Runtime.CompilerServices;

namespace PeerHub.Search;

/// <summary>
/// One entry of a Snowball suffix (or prefix) table, as lunr-languages' <c>Among</c>: the text to match, the index of
/// the longest other entry it ends with (-1 for none), tried when this one's region check fails, and the result the
/// stemmer switches on. The tables must be sorted the way Snowball sorts them, since lookups are binary searches.
/// </summary>
internal readonly record struct SnowballAmong(string Text, int Fallback, int Result);

/// <summary>
/// The string machine lunr-languages' Snowball stemmers run on (<c>lunr.stemmerSupport.SnowballProgram</c> in
/// lunr.stemmer.support.js, 1.22.0): a word being edited in place, a cursor, the limits it moves between, and the
/// <c>bra</c>/<c>ket</c> slice that edits replace. Every operation works on UTF-16 code units and behaves as
/// lunr-languages' does, including its quirks (a replacement leaves <see cref="Ket"/> where it was; the table lookups
/// are its binary search, first-key rule included), so a stem here is the stem the browser computes.
/// Not thread-safe: one instance per thread.
/// </summary>
internal abstract class SnowballMachine
{
    private char[] _word = new char[64];

    /// <summary>The word's length; lunr-languages keeps it as <c>limit</c>, moved by every replacement.</summary>
    protected int Limit;

    protected int Cursor;
    protected int LimitBackward;
    protected int Bra;
    protected int Ket;

    /// <summary>Starts on a word: cursor at 0, limits at both ends, the slice the whole word.</summary>
    protected void SetCurrent(ReadOnlySpan<char> word)
    {
        if (_word.Length < word.Length)
        {
            _word = new char[Math.Max(word.Length, 2 * _word.Length)];
        }

        word.CopyTo(_word);
        Cursor = 0;
        Limit = word.Length;
        LimitBackward = 0;
        Bra = Cursor;
        Ket = Limit;
    }

    /// <summary>The word as edited so far.</summary>
    protected string Current => new(_word, 0, Limit);

    /// <summary>The edited word equals <paramref name="original"/> (so the caller can keep its string).</summary>
    protected bool CurrentEquals(ReadOnlySpan<char> original) => original.SequenceEqual(_word.AsSpan(0, Limit));

    // A character set as Snowball compiles it: bit (c - min) of the bytes, for min <= c <= max.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InSet(ReadOnlySpan<byte> set, int min, int max, char c)
    {
        if (c > max || c < min)
        {
            return false;
        }

        int bit = c - min;
        return (set[bit >> 3] & (1 << (bit & 7))) != 0;
    }

    /// <summary>Steps over the character at the cursor if it is in the set.</summary>
    protected bool InGrouping(ReadOnlySpan<byte> set, int min, int max)
    {
        if (Cursor < Limit && InSet(set, min, max, _word[Cursor]))
        {
            Cursor++;
            return true;
        }

        return false;
    }

    /// <summary>Steps back over the character before the cursor if it is in the set.</summary>
    protected bool InGroupingBackward(ReadOnlySpan<byte> set, int min, int max)
    {
        if (Cursor > LimitBackward && InSet(set, min, max, _word[Cursor - 1]))
        {
            Cursor--;
            return true;
        }

        return false;
    }

    /// <summary>Steps over the character at the cursor if it is not in the set.</summary>
    protected bool OutGrouping(ReadOnlySpan<byte> set, int min, int max)
    {
        if (Cursor < Limit && !InSet(set, min, max, _word[Cursor]))
        {
            Cursor++;
            return true;
        }

        return false;
    }

    /// <summary>Steps back over the character before the cursor if it is not in the set.</summary>
    protected bool OutGroupingBackward(ReadOnlySpan<byte> set, int min, int max)
    {
        if (Cursor > LimitBackward && !InSet(set, min, max, _word[Cursor - 1]))
        {
            Cursor--;
            return true;
        }

        return false;
    }

    /// <summary>Steps back over <paramref name="text"/> if the word has it just before the cursor.</summary>
    protected bool MatchBackward(string text)
    {
        if (Cursor - LimitBackward < text.Length || !_word.AsSpan(Cursor - text.Length, text.Length).SequenceEqual(text))
        {
            return false;
        }

        Cursor -= text.Length;
        return true;
    }

    /// <summary>
    /// Finds the longest entry of <paramref name="table"/> that the word has at the cursor and steps over it: its
    /// result, or 0 when none matches.
    /// </summary>
    protected int FindAmong(SnowballAmong[] table)
    {
        int i = 0, j = table.Length, c = Cursor, l = Limit, commonI = 0, commonJ = 0;
        bool firstKeyInspected = false;
        while (true)
        {
            int k = i + ((j - i) >> 1), diff = 0, common = Math.Min(commonI, commonJ);
            string entry = table[k].Text;
            for (int at = common; at < entry.Length; at++)
            {
                if (c + common == l)
                {
                    diff = -1;
                    break;
                }

                diff = _word[c + common] - entry[at];
                if (diff != 0)
                {
                    break;
                }

                common++;
            }

            if (diff < 0)
            {
                j = k;
                commonJ = common;
            }
            else
            {
                i = k;
                commonI = common;
            }

            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected)
                {
                    break;
                }

                firstKeyInspected = true;
            }
        }

        while (true)
        {
            var entry = table[i];
            if (commonI >= entry.Text.Length)
            {
                Cursor = c + entry.Text.Length;
                return entry.Result;
            }

            i = entry.Fallback;
            if (i < 0)
            {
                return 0;
            }
        }
    }

    /// <summary>
    /// Finds the longest entry of <paramref name="table"/> that the word has just before the cursor and steps back
    /// over it: its result, or 0 when none matches. Entries are compared from their last character.
    /// </summary>
    protected int FindAmongBackward(SnowballAmong[] table)
    {
        int i = 0, j = table.Length, c = Cursor, lb = LimitBackward, commonI = 0, commonJ = 0;
        bool firstKeyInspected = false;
        while (true)
        {
            int k = i + ((j - i) >> 1), diff = 0, common = Math.Min(commonI, commonJ);
            string entry = table[k].Text;
            for (int at = entry.Length - 1 - common; at >= 0; at--)
            {
                if (c - common == lb)
                {
                    diff = -1;
                    break;
                }

                diff = _word[c - 1 - common] - entry[at];
                if (diff != 0)
                {
                    break;
                }

                common++;
            }

            if (diff < 0)
            {
                j = k;
                commonJ = common;
            }
            else
            {
                i = k;
                commonI = common;
            }

            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected)
                {
                    break;
                }

                firstKeyInspected = true;
            }
        }

        while (true)
        {
            var entry = table[i];
            if (commonI >= entry.Text.Length)
            {
                Cursor = c - entry.Text.Length;
                return entry.Result;
            }

            i = entry.Fallback;
            if (i < 0)
            {
                return 0;
            }
        }
    }

    /// <summary>Replaces the slice [<see cref="Bra"/>, <see cref="Ket"/>) with <paramref name="text"/>; the slice itself is left as it was.</summary>
    protected void SliceFrom(string text)
    {
        if (Bra < 0 || Bra > Ket || Ket > Limit)
        {
            // lunr-languages throws "faulty slice operation" here; no Spanish word reaches it.
            throw new InvalidOperationException($"faulty Snowball slice [{Bra}, {Ket}) of a word of {Limit} characters");
        }

        Replace(Bra, Ket, text);
    }

    /// <summary>Deletes the slice [<see cref="Bra"/>, <see cref="Ket"/>).</summary>
    protected void SliceDelete() => SliceFrom("");

    // Replaces [from, to) with the text; the cursor keeps its place relative to the text after the slice, or moves to
    // the slice's start from inside it.
    private void Replace(int from, int to, string text)
    {
        int adjustment = text.Length - (to - from);
        if (adjustment > 0 && _word.Length < Limit + adjustment)
        {
            Array.Resize(ref _word, Math.Max(Limit + adjustment, 2 * _word.Length));
        }

        if (adjustment != 0)
        {
            _word.AsSpan(to, Limit - to).CopyTo(_word.AsSpan(to + adjustment));
        }

        text.CopyTo(_word.AsSpan(from));
        Limit += adjustment;
        if (Cursor >= to)
        {
            Cursor += adjustment;
        }
        else if (Cursor > from)
        {
            Cursor = from;
        }
    }
}

using System.Runtime.CompilerServices;

namespace PeerHub.Search;

/// <summary>A token's place in the lower-cased field text: lunr's <c>position</c> metadata.</summary>
/// <param name="Start">Offset in UTF-16 code units into the lower-cased text.</param>
/// <param name="Length">Length in UTF-16 code units, before trimming.</param>
internal readonly record struct TokenSpan(int Start, int Length);

/// <summary>
/// lunr's tokenizer: lower-case the whole text with JavaScript semantics, then split on runs of
/// JavaScript whitespace and hyphens. Positions refer to the lower-cased text and to the untrimmed
/// token, which is what the browser highlights.
/// </summary>
internal static class Tokenizer
{
    /// <summary>True for lunr's separator class <c>[\s\-]</c>.</summary>
    public static bool IsSeparator(char c) => c == '-' || JsText.IsWhiteSpace(c);

    /// <summary>
    /// Tokenizes <paramref name="text"/>, appending spans to <paramref name="tokens"/>.
    /// </summary>
    /// <returns>The lower-cased text the spans index into.</returns>
    public static string Tokenize(string text, List<TokenSpan> tokens)
    {
        string lowered = JsText.ToLower(text);
        Split(lowered, tokens);
        return lowered;
    }

    /// <summary>Appends the spans of the tokens of already lower-cased text to <paramref name="tokens"/>.</summary>
    // Hot, and run once per build: compiled optimised from the first call rather than as tier-0 code first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Split(ReadOnlySpan<char> lowered, List<TokenSpan> tokens)
    {
        int start = 0;
        while (start < lowered.Length)
        {
            // The separators are found a vector at a time rather than tested one character at a time.
            int length = lowered[start..].IndexOfAny(Separators);
            if (length < 0)
            {
                length = lowered.Length - start;
            }

            if (length > 0)
            {
                tokens.Add(new TokenSpan(start, length));
            }

            start += length + 1;
        }
    }

    /// <summary>Every character of lunr's separator class <c>[\s\-]</c>, as <see cref="IsSeparator"/> decides it.</summary>
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsSeparator).ToArray());

    /// <summary>Convenience for tests: the token strings of <paramref name="text"/>.</summary>
    public static List<string> TokenStrings(string text)
    {
        var spans = new List<TokenSpan>();
        string lowered = Tokenize(text, spans);
        var result = new List<string>(spans.Count);
        foreach (var span in spans)
        {
            result.Add(lowered.Substring(span.Start, span.Length));
        }

        return result;
    }
}

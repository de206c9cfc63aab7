namespace PeerHub.Search;

/// <summary>
/// lunr's trimmer: strips leading and trailing non-word characters, where "word" is JavaScript's
/// ASCII-only <c>\w</c>. Accented letters at either end are stripped too ("café" becomes "caf"), and
/// a token of punctuation only becomes the empty string, which lunr still indexes as a term.
/// </summary>
internal static class Trimmer
{
    /// <summary>Trims a token.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> token)
    {
        int start = 0;
        while (start < token.Length && !JsText.IsWordChar(token[start]))
        {
            start++;
        }

        int end = token.Length;
        while (end > start && !JsText.IsWordChar(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>Trims a token, returning the same instance when nothing changes.</summary>
    public static string Trim(string token)
    {
        var trimmed = Trim(token.AsSpan());
        return trimmed.Length == token.Length ? token : trimmed.ToString();
    }
}

using System.Text.RegularExpressions;
using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary>
/// The school's details a toolkit template or notice may name in braces, <c>{school_name}</c>: the school profile's fields
/// (<c>/toolkit/profile/</c>), in the order the profile asks for them. A page prints each one as the reader's own value,
/// or as a blank to write in.
/// </summary>
public static partial class Placeholders
{
    /// <summary>Every placeholder, by its key, in the profile's order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "school_name", "program_name", "adult_advisor", "adult_advisor_contact", "counselor", "counselor_contact",
        "meeting_place", "after_hours", "local_crisis", "district_policy_url",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string key) => Known.Contains(key);

    /// <summary>A word in braces: what an author writes for a placeholder, known or not. Numbers such as {1,2} are not.</summary>
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_ -]{0,40})\}")]
    public static partial Regex Pattern();

    /// <summary>The words in braces in <paramref name="text"/>, in order (known or not).</summary>
    public static IEnumerable<string> In(string? text) =>
        text is null ? [] : Pattern().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Reports each word in braces that is not a placeholder, at <paramref name="at"/> (where the text was written).</summary>
    public static void Check(string? text, SourceSpan at, DiagnosticBag diagnostics)
    {
        foreach (var word in In(text).Where(w => !IsKnown(w)).Distinct(StringComparer.Ordinal))
        {
            var hint = Closest(word);
            diagnostics.Error(Codes.InvalidValue, at,
                $"`{{{word}}}` is not a placeholder" + (hint is null ? "" : $"; did you mean `{{{hint}}}`?")
                + $" (placeholders: {string.Join(", ", All.Select(p => "{" + p + "}"))})");
        }
    }

    /// <summary>The known placeholder closest to a misspelt one, by edit distance; null when none is close.</summary>
    private static string? Closest(string word)
    {
        var normal = word.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        if (Known.Contains(normal)) return normal;
        var best = All.Select(p => (Key: p, Distance: Distance(normal, p))).MinBy(x => x.Distance);
        return best.Distance <= Math.Max(2, best.Key.Length / 3) ? best.Key : null;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}

using System.Text;

namespace PeerHub.Text;

public static class Naming
{
    /// <summary><c>TrainingHours</c> becomes <c>training_hours</c>.</summary>
    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Turns a title or tag into a URL slug: "Exam stress and sleep" becomes "exam-stress-sleep".</summary>
    public static string Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) { sb.Append(char.ToLowerInvariant(c)); dash = false; }
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        return sb.ToString().TrimEnd('-');
    }
}

public static class Suggest
{
    /// <summary>The closest candidate within a small edit distance, for "did you mean" hints.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(input.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance) { best = c; bestDistance = d; }
        }
        return best is not null && bestDistance <= Math.Max(2, input.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}

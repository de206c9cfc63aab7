namespace PeerHub.Text;

/// <summary>Relative addresses between site paths: every internal link of every page is written with these.</summary>
public static class UrlPath
{
    /// <summary>The relative URL from a page's folder to a site path: from <c>models/x/</c> to <c>css/a.css</c> is <c>../../css/a.css</c>.</summary>
    /// <remarks>Every link of every page comes through here, so the segments are compared in place, not split out.</remarks>
    public static string Relative(string fromDir, string toPath)
    {
        var (up, to) = RelativeParts(fromDir, toPath);
        var length = up * 3 + toPath.Length - to;
        if (length == 0) return "./";
        return string.Create(length, (up, toPath, to), static (chars, state) =>
        {
            for (var i = 0; i < state.up; i++) "../".CopyTo(chars[(i * 3)..]);
            state.toPath.AsSpan(state.to).CopyTo(chars[(state.up * 3)..]);
        });
    }

    /// <summary>
    /// The relative URL from <paramref name="fromDir"/> to <paramref name="toPath"/> in parts: how many folders to
    /// climb (<c>../</c> each), then the target from position <c>To</c> on; both nothing means <c>./</c>.
    /// </summary>
    internal static (int Up, int To) RelativeParts(string fromDir, string toPath)
    {
        var fromSegments = 0;
        for (var i = 0; i < fromDir.Length; i++)
            if (fromDir[i] != '/' && (i == 0 || fromDir[i - 1] == '/')) fromSegments++;

        // Leading folders both share; the target's last segment (a file name, or empty after a '/') never counts.
        int common = 0, from = 0, to = 0;
        while (true)
        {
            while (from < fromDir.Length && fromDir[from] == '/') from++;
            if (from >= fromDir.Length) break;
            var fromEnd = fromDir.IndexOf('/', from);
            if (fromEnd < 0) fromEnd = fromDir.Length;
            var toEnd = toPath.IndexOf('/', to);
            if (toEnd < 0 || !fromDir.AsSpan(from, fromEnd - from).SequenceEqual(toPath.AsSpan(to, toEnd - to))) break;
            common++;
            from = fromEnd;
            to = toEnd + 1;
        }

        return (fromSegments - common, to);
    }
}

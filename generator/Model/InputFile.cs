using System.Text;
using PeerHub.Diagnostics;

namespace PeerHub.Model;

/// <summary>A file handed to the build: its path inside its root, the path to print in diagnostics, and its bytes.</summary>
public sealed record InputFile(string RelativePath, string DisplayPath, byte[] Bytes)
{
    /// <summary>UTF-8 that throws on a bad byte instead of replacing it, so the build can say where it is.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes as strict UTF-8; a bad byte becomes a diagnostic pointing at its line and column.</summary>
    public string? ReadText(DiagnosticBag diagnostics)
    {
        try
        {
            var text = StrictUtf8.GetString(Bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return text.Replace("\r\n", "\n");
        }
        catch (DecoderFallbackException)
        {
            // The valid prefix before the first bad byte gives its line and column.
            var bad = Math.Min(FirstInvalidByte(), Bytes.Length - 1);
            var prefix = Encoding.UTF8.GetString(Bytes, 0, bad);
            var line = 1 + prefix.Count(c => c == '\n');
            var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
            diagnostics.Error(Codes.NotUtf8, new SourceSpan(DisplayPath, line, column),
                $"the file is not valid UTF-8 (byte 0x{Bytes[bad]:X2}); save it as UTF-8 in your editor");
            return null;
        }
    }

    private int FirstInvalidByte()
    {
        var chars = new char[Bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(Bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
    }
}

/// <summary>Everything a build reads: the content files and the theme's files, already in memory.</summary>
public sealed record SiteInput(IReadOnlyList<InputFile> Content, IReadOnlyList<InputFile> Theme)
{
    /// <summary>Files that were there but could not be read, each already a located error; the load stage reports them.</summary>
    public IReadOnlyList<Diagnostic> ReadProblems { get; init; } = [];

    /// <summary>For tests: a site written inline as path/text pairs ("content/x.md", "theme/layouts/x.html").</summary>
    public static SiteInput FromMemory(IReadOnlyDictionary<string, string> files)
    {
        List<InputFile> Under(string prefix) => files
            .Where(kv => kv.Key.StartsWith(prefix + "/", StringComparison.Ordinal))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new InputFile(kv.Key[(prefix.Length + 1)..], kv.Key, Encoding.UTF8.GetBytes(kv.Value)))
            .ToList();
        return new(Under("content"), Under("theme"));
    }
}

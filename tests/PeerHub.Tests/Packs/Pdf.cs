using Xunit;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PeerHub.Tests.Packs;

/// <summary>Reads printed PDFs with poppler-utils (pdfinfo, pdftotext), as a reader's PDF viewer would.</summary>
public static partial class Pdf
{
    public static int PageCount(byte[] pdf)
    {
        var info = Run("pdfinfo", pdf, []);
        var match = PagesLine().Match(info);
        Assert.True(match.Success, "pdfinfo printed no page count:\n" + info);
        return int.Parse(match.Groups[1].Value);
    }

    /// <summary>The text of each page, whitespace collapsed to single spaces (pdftotext separates pages with form feeds).</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf) =>
        Run("pdftotext", pdf, ["-enc", "UTF-8"], toStdout: true).Split('\f').SkipLast(1).Select(Normalise).ToList();

    public static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    private static string Run(string tool, byte[] pdf, string[] args, bool toStdout = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"peerhub-pack-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            start.ArgumentList.Add(file);
            if (toStdout) start.ArgumentList.Add("-");
            using var p = Process.Start(start)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"{tool} failed: {stderr.Result}");
            return output;
        }
        finally { File.Delete(file); }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

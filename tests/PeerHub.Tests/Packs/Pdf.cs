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

    /// <summary>What pdfinfo says of a PDF: its title, page size, "Tagged: yes"...</summary>
    public static string Info(byte[] pdf) => Run("pdfinfo", pdf, []);

    /// <summary>The PDF's outline (bookmarks) as pdftohtml's XML lists them, one title per item, in order.</summary>
    public static IReadOnlyList<string> Outline(byte[] pdf) =>
        OutlineItem().Matches(Run("pdftohtml", pdf, ["-xml", "-i", "-q", "-stdout"])).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

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

    [GeneratedRegex(@"<item page=""\d+"">([^<]*)</item>")]
    private static partial Regex OutlineItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

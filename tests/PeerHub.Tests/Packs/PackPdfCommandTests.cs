using PeerHub.Packs;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary><c>peerhub build --pdf</c>: finding the browser, and printing each pack with the real Chromium.</summary>
public sealed class PackPdfCommandTests
{
    [Fact]
    public void Browser_comes_from_PEERHUB_CHROMIUM_first_then_the_first_known_name_on_PATH()
    {
        var files = new HashSet<string> { "/opt/chrome/chrome", "/usr/bin/chromium", "/usr/local/bin/google-chrome" };
        var path = string.Join(Path.PathSeparator, "/nowhere", "/usr/local/bin", "/usr/bin");

        Assert.Equal("/opt/chrome/chrome", PackPdf.FindBrowser("/opt/chrome/chrome", path, files.Contains));
        Assert.Equal("/usr/local/bin/google-chrome", PackPdf.FindBrowser(null, path, files.Contains));
        Assert.Null(PackPdf.FindBrowser("/missing/chrome", path, files.Contains));
        Assert.Null(PackPdf.FindBrowser(null, "/nowhere", files.Contains));
    }

    [Fact]
    public void No_browser_message_says_what_to_do()
    {
        Assert.Contains("set PEERHUB_CHROMIUM", PackPdf.NoBrowserMessage(null));
        Assert.Contains("chromium, chromium-browser, google-chrome", PackPdf.NoBrowserMessage(null));
        Assert.Contains("PEERHUB_CHROMIUM=/x/chrome: there is no such file", PackPdf.NoBrowserMessage("/x/chrome"));
    }

    [Fact]
    public void Only_curriculum_and_model_packs_are_printed()
    {
        Assert.Equal(["packs/curricula/a/index.html", "packs/models/b/index.html"],
            PackPdf.PackPages(["packs/index.html", "packs/models/b/index.html", "packs/curricula/a/index.html", "scenarios/x/index.html"]));
    }

    [Fact]
    public void Printing_writes_a_pdf_per_pack_with_as_many_pages_as_sheets()
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"{BrowserFixture.ChromiumPath} is needed for this test");
        using var site = new BuiltSite(PackSites.Fixture().Input());
        var packs = PackPdf.PackPages(Directory.EnumerateFiles(site.Dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Dir, f).Replace('\\', '/')));

        var pdfs = PackPdf.PrintAll(BrowserFixture.ChromiumPath, site.Dir, packs);

        Assert.Equal(3, pdfs.Count);
        foreach (var pdf in pdfs)
        {
            var html = File.ReadAllText(Path.Combine(Path.GetDirectoryName(pdf)!, "index.html"));
            var sheets = System.Text.RegularExpressions.Regex.Match(html, "data-pages=\"(\\d+)\"").Groups[1].Value;
            Assert.Equal(int.Parse(sheets), Pdf.PageCount(File.ReadAllBytes(pdf)));
        }
    }
}

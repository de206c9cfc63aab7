using PeerHub.Tests.Packs;
using PeerHub.Tests.Support;
using PeerHub.Toolkit;
using Xunit;

namespace PeerHub.Tests.Toolkit;

/// <summary><c>peerhub build --pdf</c> prints every toolkit template on Letter and A4 with the real Chromium.</summary>
public sealed class ToolkitPdfCommandTests
{
    [Fact]
    public void The_pdf_of_a_template_is_named_after_it_beside_its_page()
    {
        Assert.Equal(Path.Combine("toolkit", "red-flag-card", "red-flag-card-letter.pdf"), ToolkitPdf.PdfPath("toolkit/red-flag-card/index.html", PaperSize.Letter));
        Assert.Equal(Path.Combine("es", "toolkit", "red-flag-card", "red-flag-card-a4.pdf"), ToolkitPdf.PdfPath("es/toolkit/red-flag-card/index.html", PaperSize.A4));
    }

    [Fact]
    public void Build_with_pdf_prints_each_template_in_each_language_it_is_translated_to_tagged_with_an_outline()
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"{BrowserFixture.ChromiumPath} is needed for this test");
        using var dir = new TempDir();
        ToolkitSites.Bilingual(ToolkitSites.Fixture().WithRealTheme(npmPackages: true)).WriteTo(dir.Path);
        var output = Path.Combine(dir.Path, "_site");

        var run = PeerhubProcess.PeerhubWithEnv(dir.Path, new Dictionary<string, string> { ["PEERHUB_CHROMIUM"] = BrowserFixture.ChromiumPath },
            "build", "--content", Path.Combine(dir.Path, "content"), "--theme", FixtureSite.ThemeDir(dir.Path), "--output", output, "--pdf");

        Assert.True(run.ExitCode == 0, run.Stderr + run.Stdout);
        var pdfs = Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Where(f => f.Contains("toolkit/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        // The Spanish contact log and red-flag card are the English ones shown with a notice: not printed again.
        Assert.Equal(
            [
                "es/toolkit/permission-form/permission-form-a4.pdf", "es/toolkit/permission-form/permission-form-letter.pdf",
                "toolkit/contact-log/contact-log-a4.pdf", "toolkit/contact-log/contact-log-letter.pdf",
                "toolkit/permission-form/permission-form-a4.pdf", "toolkit/permission-form/permission-form-letter.pdf",
                "toolkit/red-flag-card/red-flag-card-a4.pdf", "toolkit/red-flag-card/red-flag-card-letter.pdf",
            ],
            pdfs);
        foreach (var pdf in pdfs)
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, pdf));
            var info = Pdf.Info(bytes);
            Assert.Matches(@"(?m)^Tagged:\s+yes", info);
            Assert.Matches(pdf.EndsWith("-a4.pdf", StringComparison.Ordinal) ? @"(?m)^Page size:.*\(A4\)" : @"(?m)^Page size:.*\(letter\)", info);
            Assert.Equal(1, Pdf.PageCount(bytes));
            var title = pdf.StartsWith("es/", StringComparison.Ordinal) ? "Formulario de permiso de los padres o tutores"
                : pdf.Contains("contact-log", StringComparison.Ordinal) ? "Contact log"
                : pdf.Contains("red-flag", StringComparison.Ordinal) ? "Red flag card" : "Parent or guardian permission form";
            Assert.Matches(@"(?m)^Title:\s+" + System.Text.RegularExpressions.Regex.Escape(title), info);
            Assert.Equal(title, Pdf.Outline(bytes)[0]);
            var text = string.Join(" ", Pdf.PageTexts(bytes));
            // No profile on the machine that builds: every placeholder prints as its blank; no site furniture.
            Assert.DoesNotContain("Skip to main content", text);
            Assert.DoesNotContain("Call or text 988", text);
        }
        Assert.Contains("Lo que queda en privado y lo que no", string.Join(" ", Pdf.PageTexts(File.ReadAllBytes(Path.Combine(output, "es/toolkit/permission-form/permission-form-letter.pdf")))));
    }
}

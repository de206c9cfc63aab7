using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeerHub.Tests.Packs;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Toolkit;

/// <summary>
/// Driving the toolkit in Chromium the way the tests need it: a school profile filled in on /toolkit/profile/, templates
/// opened once the script has filled them (html[data-toolkit-ready]), and each printed by Playwright as a tagged PDF
/// with an outline, then read back with poppler.
/// </summary>
public static partial class ToolkitBrowser
{
    /// <summary>A school's details, each different enough to be found in a PDF's text.</summary>
    public static readonly IReadOnlyDictionary<string, string> Profile = new Dictionary<string, string>
    {
        ["school_name"] = "Lincoln Middle School",
        ["program_name"] = "Peer Connect",
        ["adult_advisor"] = "Ms. Rivera",
        ["adult_advisor_contact"] = "Room 114, ext. 2231",
        ["counselor"] = "Mr. Okafor",
        ["counselor_contact"] = "Counseling office, ext. 2200",
        ["meeting_place"] = "the library annex",
        ["after_hours"] = "call or text 988",
        ["local_crisis"] = "County Crisis Line 555-0100",
        ["district_policy_url"] = "https://district.example.org/policy",
    };

    public static async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        await page.WaitForSelectorAsync("html[data-toolkit-ready='true']", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Fills every field of the profile page with <see cref="Profile"/> and saves it.</summary>
    public static async Task FillProfileAsync(IBrowserContext context, string profileUrl)
    {
        var page = await OpenAsync(context, profileUrl);
        foreach (var (key, value) in Profile) await page.FillAsync($"[data-ph-field='{key}']", value);
        await page.ClickAsync("form[data-toolkit-profile] button[type=submit]");
        await page.WaitForSelectorAsync("html[data-toolkit-saved]", new() { State = WaitForSelectorState.Attached });
        await page.CloseAsync();
    }

    /// <summary>The template's placeholders, the sheets it says it prints on, and the labels of its fields, read from the page.</summary>
    public static async Task<(IReadOnlyList<string> Placeholders, int Letter, int A4, IReadOnlyList<string> Labels, string Title)> ReadAsync(IPage page)
    {
        var keys = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('.tk-form .ph[data-ph]')].map(e => e.dataset.ph))]");
        var letter = int.Parse((await page.GetAttributeAsync("[data-toolkit]", "data-letter"))!);
        var a4 = int.Parse((await page.GetAttributeAsync("[data-toolkit]", "data-a4"))!);
        var labels = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.tk-form label, .tk-form legend, .tk-form caption, .tk-form th, .tk-form .tk-flow-title, .tk-form h2, .tk-form h3')].map(e => e.textContent)");
        var title = await page.InnerTextAsync("h1");
        return (keys, letter, a4, labels.Select(Pdf.Normalise).Where(l => l.Length > 0).Distinct().ToList(), title.Trim());
    }

    /// <summary>Prints the page on one paper size as Chromium does for a reader, tagged and with an outline.</summary>
    public static Task<byte[]> PrintAsync(IPage page, string format) =>
        page.PdfAsync(new() { Format = format, Tagged = true, Outline = true, PrintBackground = false });

    /// <summary>
    /// Everything a printed template must be: as many pages as its fit says, tagged, with an outline that starts with its
    /// title, the school's details where it has placeholders, and every field's label. Returns the problems found.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckPrintAsync(IPage page, string where, bool filled)
    {
        var (keys, letter, a4, labels, title) = await ReadAsync(page);
        var problems = new List<string>();
        foreach (var (format, sheets, size) in new[] { ("Letter", letter, "(letter)"), ("A4", a4, "(A4)") })
        {
            var pdf = await PrintAsync(page, format);
            var info = Pdf.Info(pdf);
            var pages = Pdf.PageCount(pdf);
            if (pages != sheets) problems.Add($"{where} on {format}: {pages} pages, but its `fit` says {sheets}");
            if (!Regex.IsMatch(info, @"^Tagged:\s+yes", RegexOptions.Multiline)) problems.Add($"{where} on {format}: pdfinfo does not say Tagged: yes");
            if (!Regex.IsMatch(info, @"^Page size:.*" + Regex.Escape(size), RegexOptions.Multiline)) problems.Add($"{where} on {format}: pdfinfo does not call the page size {size}");
            if (!Regex.IsMatch(info, @"^Title:\s+" + Regex.Escape(title), RegexOptions.Multiline)) problems.Add($"{where} on {format}: the PDF's title is not the template's ({title})");
            // Text is compared without its spaces and hyphens: pdftotext joins "Follow-" at the end of a line to "up" on the
            // next as "Followup", and Chromium's outline joins a wrapped heading's lines with no space at all.
            var outline = Pdf.Outline(pdf);
            if (outline.Count == 0 || Squeeze(outline[0]) != Squeeze(title)) problems.Add($"{where} on {format}: the outline does not start with the title (it has {string.Join(" | ", outline)})");
            var text = string.Join(" ", Pdf.PageTexts(pdf));
            var squeezed = Squeeze(text);
            if (!squeezed.Contains(Squeeze(title), StringComparison.Ordinal)) problems.Add($"{where} on {format}: the title is not printed");
            // A label in a table heading or a grid of boxes may wrap inside its cell, and pdftotext reads such a grid row by
            // row across the cells, so a label is looked for word by word (a word broken at its hyphen as its parts).
            foreach (var label in labels.Where(l => !squeezed.Contains(Squeeze(l), StringComparison.Ordinal)
                         && Words().Split(l).Any(w => w.Length > 0 && !squeezed.Contains(w, StringComparison.Ordinal))))
                problems.Add($"{where} on {format}: the label \"{label}\" is not printed");
            foreach (var key in keys)
            {
                var value = Profile[key];
                if (filled && !squeezed.Contains(Squeeze(value), StringComparison.Ordinal)) problems.Add($"{where} on {format}: the school's {key} ({value}) is not printed");
                if (!filled && squeezed.Contains(Squeeze(value), StringComparison.Ordinal)) problems.Add($"{where} on {format}: {value} is printed though no profile was saved");
            }
            // Screen furniture stays off paper.
            foreach (var chrome in new[] { "Skip to main content", "Suggest an edit", "Print this form", "Edit your school profile" })
                if (text.Contains(chrome, StringComparison.Ordinal)) problems.Add($"{where} on {format}: \"{chrome}\" is printed");
        }
        return problems;
    }

    /// <summary>A text without spaces and hyphens: pdftotext joins a word broken at a hyphen at the end of a line.</summary>
    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"[\s\u00AD-]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex Words();

    /// <summary>Every input, text area and select on the page has a label, an aria-label or an aria-labelledby.</summary>
    public static async Task<IReadOnlyList<string>> UnlabelledControlsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input:not([type=hidden]), textarea, select')]
              .filter(e => !(e.labels && e.labels.length > 0) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.outerHTML)
            """);

    public static async Task AssertNoAxeViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.True(result.Violations.Length == 0, where + ":\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.Empty(await UnlabelledControlsAsync(page));
    }

    /// <summary>The site paths of the real hub's templates (<c>toolkit/x/</c>, and <c>es/toolkit/x/</c> for each translation).</summary>
    public static IReadOnlyList<string> RealTemplates(string contentDir)
    {
        var folder = Path.Combine(contentDir, "toolkit");
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.md")
            .Select(f => Path.GetFileName(f)[..^3])
            .Where(name => name != "index")
            .Select(name => name.EndsWith(".es", StringComparison.Ordinal) ? $"es/toolkit/{name[..^3]}/" : $"toolkit/{name}/")
            .Order(StringComparer.Ordinal).ToList();
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace PeerHub.Tests.Packs;

/// <summary>A paper size and its printable height with the pack's 12 mm @page margins, in CSS pixels.</summary>
public sealed record Paper(string Format, double HeightMm)
{
    public static readonly Paper Letter = new("Letter", 279.4);
    public static readonly Paper A4 = new("A4", 297);
    public static readonly IReadOnlyList<Paper> Both = [Letter, A4];
    public double PrintableHeightPx => (HeightMm - 2 * 12) * 96 / 25.4;
}

/// <summary>What the layout says about one sheet, measured under print emulation.</summary>
public sealed record SheetBox(string Kind, string Id, string Scenario, double Top, double Height, IReadOnlyList<CardBox> Cards);

public sealed record CardBox(string Role, double Top, double Bottom, bool Clipped);

/// <summary>
/// Prints a pack page to PDF and checks it against its own layout: one page per sheet, every card inside its
/// page, and no facilitator text on a page of role cards. Returns the problems found, empty when all is well.
/// </summary>
public static class PrintCheck
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private const string MeasureSheets = """
        () => [...document.querySelectorAll('.pack:not([hidden]) .pack-sheet')].map(s => {
          const box = s.getBoundingClientRect();
          return {
            kind: s.dataset.sheet || s.id, id: s.id, scenario: s.dataset.scenario || '',
            top: box.top + scrollY, height: box.height,
            cards: [...s.querySelectorAll('.role-slip')].map(c => {
              const r = c.getBoundingClientRect();
              return { role: c.querySelector('.slip-role').textContent, top: r.top + scrollY, bottom: r.bottom + scrollY,
                       clipped: c.scrollHeight > c.clientHeight + 1 };
            }),
          };
        })
        """;

    // Every list item and paragraph of a facilitator guide: none of it may show on a participant's page.
    private const string FacilitatorTexts = """
        () => [...document.querySelectorAll('.pack:not([hidden]) .pack-guide .sheet-body li, .pack:not([hidden]) .pack-guide .sheet-body p:not(.guide-facts):not(.guide-roles)')]
          .map(e => e.textContent.replace(/\s+/g, ' ').trim()).filter(t => t.length > 12)
        """;

    private static readonly string[] FacilitatorHeadings =
        ["Facilitator guide", "Before you start", "Setup: read aloud", "Prompts to feed in", "Red flags", "Escalation steps", "Debrief questions", "Content note"];

    public static async Task<(IReadOnlyList<string> Problems, IReadOnlyList<string> PageTexts, IReadOnlyList<SheetBox> Sheets)> CheckAsync(IPage page, Paper paper)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var problems = new List<string>();
        var sheets = JsonSerializer.Deserialize<List<SheetBox>>(
            (await page.EvaluateAsync<JsonElement>(MeasureSheets)).GetRawText(), WebJson)!;
        var facilitator = (await page.EvaluateAsync<string[]>(FacilitatorTexts)).Select(Pdf.Normalise).Distinct().ToList();
        var pdf = await page.PdfAsync(new() { Format = paper.Format, PrintBackground = false });
        // The running head and foot are in the page's language.
        var spanish = await page.EvaluateAsync<string>("() => document.documentElement.lang") == "es";
        string PageOf(int n, int total) => spanish ? $"Página {n} de {total}" : $"Page {n} of {total}";
        var scenarioOf = spanish ? "Situación {0} de " : "Scenario {0} of ";
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        var pageHeight = paper.PrintableHeightPx;
        foreach (var sheet in sheets)
        {
            if (sheet.Height > pageHeight + 0.5)
                problems.Add($"{paper.Format}: sheet #{sheet.Id} is {sheet.Height:0} px tall, more than the {pageHeight:0} px of one page");
            foreach (var card in sheet.Cards)
            {
                if (card.Top < sheet.Top - 0.5 || card.Bottom - sheet.Top > pageHeight + 0.5)
                    problems.Add($"{paper.Format}: the card `{card.Role}` on #{sheet.Id} does not lie within the sheet's page");
                if (card.Clipped)
                    problems.Add($"{paper.Format}: the card `{card.Role}` on #{sheet.Id} has more text than fits on it");
            }
        }

        var pages = Pdf.PageCount(pdf);
        if (pages != sheets.Count)
            problems.Add($"{paper.Format}: the PDF has {pages} pages but the layout has {sheets.Count} sheets (cover, contents, guides, card sheets)");
        var texts = Pdf.PageTexts(pdf);
        for (var i = 0; i < Math.Min(texts.Count, sheets.Count); i++)
        {
            var sheet = sheets[i];
            var text = texts[i];
            if (!text.Contains(PageOf(i + 1, sheets.Count), StringComparison.Ordinal))
                problems.Add($"{paper.Format}: page {i + 1} does not say \"{PageOf(i + 1, sheets.Count)}\"");
            if (sheet.Scenario.Length > 0 && !text.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, scenarioOf, sheet.Scenario), StringComparison.Ordinal))
                problems.Add($"{paper.Format}: page {i + 1} (#{sheet.Id}) has no running header naming scenario {sheet.Scenario}");
            if (sheet.Kind != "cards") continue;
            foreach (var card in sheet.Cards.Where(c => !text.Contains(Pdf.Normalise(c.Role), StringComparison.Ordinal)))
                problems.Add($"{paper.Format}: page {i + 1} should hold the card `{card.Role}`");
            foreach (var leak in facilitator.Where(f => text.Contains(f, StringComparison.Ordinal)).Concat(FacilitatorHeadings.Where(h => text.Contains(h, StringComparison.Ordinal))))
                problems.Add($"{paper.Format}: facilitator text on the role-card page {i + 1} (#{sheet.Id}): \"{leak}\"");
        }
        return (problems, texts, sheets);
    }
}

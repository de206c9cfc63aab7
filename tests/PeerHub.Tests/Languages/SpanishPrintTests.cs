using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Site;
using PeerHub.Tests.Packs;
using PeerHub.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PeerHub.Tests.Languages;

/// <summary>The real hub, built once and served, for the Spanish print tests.</summary>
public sealed class SpanishPrintSite : IDisposable
{
    public BuiltSite Site { get; } = new(BuiltSite.RealHub());
    public void Dispose() => Site.Dispose();
}

/// <summary>
/// Issue 19, in Chromium: the planner completed in Spanish prints in Spanish, and a bilingual pack prints each
/// participant's role card with its English and Spanish text on the same page. The PDFs are read with pdftotext, as a
/// reader's viewer would; what they must hold comes from the content and the theme's string files, not from the page.
/// </summary>
[Collection("browser")]
public partial class SpanishPrintTests(BrowserFixture browser, SpanishPrintSite hub, ITestOutputHelper output) : IClassFixture<SpanishPrintSite>
{
    [Fact]
    public async Task The_planner_completed_in_spanish_prints_in_spanish()
    {
        using var server = new StaticSiteServer(hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "es-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "es/planner/");
        await page.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });

        // Answer every question by clicking its answer's label, step by step, as a counselor would.
        var answered = await CompleteAsync(page, Spanish);
        Assert.True(answered >= 40, $"only {answered} questions answered");

        // Write one step of the plan for the first priority, as the results page asks. (Short: a printed text box
        // shows only what fits in it.)
        const string what = "Reunión con la directora";
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Qué se hará" }).First.FillAsync(what);

        var pdf = await page.PdfAsync(new() { Format = "Letter" });
        var text = string.Join(" ", Pdf.PageTexts(pdf));
        output.WriteLine(text);

        var es = BilingualHub.Strings("es");
        var en = BilingualHub.Strings("en");
        // The plan's own headings in Spanish, and the answers turned into Spanish words: each section's title.
        foreach (var key in new[] { "planner.print_title", "planner.readiness_heading", "planner.models_heading", "planner.plan_heading" })
            Assert.Contains(Shown(Find(es, key)), text);
        Assert.Contains("Impreso el ", text);
        Assert.Contains("Preparación general:", text);
        Assert.Contains(what, text);
        var sections = PlannerSectionTitles("sections.es.yml");
        Assert.True(sections.Count >= 12, $"only {sections.Count} Spanish section titles");
        foreach (var title in sections) Assert.Contains(title, text);
        // The stages the scores reached are named in Spanish too.
        Assert.Contains(new[] { "Primeros pasos", "En camino", "Buen avance", "Casi listo" }, level => text.Contains(level, StringComparison.Ordinal));

        // And no English: no planner string whose English differs from its Spanish, no English section title.
        var english = PlannerSectionTitles("sections.yml").Except(sections)
            .Concat(en.Keys.Where(k => k.Contains("planner.", StringComparison.Ordinal) && en.Find(k) != es.Find(k))
                .SelectMany(k => Phrases(en.Find(k)!)))
            .Where(p => p.Contains(' ') && text.Contains(p, StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(english.Count == 0, "English in the printed Spanish plan: " + string.Join(" | ", english));
        foreach (var word in new[] { "Readiness", "Recommended", "Your action plan", "Printed", "Step ", "Overall" })
            Assert.DoesNotContain(word, text);
    }

    [Fact]
    public async Task A_bilingual_pack_prints_each_role_card_with_its_english_and_spanish_text_on_one_page()
    {
        // The scenarios of the peer mentoring model, in English and as translated.
        var loaded = ContentLoader.Load(BuiltSite.RealHub(), SiteKinds.Default.Content, new DiagnosticBag());
        var spanish = loaded.Translations["es"].Where(t => t.Page.Meta is ScenarioMeta).ToDictionary(t => t.Page.Url, t => (ScenarioMeta)t.Page.Meta!);
        var scenarios = loaded.Pages.Where(p => p.Meta is ScenarioMeta m && m.Models.Any(r => r.Slug == "peer-mentoring"))
            .Select(p => (Url: p.Url, En: (ScenarioMeta)p.Meta!, Es: spanish.GetValueOrDefault(p.Url))).ToList();
        Assert.True(scenarios.Count >= 10, $"only {scenarios.Count} peer mentoring scenarios");
        Assert.All(scenarios, s => Assert.True(s.Es is not null, $"{s.Url} has no Spanish translation"));

        using var server = new StaticSiteServer(hub.Site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "es/packs/models/peer-mentoring/bilingual/");
        var pdf = await page.PdfAsync(new() { Format = "Letter" });
        var pages = Pdf.PageTexts(pdf);
        output.WriteLine($"{pages.Count} pages");

        var problems = new List<string>();
        var cards = 0;
        foreach (var (url, en, es) in scenarios)
        {
            Assert.Equal(en.Roles.Count, es!.Roles.Count);
            for (var r = 0; r < en.Roles.Count; r++)
            {
                // The page that holds this role's card: a card sheet (under its cutting instructions) of this scenario
                // (its Spanish title, which the card prints in capitals) with the role's Spanish brief.
                var esBrief = Opening(es.Roles[r].Brief);
                var title = Shown(es.Title).ToUpperInvariant();
                var cardPage = Enumerable.Range(0, pages.Count).Where(i => pages[i].Contains("Tarjetas de papeles", StringComparison.Ordinal)
                    && pages[i].ToUpperInvariant().Contains(title, StringComparison.Ordinal) && pages[i].Contains(esBrief, StringComparison.Ordinal)).ToList();
                if (cardPage.Count != 1)
                {
                    problems.Add($"{url} role {r + 1}: \"{esBrief}\" is on {cardPage.Count} of the scenario's card pages");
                    continue;
                }
                var text = pages[cardPage[0]];
                cards++;
                foreach (var (what, expected) in new[]
                         {
                             ("Spanish role", Shown(es.Roles[r].Name)), ("English role", Shown(en.Roles[r].Name)),
                             ("English brief", Opening(en.Roles[r].Brief)),
                         })
                    if (!text.Contains(expected, StringComparison.Ordinal))
                        problems.Add($"{url} role {r + 1}, page {cardPage[0] + 1}: no {what} \"{expected}\"");
                // The facilitator's side stays off the participant's page, in both languages.
                foreach (var prompt in en.Prompts.Concat(es.Prompts).Select(Opening).Where(p => p.Length > 20))
                    if (text.Contains(prompt, StringComparison.Ordinal)) problems.Add($"{url} role {r + 1}: a prompt on the card page: \"{prompt}\"");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Assert.True(cards >= 30, $"only {cards} cards checked");
    }

    /// <summary>The planner's buttons and results heading, by the names a reader sees, in one language.</summary>
    private sealed record PlannerWords(string Start, string Next, string SeeResults, string Results, string Export, string Import, string AllSteps);

    private static readonly PlannerWords English = new("Start", "Next", "See results", "Results and action plan", "Export answers", "Import answers", "All steps");
    private static readonly PlannerWords Spanish = new("Comenzar", "Siguiente", "Ver los resultados", "Resultados y plan de acción", "Exportar las respuestas", "Importar respuestas", "Todos los pasos");

    /// <summary>
    /// Starts the planner and answers every question of every step by clicking an answer's label (a spread of answers,
    /// never the last, "I don't know"), until the results; returns how many questions were answered.
    /// </summary>
    private static async Task<int> CompleteAsync(IPage page, PlannerWords words)
    {
        await page.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Button, new() { Name = words.Start, Exact = true }).ClickAsync();
        var results = page.GetByRole(AriaRole.Heading, new() { Name = words.Results, Exact = true });
        var answered = 0;
        for (var step = 0; step < 40 && !await results.IsVisibleAsync(); step++)
        {
            var questions = page.Locator("main fieldset");
            var count = await questions.CountAsync();
            for (var i = 0; i < count; i++)
            {
                var labels = questions.Nth(i).Locator("label");
                var choices = await labels.CountAsync();
                await labels.Nth((answered + i) % Math.Max(1, choices - 1)).ClickAsync();
                Assert.True(await questions.Nth(i).GetByRole(AriaRole.Radio, new() { Checked = true }).CountAsync() == 1,
                    $"question {i + 1} of step {step + 1} took no answer");
            }
            answered += count;
            await page.GetByRole(AriaRole.Button, new() { Name = words.Next, Exact = true })
                .Or(page.GetByRole(AriaRole.Button, new() { Name = words.SeeResults, Exact = true })).First.ClickAsync();
        }
        await Assertions.Expect(results).ToBeVisibleAsync();
        return answered;
    }

    /// <summary>The percentages of the readiness table, in order, whatever the language writes around them.</summary>
    private static async Task<List<int>> ScoresAsync(IPage page) =>
        Percent().Matches(await page.GetByRole(AriaRole.Table).First.InnerTextAsync()).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Answers_exported_from_the_english_planner_import_into_the_spanish_one_with_the_same_scores()
    {
        using var server = new StaticSiteServer(hub.Site.Dir, "/peerhub/");
        await using var english = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await english.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "planner/");
        await CompleteAsync(page, English);
        var scores = await ScoresAsync(page);
        Assert.True(scores.Count >= 12, $"only {scores.Count} scores");
        // Export asks for the rater's role first (optional), then downloads.
        await page.GetByRole(AriaRole.Button, new() { Name = English.Export, Exact = true }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the file", Exact = true }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"peerhub-plan-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        try
        {
            // A colleague whose browser has never seen the planner opens it in Spanish and imports the file.
            await using var spanish = await browser.Browser.NewContextAsync();
            var es = await spanish.NewPageAsync();
            await es.GotoAsync(server.BaseUrl + "es/planner/");
            await es.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });
            var chooser = await es.RunAndWaitForFileChooserAsync(() => es.GetByRole(AriaRole.Button, new() { Name = Spanish.Import, Exact = true }).ClickAsync());
            await chooser.SetFilesAsync(file);
            await Assertions.Expect(es.GetByRole(AriaRole.Status).Filter(new() { HasText = "Se importaron las respuestas de" })).ToHaveCountAsync(1);

            var results = es.GetByRole(AriaRole.Heading, new() { Name = Spanish.Results, Exact = true });
            if (!await results.IsVisibleAsync())
            {
                await es.GetByText(Spanish.AllSteps, new() { Exact = true }).ClickAsync();
                await es.GetByRole(AriaRole.Button, new() { Name = Spanish.Results, Exact = true }).ClickAsync();
            }
            await Assertions.Expect(results).ToBeVisibleAsync();
            Assert.Equal(scores, await ScoresAsync(es));
            // The same answers, now in Spanish words.
            Assert.Contains("Preparación por sección", await es.Locator("main").InnerTextAsync());
        }
        finally { File.Delete(file); }
    }

    /// <summary>The first words of a text as a page shows it, Markdown emphasis and links taken off: enough to find it.</summary>
    private static string Opening(string text)
    {
        var words = Shown(Markdown().Replace(text, "$1")).Split(' ');
        return string.Join(' ', words.Take(12)).TrimEnd(',', ';', ':', '.');
    }

    /// <summary>Whitespace collapsed, as <see cref="Pdf.PageTexts"/> gives it; typographic quotes left as written.</summary>
    private static string Shown(string text) => Pdf.Normalise(WebUtility.HtmlDecode(text).Replace("**", "").Replace("*", "").Replace("_", " "));

    private static string Find(PeerHub.Templates.ThemeStrings strings, string key) =>
        strings.Find(key) ?? strings.Keys.Where(k => k.EndsWith("." + key, StringComparison.Ordinal)).Select(strings.Find).FirstOrDefault()
        ?? throw new InvalidOperationException($"no string {key}");

    /// <summary>
    /// The titles of the rated sections of the planner's questions file (each `title:` under a `- id:`), leaving out
    /// the profile section about the school, which describes it rather than rating it.
    /// </summary>
    private static List<string> PlannerSectionTitles(string file)
    {
        var titles = new List<string>();
        string? id = null;
        foreach (var line in File.ReadAllLines(Path.Combine(Repo.Content, "planner", file)))
        {
            if (line.StartsWith("- id: ", StringComparison.Ordinal)) id = line[6..].Trim();
            else if (SectionTitle().Match(line) is { Success: true } m && id != "school") titles.Add(m.Groups[1].Value.Trim().Trim('"'));
        }
        return titles;
    }

    /// <summary>The runs of words of a string between its placeholders and tags.</summary>
    private static IEnumerable<string> Phrases(string value) =>
        Placeholder().Split(Regex.Replace(value, "<[^>]+>", "{tag}"))
            .Select(p => Pdf.Normalise(WebUtility.HtmlDecode(p)).Trim(' ', ',', ':', ';', '(', ')', '“', '”', '"', '.'));

    [GeneratedRegex(@"(\d+)\s?%")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Markdown();

    [GeneratedRegex(@"^  title: (.+)$")]
    private static partial Regex SectionTitle();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}

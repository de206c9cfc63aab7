using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace PeerHub.Tests.Planner;

/// <summary>
/// A year with the planner, in Chromium (issue 21): snapshots, a comparison, the action plan's statuses, the rater's
/// label in the export, the printed plan, the revisit reminder and a browser whose storage is full.
/// </summary>
public partial class PlannerBrowserTests
{
    internal static Task ClickButton(IPage page, string text) => page.GetByRole(AriaRole.Button, new() { Name = text, Exact = true }).ClickAsync();

    /// <summary>Goes to a step through the list of all steps.</summary>
    internal static async Task GoToAsync(IPage page, string title)
    {
        if (!await page.IsVisibleAsync(".planner-step-list")) await page.ClickAsync(".planner-steps summary");
        await page.ClickAsync($".planner-step-list button >> text={title}");
    }

    /// <summary>Answers every question of the step titled <paramref name="title"/> with the option at <paramref name="pick"/>.</summary>
    internal static async Task RateStepAsync(IPage page, string title, int pick)
    {
        await GoToAsync(page, title);
        var questions = page.Locator("fieldset.planner-question");
        for (var i = 0; i < await questions.CountAsync(); i++) await questions.Nth(i).Locator("input[type=radio]").Nth(pick).CheckAsync();
    }

    internal static async Task SnapshotAsync(IPage page, string label)
    {
        var before = await page.EvaluateAsync<string?>("document.documentElement.dataset.plannerSnapshots") ?? "0";
        await page.FillAsync("#planner-snapshot-label", label);
        await ClickButton(page, "Save a snapshot");
        await page.WaitForFunctionAsync("n => document.documentElement.dataset.plannerSnapshots !== n", before);
        Assert.Contains($"Snapshot saved: ", await page.InnerTextAsync(".planner-status"));
    }

    [Fact]
    public async Task A_year_snapshot_change_snapshot_compare_set_statuses_export_and_print()
    {
        // Given a team that answered every question
        var page = await OpenAsync();
        await CompleteAsync(page, axe: false);
        Assert.Contains("No snapshot yet", await page.InnerTextAsync(".planner-over-time"));

        // When it saves a snapshot, raises its staffing ratings and lowers its funding ones, and saves again
        await SnapshotAsync(page, "Baseline");
        await AssertNoAxeViolations(page, "results with one snapshot");
        await RateStepAsync(page, "Staffing", 3);
        await RateStepAsync(page, "Funding", 0);
        await GoToAsync(page, "Results and action plan");
        await SnapshotAsync(page, "Spring");
        Assert.Equal(2, await page.Locator(".planner-snapshots li").CountAsync());

        // Then comparing the two snapshots names what went up and what went down, in words and not by colour alone
        var options = await page.Locator("#planner-compare-from option").AllInnerTextsAsync();
        Assert.Equal(3, options.Count);
        Assert.EndsWith("(Baseline)", options[0]);
        Assert.Equal("Now (today's answers)", options[2]);
        await page.SelectOptionAsync("#planner-compare-from", new SelectOptionValue { Index = 0 });
        await page.SelectOptionAsync("#planner-compare-to", new SelectOptionValue { Index = 1 });
        var comparison = page.Locator("#planner-comparison");
        Assert.Contains("Went up: Staffing.", await comparison.InnerTextAsync());
        Assert.Contains("Went down: Funding.", await comparison.InnerTextAsync());
        var staffing = comparison.Locator("li[data-section=staffing]");
        await staffing.Locator("summary").ClickAsync();
        var staffingText = await staffing.InnerTextAsync();
        Assert.Matches(@"Staffing: from \d+% to 100%, ↑ up \d+ points", staffingText);
        Assert.Contains("to “We're close”", staffingText);
        var funding = await comparison.Locator("li[data-section=funding] summary").InnerTextAsync();
        Assert.Matches(@"Funding: from \d+% to 0%, ↓ down \d+ points", funding);
        // And the scores over time are a table: Overall and each of the 12 rated sections, a column per rating
        Assert.Equal(13, await page.Locator(".planner-trend tbody tr").CountAsync());
        Assert.Equal(4, await page.Locator(".planner-trend thead th").CountAsync());
        Assert.Contains("100%", await page.Locator(".planner-trend tbody tr", new() { HasText = "Staffing" }).InnerTextAsync());
        await AssertNoAxeViolations(page, "comparison");

        // When it takes two suggestions into its plan in one click each, writes who, when and how, and sets their status
        var firstPriority = page.Locator(".planner-priority").First;
        var id = (await firstPriority.GetAttributeAsync("aria-labelledby"))!["plan-".Length..];
        var suggestion = await firstPriority.Locator(".planner-suggestions li span").First.InnerTextAsync();
        await firstPriority.Locator(".planner-add-step").First.ClickAsync();
        Assert.Equal(suggestion, await page.InputValueAsync($"#plan-{id}-0-what"));
        Assert.Equal($"plan-{id}-0-what", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.FillAsync($"#plan-{id}-0-who", "School counselor");
        await page.FillAsync($"#plan-{id}-0-when", "October 15");
        await page.FillAsync($"#plan-{id}-0-measure", "Notes of the meeting are shared");
        await page.SelectOptionAsync($"#plan-{id}-0-status", "achieved");
        await firstPriority.Locator(".planner-add-step").First.ClickAsync();
        await page.FillAsync($"#plan-{id}-1-who", "Assistant principal");
        await page.SelectOptionAsync($"#plan-{id}-1-status", "working");
        Assert.Equal("Achieved (green)", await page.Locator($"#plan-{id}-0-status option:checked").InnerTextAsync());
        await AssertNoAxeViolations(page, "action plan with statuses");

        // Then they survive a reload
        await page.ReloadAsync();
        await WaitReady(page);
        Assert.Equal("achieved", await page.InputValueAsync($"#plan-{id}-0-status"));
        Assert.Equal("Notes of the meeting are shared", await page.InputValueAsync($"#plan-{id}-0-measure"));

        // When it exports, giving a role as the rater's label
        await page.ClickAsync("text=Export answers");
        Assert.Contains("A role, not a name", await page.InnerTextAsync(".planner-panel"));
        await AssertNoAxeViolations(page, "export step");
        await page.FillAsync("#planner-rater", "Rater B");
        var download = await page.RunAndWaitForDownloadAsync(() => ClickButton(page, "Download the file"));
        var file = Path.Combine(Path.GetTempPath(), $"peerhub-plan-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);

        // Then the file carries the label, both snapshots and the statuses
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
        {
            var root = json.RootElement;
            Assert.Equal(3, root.GetProperty("schema").GetInt32());
            Assert.Equal("Rater B", root.GetProperty("rater").GetString());
            Assert.Equal(["Baseline", "Spring"], root.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("label").GetString()!).ToArray());
            Assert.Equal("achieved", root.GetProperty("plan").GetProperty(id)[0].GetProperty("status").GetString());
        }

        // And a fresh browser that imports it has the history to compare
        var fresh = await OpenAsync();
        await fresh.SetInputFilesAsync(".planner-toolbar input[type=file]", file);
        await fresh.WaitForSelectorAsync("html[data-planner-import='1']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(2, await fresh.Locator(".planner-snapshots li").CountAsync());
        File.Delete(file);

        // When the plan is printed on US Letter
        var pdf = await page.PdfAsync(new() { Format = "Letter" });
        if (Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS") is { } dir)
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, "planner-year-print.pdf"), pdf);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "planner-year-results.png"), FullPage = true });
        }

        // Then it fits one or two pages with the scores, the changes since the last snapshot, the actions with their
        // owners and statuses in words, and the recommended models with their reasons
        var pages = Packs.Pdf.PageCount(pdf);
        Assert.InRange(pages, 1, 2);
        var text = string.Join(" ", Packs.Pdf.PageTexts(pdf));
        // (the changes are measured from Baseline: the Spring snapshot holds today's answers, so it would show none)
        foreach (var expected in new[] { "Readiness by section", "Changes since", "(Baseline)", "Went up: Staffing (+", "Your action plan", "School counselor", "Assistant principal",
                     "Notes of the meeting are shared", "Achieved (green)", "Working towards (amber)", "Recommended program models", "chips away at stigma" })
            Assert.Contains(expected, text);
        // The form itself does not print: its labels would repeat on every step
        Assert.DoesNotContain("What will happen", text);

        // When a snapshot is deleted, after a confirmation, the other stays
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the snapshot", Exact = false }).Last.ClickAsync();
        Assert.Contains("cannot be undone", await page.InnerTextAsync(".planner-panel"));
        await ClickButton(page, "Yes, delete it");
        await page.WaitForSelectorAsync("html[data-planner-snapshots='1']", new() { State = WaitForSelectorState.Attached });
        Assert.EndsWith("(Baseline)", await page.InnerTextAsync(".planner-snapshots li span"));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Each_section_names_its_NAPPP_standard_and_SHAPE_domain()
    {
        var page = await OpenAsync();
        await GoToAsync(page, "Needs assessment");
        Assert.Equal("NAPPP standard: Planning · SHAPE domain: Needs assessment and resource mapping", await page.InnerTextAsync(".planner-standards"));
        await GoToAsync(page, "Purpose and mission");
        Assert.Equal("NAPPP standard: Planning", await page.InnerTextAsync(".planner-standards"));
        await GoToAsync(page, "About your school");
        Assert.Equal(0, await page.Locator(".planner-standards").CountAsync());
    }

    /// <summary>A saved schema-3 state whose only snapshot is <paramref name="monthsAgo"/> months old.</summary>
    private static string StoredWithSnapshot(int monthsAgo)
    {
        var day = DateTime.Today.AddMonths(-monthsAgo).ToString("yyyy-MM-dd");
        return JsonSerializer.Serialize(new
        {
            schema = 3, step = "start", priorities = (string[]?)null, plan = new { }, rater = "", revisitMonths = 6,
            answers = new Dictionary<string, string> { ["st-lead"] = "close", ["fu-budget"] = "not-yet" },
            history = new[] { new { id = day + "-1", date = day, label = "Autumn", answers = new Dictionary<string, string> { ["st-lead"] = "not-yet", ["fu-budget"] = "close" }, plan = new { } } },
        });
    }

    [Fact]
    public async Task After_the_revisit_day_a_reminder_offers_the_comparison()
    {
        // Given a team whose last snapshot is seven months old, with a revisit every six months
        var context = await browser.Browser.NewContextAsync();
        await context.AddInitScriptAsync($"if (!sessionStorage.getItem('seeded')) {{ localStorage.setItem('peerhub.planner', {JsonSerializer.Serialize(StoredWithSnapshot(7))}); sessionStorage.setItem('seeded', '1'); }}");
        var page = await OpenAsync(context);

        // Then opening the planner shows a reminder in a status line, not a dialog
        var reminder = page.Locator(".planner-reminder");
        Assert.Equal("status", await reminder.GetAttributeAsync("role"));
        Assert.Contains("It is time to rate again", await reminder.InnerTextAsync());
        Assert.Contains("(Autumn)", await reminder.InnerTextAsync());
        Assert.Equal(0, await page.Locator("dialog, [role=dialog], [aria-modal]").CountAsync());
        await AssertNoAxeViolations(page, "start with the revisit reminder");

        // When the team opens the comparison, it lands on it, comparing the last snapshot with now
        await ClickButton(page, "Open the comparison");
        await page.WaitForFunctionAsync("document.documentElement.dataset.plannerStep === 'results'");
        Assert.Equal("planner-over-time", await page.EvaluateAsync<string>("document.activeElement.id"));
        var comparison = await page.InnerTextAsync("#planner-comparison");
        Assert.Contains("Went up: Staffing.", comparison);
        Assert.Contains("Went down: Funding.", comparison);
        Assert.Equal("", await reminder.InnerTextAsync());

        // And a snapshot two months old brings no reminder
        var recent = await browser.Browser.NewContextAsync();
        await recent.AddInitScriptAsync($"if (!localStorage.getItem('peerhub.planner')) localStorage.setItem('peerhub.planner', {JsonSerializer.Serialize(StoredWithSnapshot(2))});");
        var calm = await OpenAsync(recent);
        Assert.Equal("", await calm.InnerTextAsync(".planner-reminder"));
    }

    [Fact]
    public async Task When_storage_is_full_the_planner_says_so_keeps_the_answers_and_still_exports()
    {
        // Given a planner with one answer saved
        var page = await OpenAsync();
        await NextAsync(page);
        await page.Locator("fieldset.planner-question").Nth(0).Locator("input[type=radio]").Nth(0).CheckAsync();
        Assert.Equal("saved", await page.EvaluateAsync<string>("document.documentElement.dataset.plannerStorage"));

        // When something else fills this site's storage to its quota
        var filled = await page.EvaluateAsync<int>(@"(() => {
            let chunk = 'x'.repeat(1 << 20), n = 0;
            for (;;) {
                try { localStorage.setItem('filler.' + n, chunk); n++; }
                catch { if (chunk.length <= 16) break; chunk = chunk.slice(chunk.length / 2); }
            }
            return n; })()");
        Assert.True(filled > 0);
        await page.Locator("fieldset.planner-question").Nth(1).Locator("input[type=radio]").Nth(1).CheckAsync();

        // Then a status line says the changes are not saved here but kept, and offers export
        Assert.Equal("full", await page.EvaluateAsync<string>("document.documentElement.dataset.plannerStorage"));
        var line = page.Locator(".planner-storage");
        Assert.Equal("status", await line.GetAttributeAsync("role"));
        Assert.Contains("storage is full", await line.InnerTextAsync());
        Assert.True(await page.Locator("fieldset.planner-question").Nth(1).Locator("input[type=radio]").Nth(1).IsCheckedAsync());
        await AssertNoAxeViolations(page, "storage full");

        // And export still carries both answers
        await line.Locator("button").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => ClickButton(page, "Download the file"));
        var file = Path.Combine(Path.GetTempPath(), $"peerhub-plan-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
            Assert.Equal(2, json.RootElement.GetProperty("answers").EnumerateObject().Count());
        File.Delete(file);

        // And once there is room again, the next change is saved and the line clears
        await page.EvaluateAsync("Object.keys(localStorage).filter(k => k.startsWith('filler.')).forEach(k => localStorage.removeItem(k))");
        await page.Locator("fieldset.planner-question").Nth(2).Locator("input[type=radio]").Nth(0).CheckAsync();
        Assert.Equal("saved", await page.EvaluateAsync<string>("document.documentElement.dataset.plannerStorage"));
        Assert.Equal("", await line.InnerTextAsync());
    }

    [Fact]
    public async Task On_a_phone_the_year_views_fit_without_sideways_scrolling()
    {
        // Given a phone, two snapshots with a change between them and an action with a status
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await OpenAsync(context);
        await CompleteAsync(page, axe: false);
        await SnapshotAsync(page, "Baseline");
        await RateStepAsync(page, "Staffing", 3);
        await GoToAsync(page, "Results and action plan");
        await SnapshotAsync(page, "Spring");
        await page.Locator(".planner-add-step").First.ClickAsync();
        await page.Locator(".planner-plan-steps select").First.SelectOptionAsync("working");
        await page.Locator("#planner-comparison li[data-section=staffing] summary").ClickAsync();

        // Then nothing on the page reaches past the screen's right edge (the scores-over-time table scrolls in its own box)
        var wide = await page.EvaluateAsync<string[]>(@"[...document.querySelectorAll('body *')]
            .filter(e => !e.closest('.planner-table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 10)");
        Assert.True(wide.Length == 0, "the year views scroll sideways at 375px: " + string.Join(", ", wide));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await AssertNoAxeViolations(page, "results with history (375px)");
        if (Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS") is { } dir)
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "planner-year-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task The_Spanish_planner_keeps_a_year_in_Spanish()
    {
        // Given the Spanish planner, answered in full
        using var server = new PeerHub.Tests.Support.StaticSiteServer(spanish.Site.Dir, "/peerhub/");
        var page = await OpenAsync(url: server.BaseUrl + "es/planner/");
        await CompleteAsync(page, axe: false);

        // When the team saves a snapshot, lowers its funding ratings and writes a step
        await page.FillAsync("#planner-snapshot-label", "Otoño");
        await page.ClickAsync(".planner-snapshot-form button");
        await page.WaitForSelectorAsync("html[data-planner-snapshots='1']", new() { State = WaitForSelectorState.Attached });
        Assert.Contains("Instantánea guardada", await page.InnerTextAsync(".planner-status"));
        await RateStepAsync(page, "Fondos", 0);
        Assert.Equal("Estándar de NAPPP: Compromiso · Dominio de SHAPE: Financiamiento y sostenibilidad", await page.InnerTextAsync(".planner-standards"));
        await GoToAsync(page, "Resultados y plan de acción");
        await page.Locator(".planner-add-step").First.ClickAsync();
        await page.Locator(".planner-plan-steps select").First.SelectOptionAsync("working");

        // Then the comparison, the statuses and the printed plan speak Spanish
        Assert.Equal("Ahora (las respuestas de hoy)", (await page.Locator("#planner-compare-to option:checked").InnerTextAsync()).Trim());
        Assert.Contains("Secciones que bajaron: Fondos.", await page.InnerTextAsync("#planner-comparison"));
        Assert.Equal("En proceso (ámbar)", await page.Locator(".planner-plan-steps select >> nth=0").Locator("option:checked").InnerTextAsync());
        await AssertNoAxeViolations(page, "Spanish results with a snapshot");
        var pdf = await page.PdfAsync(new() { Format = "Letter" });
        Assert.InRange(Packs.Pdf.PageCount(pdf), 1, 2);
        var text = string.Join(" ", Packs.Pdf.PageTexts(pdf));
        foreach (var expected in new[] { "Preparación por sección", "Cambios desde la instantánea del", "(Otoño)", "Su plan de acción", "En proceso (ámbar)" })
            Assert.Contains(expected, text);
    }
}

using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Planner;

/// <summary>The fixture site with the real planner content, built once for every browser test in this class.</summary>
public sealed class PlannerSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new(PlannerFixture.Site().WithRealTheme(npmPackages: true).Input());
    public void Dispose() => Site.Dispose();
}

/// <summary>
/// The same site with Spanish added, built on first use only (its language switcher changes the English pages' header,
/// which the phone layout tests measure, so the English tests keep their own site).
/// </summary>
public sealed class PlannerSpanishSiteFixture : IDisposable
{
    private readonly Lazy<BuiltSite> _site = new(() => new(PlannerFixture.Bilingual(PlannerFixture.Site().WithRealTheme(npmPackages: true)).Input()));
    public BuiltSite Site => _site.Value;
    public void Dispose() { if (_site.IsValueCreated) _site.Value.Dispose(); }
}

/// <summary>
/// End-to-end: the built planner in Debian's Chromium, served under /peerhub/. Tests wait on the flags the page
/// sets on &lt;html&gt; (data-planner-ready, -step, -saved, -import), never on sleeps.
/// </summary>
[Collection("browser")]
public partial class PlannerBrowserTests(BrowserFixture browser, PlannerSiteFixture fixture, PlannerSpanishSiteFixture spanish)
    : IClassFixture<PlannerSiteFixture>, IClassFixture<PlannerSpanishSiteFixture>, IDisposable
{
    private readonly StaticSiteServer _server = new(fixture.Site.Dir, "/peerhub/");
    private readonly List<string> _outside = [];
    private string PlannerUrl => _server.BaseUrl + "planner/";

    public void Dispose() => _server.Dispose();

    private async Task<IPage> OpenAsync(IBrowserContext? context = null, string? url = null)
    {
        context ??= await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        context.Request += (_, r) => { if (!r.Url.StartsWith(_server.Origin + "/", StringComparison.Ordinal) && !r.Url.StartsWith("blob:")) _outside.Add(r.Url); };
        var page = await context.NewPageAsync();
        await page.GotoAsync(url ?? PlannerUrl);
        await WaitReady(page);
        return page;
    }

    private static Task<IElementHandle?> WaitReady(IPage page) => page.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });

    private static Task<string> Step(IPage page) => page.EvaluateAsync<string>("document.documentElement.dataset.plannerStep");

    private static async Task<string> NextAsync(IPage page)
    {
        var before = await Step(page);
        await page.ClickAsync(".planner-nav button:last-child");
        await page.WaitForFunctionAsync("s => document.documentElement.dataset.plannerStep !== s", before);
        return await Step(page);
    }

    private static async Task AssertNoAxeViolations(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var found = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"axe found violations on step {where}:\n{found}");
    }

    /// <summary>Answers every question of every step through the radio buttons, checking focus and axe on the way.</summary>
    private static async Task<List<string>> CompleteAsync(IPage page, bool axe)
    {
        var visited = new List<string> { await Step(page) };
        if (axe) await AssertNoAxeViolations(page, visited[0]);
        var n = 0;
        while (await Step(page) != "results")
        {
            var step = await NextAsync(page);
            visited.Add(step);
            // Focus moves to the new step's heading, so screen-reader users hear where they are.
            Assert.Equal("planner-step-heading", await page.EvaluateAsync<string>("document.activeElement.id"));
            var questions = page.Locator("fieldset.planner-question");
            for (var i = 0; i < await questions.CountAsync(); i++)
            {
                var options = questions.Nth(i).Locator("input[type=radio]");
                // A spread of ratings; a profile that meets the stub models' requirements (PlannerFixture): stigma, three to
                // five hours of staff time, a clinician with regular time, 4 to 8 hours of training, every student, high school.
                var pick = step == "school" ? i switch { 1 => 2, 3 => 1, 5 => 2, _ => 0 } : n++ % 4;
                await options.Nth(pick).CheckAsync();
            }
            if (axe) await AssertNoAxeViolations(page, step);
        }
        return visited;
    }

    private static Task<string> ResultsText(IPage page) =>
        page.EvaluateAsync<string>("[...document.querySelectorAll('.planner-table:not(.planner-print-only .planner-table), .planner-models, .planner-overall')].map(e => e.innerText).join('\\n')");

    [Fact]
    public async Task Completing_the_planner_gives_results_that_survive_a_reload_and_pass_axe_on_every_step()
    {
        var page = await OpenAsync();
        Assert.Contains("never sent anywhere", await page.InnerTextAsync(".planner-privacy"));
        Assert.Contains("Do not enter students' names", await page.InnerTextAsync(".planner-privacy"));

        var visited = await CompleteAsync(page, axe: true);
        Assert.Equal(15, visited.Count);
        Assert.Equal("results", visited[^1]);
        Assert.Contains("Step 15 of 15", await page.InnerTextAsync(".planner-progress-text"));

        // Chart and table carry the same sections; recommendations follow the profile (stigma, whole school).
        Assert.Equal(13, await page.Locator(".planner-chart .chart-row").CountAsync());
        Assert.Equal(13, await page.Locator(".planner-table tbody tr").CountAsync());
        var models = await page.InnerTextAsync(".planner-models");
        Assert.Contains("Model mental-health-ambassadors", models);
        Assert.Contains("chips away at stigma", models);
        var href = await page.GetAttributeAsync(".planner-models a", "href");
        Assert.Equal("../models/mental-health-ambassadors/", href);
        Assert.Equal(3, await page.Locator(".planner-priority").CountAsync());

        // Write a step of the plan, reload: answers, plan text and the step are kept.
        await page.FillAsync(".planner-priority input[id$='-0-who']", "School counselor");
        var before = await ResultsText(page);
        await page.ReloadAsync();
        await WaitReady(page);
        Assert.Equal("results", await Step(page));
        Assert.Equal(before, await ResultsText(page));
        Assert.Equal("School counselor", await page.InputValueAsync(".planner-priority input[id$='-0-who']"));

        // Back on a question step, the saved answer is checked.
        await page.ClickAsync(".planner-steps summary");
        await page.ClickAsync(".planner-step-list button >> text=Staffing");
        Assert.Equal(3, await page.Locator("fieldset.planner-question input:checked").CountAsync());

        // The model link works under the sub-path.
        await page.ClickAsync(".planner-step-list button >> text=Results and action plan");
        await page.ClickAsync(".planner-models a >> nth=0");
        Assert.EndsWith("/peerhub/models/mental-health-ambassadors/", page.Url);
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Export_then_import_in_a_fresh_context_gives_the_same_results()
    {
        var page = await OpenAsync();
        await CompleteAsync(page, axe: false);
        await page.FillAsync(".planner-priority input[id$='-0-what']", "Meet the principal");
        var expected = await ResultsText(page);

        await page.ClickAsync("text=Export answers");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Download the file"));
        var file = Path.Combine(Path.GetTempPath(), $"peerhub-plan-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
            Assert.Equal("peerhub-planner", json.RootElement.GetProperty("format").GetString());

        var fresh = await OpenAsync();
        Assert.Equal("start", await Step(fresh));
        await fresh.SetInputFilesAsync(".planner-toolbar input[type=file]", file);
        await fresh.WaitForSelectorAsync("html[data-planner-import='1']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("results", await Step(fresh));
        Assert.Equal(expected, await ResultsText(fresh));
        Assert.Equal("Meet the principal", await fresh.InputValueAsync(".planner-priority input[id$='-0-what']"));
        Assert.Contains("were imported", await fresh.InnerTextAsync(".planner-status"));
        File.Delete(file);
        Assert.Empty(_outside);
    }

    [Theory]
    [InlineData("{\"not\": \"a plan\"}", "not a PeerHub planner export")]
    [InlineData("this is not json at all", "not valid JSON")]
    public async Task Importing_a_bad_file_says_why_and_changes_nothing(string content, string message)
    {
        var page = await OpenAsync();
        await NextAsync(page);
        await page.Locator("fieldset.planner-question input[type=radio]").First.CheckAsync();
        var stored = await page.EvaluateAsync<string>("localStorage.getItem('peerhub.planner')");

        await page.SetInputFilesAsync(".planner-toolbar input[type=file]", new FilePayload { Name = "other.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(content) });
        await page.WaitForSelectorAsync("html[data-planner-import='1']", new() { State = WaitForSelectorState.Attached });
        var alert = await page.InnerTextAsync(".planner-alert");
        Assert.Contains(message, alert);
        Assert.Contains("Nothing was changed.", alert);
        Assert.Equal(stored, await page.EvaluateAsync<string>("localStorage.getItem('peerhub.planner')"));
        Assert.Equal("school", await Step(page));
        Assert.True(await page.Locator("fieldset.planner-question input[type=radio]").First.IsCheckedAsync());
    }

    [Fact]
    public async Task Corrupt_saved_state_is_reported_and_set_aside_not_a_blank_page()
    {
        var context = await browser.Browser.NewContextAsync();
        await context.AddInitScriptAsync("if (!sessionStorage.getItem('seeded')) { localStorage.setItem('peerhub.planner', '{\"schema\": 2, \"answers\": ['); sessionStorage.setItem('seeded', '1'); }");
        var page = await OpenAsync(context);

        Assert.Contains("could not be read", await page.InnerTextAsync(".planner-alert"));
        Assert.Equal("start", await Step(page));
        Assert.True(await page.IsVisibleAsync("#planner-step-heading"));
        var aside = await page.EvaluateAsync<string[]>("Object.keys(localStorage).filter(k => k.startsWith('peerhub.planner.unreadable.'))");
        var key = Assert.Single(aside);
        Assert.Equal("{\"schema\": 2, \"answers\": [", await page.EvaluateAsync<string>("k => localStorage.getItem(k)", key));
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('peerhub.planner')"));
    }

    [Fact]
    public async Task Saved_state_from_the_older_schema_is_migrated()
    {
        var context = await browser.Browser.NewContextAsync();
        const string v1 = "{\"version\":1,\"answers\":[[\"need\",\"conflict\"],[\"st-lead\",\"close\"]],\"stepIndex\":6,\"notes\":{\"staffing\":\"Ask for lead hours\"}}";
        await context.AddInitScriptAsync($"if (!localStorage.getItem('peerhub.planner')) localStorage.setItem('peerhub.planner', {JsonSerializer.Serialize(v1)});");
        var page = await OpenAsync(context);

        Assert.Contains("earlier version", await page.InnerTextAsync(".planner-status"));
        Assert.Equal("staffing", await Step(page));
        Assert.True(await page.IsCheckedAsync("#q-st-lead-close"));
        var saved = await page.EvaluateAsync<JsonElement>("JSON.parse(localStorage.getItem('peerhub.planner'))");
        Assert.Equal(3, saved.GetProperty("schema").GetInt32());
        Assert.Equal("Ask for lead hours", saved.GetProperty("plan").GetProperty("staffing")[0].GetProperty("what").GetString());
    }

    [Fact]
    public async Task A_share_link_carries_the_answers_in_the_fragment()
    {
        var page = await OpenAsync();
        await CompleteAsync(page, axe: false);
        var expected = await ResultsText(page);
        await page.ClickAsync("text=Share as a link");
        var link = await page.InputValueAsync("#planner-share-url");
        Assert.StartsWith(PlannerUrl + "#p=3.", link);

        var fresh = await OpenAsync(url: link);
        Assert.Equal("results", await Step(fresh));
        Assert.Equal(expected, await ResultsText(fresh));
        // The fragment is read once and removed, and it never reached the server.
        Assert.Equal(PlannerUrl, fresh.Url);
        Assert.DoesNotContain(_server.Requests, r => r.Contains("plan=", StringComparison.Ordinal));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Start_over_asks_first_and_then_clears_everything()
    {
        var page = await OpenAsync();
        await NextAsync(page);
        await page.Locator("fieldset.planner-question input[type=radio]").First.CheckAsync();
        await page.ClickAsync("text=Start over");
        await page.ClickAsync("text=Cancel");
        Assert.NotNull(await page.EvaluateAsync<string?>("localStorage.getItem('peerhub.planner')"));
        await page.ClickAsync("text=Start over");
        await page.ClickAsync("text=Yes, delete everything");
        Assert.Equal("start", await Step(page));
        Assert.Contains("0 of 50 questions answered", await page.InnerTextAsync(".planner-answered"));
    }

    [Fact]
    public async Task Print_shows_the_plan_without_screen_furniture()
    {
        var page = await OpenAsync();
        await CompleteAsync(page, axe: false);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".site-header", ".crisis-bar", ".planner-toolbar", ".planner-nav", ".planner-steps", ".planner-progress", ".planner-priorities", ".planner-print",
                     ".planner-priority", ".planner-over-time", ".planner-chart" })
            Assert.False(await page.IsVisibleAsync(hidden), $"{hidden} should not print");
        // The printed title and date take the place of the page's and the step's headings; the plan prints as a table, not a form.
        foreach (var shown in new[] { ".planner-print-head", ".planner-table", ".planner-models", ".planner-print-actions" })
            Assert.True(await page.IsVisibleAsync(shown), $"{shown} should print");
        if (Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS") is { } dir)
            await page.PdfAsync(new() { Path = Path.Combine(dir, "planner-print.pdf") });
    }

    [Fact]
    public async Task Results_fit_a_phone_screen_and_pass_axe()
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await OpenAsync(context);
        await CompleteAsync(page, axe: false);
        var wide = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 10)");
        Assert.True(wide.Length == 0, "the results scroll sideways at 375px: " + string.Join(", ", wide));
        await AssertNoAxeViolations(page, "results (375px)");
        if (Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS") is { } dir)
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "planner-phone-results.png"), FullPage = true });
    }

    /// <summary>Writes every step of every priority of the action plan, as a team that finished the planner would.</summary>
    private static async Task FillPlanAsync(IPage page)
    {
        var fields = page.Locator(".planner-priority input[type=text]");
        var texts = new Dictionary<string, string[]>
        {
            ["what"] = ["Agree the lead's weekly hours", "Survey students about help-seeking", "Draft a referral map with the counselor"],
            ["who"] = ["School counselor", "Assistant principal", "Program lead"],
            ["when"] = ["End of September", "October 15", "Before winter break"],
            ["measure"] = ["Hours in the timetable", "Forty answers", "Map shared with staff"],
        };
        for (var i = 0; i < await fields.CountAsync(); i++)
        {
            var field = fields.Nth(i);
            var id = await field.GetAttributeAsync("id") ?? "";
            var kind = id[(id.LastIndexOf('-') + 1)..];
            await field.FillAsync(texts[kind][i / 4 % 3]);
        }
    }

    [Fact]
    public async Task On_a_phone_chart_labels_stay_readable_and_no_table_word_is_broken()
    {
        // Given the results on a 375 x 667 phone screen
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 667 } });
        var page = await OpenAsync(context);
        await CompleteAsync(page, axe: false);

        // Then every chart label and value is drawn at 12 px or more (an SVG's text shrinks with the drawing)
        if (Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS") is { } dir)
            await page.Locator("section[aria-labelledby=planner-readiness]").ScreenshotAsync(new() { Path = Path.Combine(dir, "planner-phone-chart.png") });
        var sizes = await page.EvaluateAsync<double[]>(@"[...document.querySelectorAll('.planner-chart .chart-label, .planner-chart .chart-value')].map(e => {
            const size = parseFloat(getComputedStyle(e).fontSize);
            const m = e instanceof SVGGraphicsElement ? e.getScreenCTM() : null;
            return m ? size * Math.hypot(m.a, m.b) : size; })");
        Assert.Equal(26, sizes.Length);
        Assert.True(sizes.Min() >= 12, $"the smallest chart label is {sizes.Min():0.0} px at 375 px wide");

        // And no word in the readiness table is split over two lines
        var broken = await page.EvaluateAsync<string[]>(@"(() => {
            const out = [];
            for (const cell of document.querySelectorAll('.planner-table th, .planner-table td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const m of node.data.matchAll(/\S+/g)) {
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (tops.size > 1) out.push(m[0] + ' in ' + JSON.stringify(cell.innerText));
                    }
                }
            }
            return out; })()");
        Assert.True(broken.Length == 0, "words broken across lines at 375 px: " + string.Join("; ", broken));
    }

    [Fact]
    public async Task On_a_phone_the_first_question_is_on_the_first_screen()
    {
        // Given a new user on a 375 x 667 phone screen
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 667 } });
        var page = await OpenAsync(context);
        const string documentTop = "e => e.getBoundingClientRect().top + window.scrollY";

        var shots = Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS");
        if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "planner-phone-start.png") });

        var start = await page.Locator(".planner-nav button:last-child").EvaluateAsync<double>(documentTop);
        await NextAsync(page);
        if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "planner-phone-first-question.png"), FullPage = true });
        var question = await page.Locator("fieldset.planner-question").First.EvaluateAsync<double>(documentTop);

        // Then the button that starts the planner is on the first screen
        Assert.True(start < 667 - 44, $"the Start button is {start:0} px down the page, below the first 667 px screen");
        // And after it, the first question and the first line of its text are on the first screen of the page
        Assert.True(question < 667 - 40, $"the first question starts {question:0} px down the page, below the first 667 px screen");
    }

    [Fact]
    public async Task The_printed_plan_is_compact_dated_and_titled()
    {
        // Given a completed planner with every step of the action plan written
        var page = await OpenAsync();
        await CompleteAsync(page, axe: false);
        await FillPlanAsync(page);

        // When it is printed on US Letter
        var pdf = await page.PdfAsync(new() { Format = "Letter" });
        if (Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS") is { } dir)
            await File.WriteAllBytesAsync(Path.Combine(dir, "planner-print-letter.pdf"), pdf);
        var pages = Packs.Pdf.PageTexts(pdf);
        var all = string.Join(" ", pages);

        // Then it takes one or two pages, names the plan and the day it was printed
        Assert.True(Packs.Pdf.PageCount(pdf) <= 2, $"the printed plan runs to {Packs.Pdf.PageCount(pdf)} pages");
        // (the tests run in invariant globalization mode, so the month is named here rather than by an en-US culture)
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        var now = DateTime.Now;
        var today = $"{months[now.Month - 1]} {now.Day}, {now.Year}";
        Assert.Contains("Printed " + today, all);
        Assert.Contains("Peer support program plan", all);
        Assert.Contains("Program lead", all);

        // And page 1 is not left half empty by a forced break: the scores and the plan start on it, and it carries well
        // over half an average page's text
        Assert.Contains("Readiness by section", pages[0]);
        Assert.Contains("Your action plan", pages[0]);
        Assert.True(pages[0].Length >= 0.6 * all.Length / pages.Count,
            $"page 1 holds {pages[0].Length} characters of {all.Length} over {pages.Count} pages");
    }

    [Fact]
    public async Task A_complete_plan_shares_as_a_short_link_that_opens_the_same_plan()
    {
        // Given a completed planner with every step of the action plan written
        var page = await OpenAsync();
        await CompleteAsync(page, axe: false);
        await FillPlanAsync(page);
        var expected = await ResultsText(page);
        // (a link carries what, who and when; the measures and statuses travel in exported files, as the share panel says)
        const string carried = "[...document.querySelectorAll('.planner-priority input[type=text]:not([id$=\"-measure\"])')].map(e => e.value)";
        var plan = await page.EvaluateAsync<string[]>(carried);

        // When it is shared as a link
        await page.ClickAsync("text=Share as a link");
        var link = await page.InputValueAsync("#planner-share-url");
        Assert.Contains("does not carry your saved snapshots", await page.InnerTextAsync(".planner-panel"));

        // Then the link fits a text message, and opens to the same answers and plan in a fresh browser
        Assert.True(link.Length < 1000, $"the share link is {link.Length} characters");
        var fresh = await OpenAsync(url: link);
        Assert.Equal("results", await Step(fresh));
        Assert.Equal(expected, await ResultsText(fresh));
        Assert.Equal(plan, await fresh.EvaluateAsync<string[]>(carried));
        Assert.Equal(PlannerUrl, fresh.Url);
        Assert.DoesNotContain(_server.Requests, r => r.Contains('#', StringComparison.Ordinal) || r.Contains("plan", StringComparison.Ordinal) && r.Contains('=', StringComparison.Ordinal));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task The_planner_works_from_disk()
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(fixture.Site.Dir, "planner", "index.html")).AbsoluteUri);
        await WaitReady(page);
        await NextAsync(page);
        await page.Locator("fieldset.planner-question input[type=radio]").First.CheckAsync();
        Assert.Contains("1 of 50 questions answered", await page.InnerTextAsync(".planner-answered"));
    }
}

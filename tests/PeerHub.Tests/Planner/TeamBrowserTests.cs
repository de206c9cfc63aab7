using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Planner;

/// <summary>
/// The team view (/planner/team/) end to end in Debian's Chromium: three raters answer the planner in their own
/// browser contexts and export; a facilitator in a fourth merges their files, checks medians and flags, records agreed
/// ratings and makes them the planner's assessment. Tests wait on the counters the page sets on &lt;html&gt;
/// (data-team-ready, -added, -applied), never on sleeps. PEERHUB_SCREENSHOTS=dir keeps screenshots and the agenda PDF.
/// </summary>
[Collection("browser")]
public class TeamBrowserTests(BrowserFixture browser, PlannerSiteFixture fixture) : IClassFixture<PlannerSiteFixture>, IDisposable
{
    private readonly StaticSiteServer _server = new(fixture.Site.Dir, "/peerhub/");
    private readonly List<string> _outside = [];
    private readonly List<string> _temp = [];
    private string PlannerUrl => _server.BaseUrl + "planner/";
    private string TeamUrl => _server.BaseUrl + "planner/team/";
    private static readonly string? Shots = Environment.GetEnvironmentVariable("PEERHUB_SCREENSHOTS");

    public void Dispose()
    {
        _server.Dispose();
        foreach (var file in _temp) File.Delete(file);
    }

    /// <summary>The planner data the build wrote: sections, each with its questions and their option ids.</summary>
    private JsonNode Data => JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Site.Dir, "planner", "planner-data.json")))!;

    private IEnumerable<JsonNode> RatedQuestions => Data["sections"]!.AsArray()
        .Where(s => (string?)s!["group"] != "profile").SelectMany(s => s!["questions"]!.AsArray()).Where(q => (bool)q!["rated"]!)!;

    private async Task<IPage> OpenAsync(string url, IBrowserContext? context = null, int width = 1280)
    {
        context ??= await browser.Browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = width, Height = 900 } });
        context.Request += (_, r) => { if (!r.Url.StartsWith(_server.Origin + "/", StringComparison.Ordinal) && !r.Url.StartsWith("blob:")) _outside.Add(r.Url); };
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    private Task<IPage> OpenTeamAsync(IBrowserContext? context = null, int width = 1280) => OpenTeamAtAsync(TeamUrl, context, width);

    private async Task<IPage> OpenTeamAtAsync(string url, IBrowserContext? context, int width)
    {
        var page = await OpenAsync(url, context, width);
        await page.WaitForSelectorAsync("html[data-team-ready=true]", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    private static async Task AssertNoAxeViolations(IPage page, string where)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var found = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"));
        Assert.True(result.Violations.Length == 0, $"axe found violations at {where}:\n{found}");
    }

    private static async Task Shot(IPage page, string name)
    {
        if (Shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
    }

    /// <summary>Waits until the page has finished `count` add operations (files or links).</summary>
    private static Task<IElementHandle?> WaitAdded(IPage page, int count) =>
        page.WaitForSelectorAsync($"html[data-team-added='{count}']", new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// One rater's pick for the n-th rated question, as the option's position: 0-3 are the scale's points, 4 is
    /// "I don't know". The three raters differ by up to three points, so some questions are flagged and some not.
    /// </summary>
    private static int Pick(int rater, int n) => rater switch
    {
        0 => n % 4,
        1 => (n / 2) % 4,
        _ => n % 5 == 4 ? 4 : (n + 1) % 3,
    };

    /// <summary>Answers every step of the planner through its radio buttons and returns the answers by question id.</summary>
    private static async Task<Dictionary<string, int>> AnswerPlannerAsync(IPage page, int rater)
    {
        await page.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });
        var picks = new Dictionary<string, int>();
        var n = 0;
        while (await page.EvaluateAsync<string>("document.documentElement.dataset.plannerStep") != "results")
        {
            var before = await page.EvaluateAsync<string>("document.documentElement.dataset.plannerStep");
            await page.ClickAsync(".planner-nav button:last-child");
            await page.WaitForFunctionAsync("s => document.documentElement.dataset.plannerStep !== s", before);
            var step = await page.EvaluateAsync<string>("document.documentElement.dataset.plannerStep");
            var questions = page.Locator("fieldset.planner-question");
            for (var i = 0; i < await questions.CountAsync(); i++)
            {
                var radios = questions.Nth(i).Locator("input[type=radio]");
                var id = (await radios.First.GetAttributeAsync("name"))!["q-".Length..];
                // The profile: the same school for all three, except that the third rater names another need.
                var pick = step == "school" ? i switch { 0 => rater == 2 ? 1 : 0, 1 => 2, 3 => 1, 5 => 2, _ => 0 } : Pick(rater, n++);
                await radios.Nth(pick).CheckAsync();
                picks[id] = pick;
            }
        }
        return picks;
    }

    /// <summary>Exports as a rater does: the export step asks for a role label (optional), then downloads the file.</summary>
    private async Task<string> ExportAsync(IPage page, string? label = null)
    {
        await page.ClickAsync("text=Export answers");
        if (label is not null) await page.FillAsync("#planner-rater", label);
        var download = await page.RunAndWaitForDownloadAsync(() => PlannerBrowserTests.ClickButton(page, "Download the file"));
        // The file is named by the role, so a facilitator's downloads tell the raters apart.
        Assert.Matches(label is null ? @"^peerhub-plan-\d{4}-\d\d-\d\d\.json$" : @"^peerhub-plan-assistant-principal-\d{4}-\d\d-\d\d\.json$", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"peerhub-team-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        _temp.Add(file);
        return file;
    }

    private static string Median(List<int> scores)
    {
        var sorted = scores.Order().ToList();
        var mid = sorted.Count / 2;
        var value = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Three_raters_export_a_facilitator_merges_agrees_and_the_planner_shows_the_team_assessment()
    {
        // Three members each rate alone in their own browser and export.
        var files = new List<string>();
        var answers = new List<Dictionary<string, int>>();
        for (var rater = 0; rater < 3; rater++)
        {
            var page = await OpenAsync(PlannerUrl);
            answers.Add(await AnswerPlannerAsync(page, rater));
            // The second rater gives a role; the others leave the label empty.
            files.Add(await ExportAsync(page, rater == 1 ? "Assistant principal" : null));
            await page.Context.CloseAsync();
        }

        // The facilitator has already rated one question in their own planner, so using the team's ratings must ask first.
        var facilitator = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var planner = await OpenAsync(PlannerUrl, facilitator);
        await planner.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });
        await planner.ClickAsync(".planner-nav button:last-child");
        await planner.ClickAsync(".planner-nav button:last-child");
        await planner.WaitForFunctionAsync("() => document.documentElement.dataset.plannerStep === 'why'");
        await planner.Locator("fieldset.planner-question input[type=radio]").First.CheckAsync();
        // The planner's start step links to the team view.
        await planner.ClickAsync(".planner-nav button:first-child");
        await planner.ClickAsync(".planner-nav button:first-child");
        await planner.WaitForFunctionAsync("() => document.documentElement.dataset.plannerStep === 'start'");
        await planner.ClickAsync(".planner-team-link a");
        await planner.WaitForSelectorAsync("html[data-team-ready=true]", new() { State = WaitForSelectorState.Attached });
        var team = planner;
        Assert.EndsWith("/peerhub/planner/team/", team.Url);
        Assert.Contains("never by name", await team.InnerTextAsync(".planner-privacy"));
        await AssertNoAxeViolations(team, "the empty team view");

        // All three files at once.
        await team.SetInputFilesAsync("#team-files", files);
        await WaitAdded(team, 1);
        Assert.Contains("3 raters were added", await team.InnerTextAsync("#team-status"));
        // Raters without a label are lettered in turn.
        Assert.Equal(new[] { "Rater A", "Assistant principal", "Rater B" }, await team.Locator(".team-member input").EvaluateAllAsync<string[]>("els => els.map(e => e.value)"));

        // Every rated question shows each rating, the median, spread, "I don't know" count, and a flag at 2 points or more.
        var rated = RatedQuestions.ToList();
        var flaggedIds = new List<string>();
        foreach (var question in rated)
        {
            var id = (string)question["id"]!;
            var picks = answers.Select(a => a[id]).ToList();
            var scores = picks.Where(p => p < 4).ToList();
            var row = team.Locator($".team-ratings tr[data-question='{id}']");
            Assert.Equal(scores.Count == 0 ? "\u2013" : Median(scores), (await row.Locator(".team-median").InnerTextAsync()).Trim());
            Assert.Equal(scores.Count == 0 ? "\u2013" : (scores.Max() - scores.Min()).ToString(CultureInfo.InvariantCulture), (await row.Locator(".team-spread").InnerTextAsync()).Trim());
            Assert.Equal(picks.Count(p => p == 4).ToString(CultureInfo.InvariantCulture), (await row.Locator(".team-unknown").InnerTextAsync()).Trim());
            var flagged = scores.Count > 0 && scores.Max() - scores.Min() >= 2;
            Assert.True(flagged == (await row.GetAttributeAsync("class") ?? "").Contains("team-flagged"), $"{id}: flag should be {flagged}");
            Assert.Equal(flagged, (await row.Locator(".team-flag").InnerTextAsync()).StartsWith("Flagged", StringComparison.Ordinal));
            if (flagged) flaggedIds.Add(id);
            var label = question["options"]![picks[0]]!["label"]!.ToString();
            Assert.Contains(label, await row.Locator("td >> nth=0").InnerTextAsync());
        }
        Assert.NotEmpty(flaggedIds);
        Assert.True(flaggedIds.Count < rated.Count, "some questions should not be flagged");
        Assert.Contains($"{flaggedIds.Count} questions are flagged", await team.InnerTextAsync(".team-flag-count"));

        // The agenda: flagged questions first, in planner order, and minutes adding up to the meeting's length.
        foreach (var length in new[] { 45, 60 })
        {
            await team.CheckAsync($"#team-length-{length}");
            var minutes = await team.Locator(".team-agenda-minutes").AllInnerTextsAsync();
            Assert.Equal(length, minutes.Sum(m => int.Parse(m.Split(' ')[0], CultureInfo.InvariantCulture)));
            Assert.Contains($"Total: {length} minutes", await team.InnerTextAsync(".team-agenda-total"));
            // A team this far apart is told how many flagged questions would get under two minutes each.
            if (await team.IsVisibleAsync(".team-agenda-crowded"))
                Assert.StartsWith($"{flaggedIds.Count} flagged questions leave under two minutes", await team.InnerTextAsync(".team-agenda-crowded"));
        }
        var items = await team.Locator(".team-agenda-list > li").EvaluateAllAsync<string[]>("els => els.map(e => e.className)");
        Assert.Equal("team-agenda-opening", items[0]);
        Assert.Equal("team-agenda-closing", items[^1]);
        var firstSection = Array.IndexOf(items, "team-agenda-section");
        Assert.True(items.Skip(1).Take(firstSection - 1).All(c => c == "team-agenda-flagged"), string.Join(",", items));
        Assert.DoesNotContain("team-agenda-flagged", items.Skip(firstSection));
        var firstFlagged = rated.First(q => (string)q["id"]! == flaggedIds[0])["text"]!.ToString();
        Assert.Contains(firstFlagged, await team.InnerTextAsync(".team-agenda-list > li >> nth=1"));
        await AssertNoAxeViolations(team, "three raters merged");
        await Shot(team, "team-merged");

        // A facilitator renames a label (by role), which the table follows.
        await team.FillAsync("#team-label-1", "Counselor");
        await team.PressAsync("#team-label-1", "Tab");
        await team.WaitForFunctionAsync("() => [...document.querySelectorAll('.team-table th')].some(th => th.textContent === 'Counselor')");

        // Agreed ratings: every suggestion taken, one flagged question changed, and one profile answer.
        await team.ClickAsync("text=Use the suggestion wherever nothing is agreed yet");
        Assert.Contains("suggestions were used", await team.InnerTextAsync("#team-status"));
        var changed = flaggedIds[0];
        await team.SelectOptionAsync($"#agreed-{changed}", "close");
        await team.SelectOptionAsync("#agreed-need", "stigma");
        var agreed = await team.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries([...document.querySelectorAll('select[data-question]')].filter(s => s.value).map(s => [s.dataset.question, s.value]))");
        Assert.Equal("close", agreed[changed]);
        Assert.Equal("stigma", agreed["need"]);

        // A reload loses nothing.
        await team.ReloadAsync();
        await team.WaitForSelectorAsync("html[data-team-ready=true]", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("Counselor", await team.InputValueAsync("#team-label-1"));
        Assert.Equal("close", await team.InputValueAsync($"#agreed-{changed}"));
        Assert.Equal("60", await team.EvaluateAsync<string>("document.querySelector('input[name=team-length]:checked').value"));

        // Using them as the team's assessment asks first, because this browser's planner already has a rating.
        var plannerBefore = await team.EvaluateAsync<string>("localStorage.getItem('peerhub.planner')");
        await team.ClickAsync("text=Use as our team's assessment");
        Assert.Contains("already has ratings", await team.InnerTextAsync(".planner-panel"));
        await AssertNoAxeViolations(team, "the overwrite question");
        await team.ClickAsync("text=Cancel");
        await team.WaitForSelectorAsync("html[data-team-applied='1']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(plannerBefore, await team.EvaluateAsync<string>("localStorage.getItem('peerhub.planner')"));
        await team.ClickAsync("text=Use as our team's assessment");
        await team.ClickAsync("text=Yes, replace the ratings");
        await team.WaitForSelectorAsync("html[data-team-applied='2']", new() { State = WaitForSelectorState.Attached });
        Assert.Contains("now the planner's assessment", await team.InnerTextAsync("#team-status"));
        await AssertNoAxeViolations(team, "the team's assessment saved");
        await Shot(team, "team-applied");

        // The planner's results now show the agreed answers, and nothing else of its state was lost.
        await team.ClickAsync("text=See the results in the planner");
        await team.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("results", await team.EvaluateAsync<string>("document.documentElement.dataset.plannerStep"));
        var stored = JsonNode.Parse(await team.EvaluateAsync<string>("localStorage.getItem('peerhub.planner')"))!;
        var storedAnswers = stored["answers"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.ToString());
        Assert.Equal(agreed.OrderBy(kv => kv.Key), storedAnswers.OrderBy(kv => kv.Key));
        var points = 0;
        var possible = 0;
        foreach (var (id, option) in agreed)
        {
            var question = rated.FirstOrDefault(q => (string)q["id"]! == id);
            var score = question?["options"]!.AsArray().First(o => (string)o!["id"]! == option)!["score"];
            if (score is null) continue;
            points += (int)score;
            possible += 3;
        }
        var percent = (int)Math.Round(100.0 * points / possible, MidpointRounding.AwayFromZero);
        Assert.Contains($"Overall readiness: {percent}%", await team.InnerTextAsync(".planner-overall"));
        Assert.Contains("team view", await team.InnerTextAsync(".planner-team-link"));
        await AssertNoAxeViolations(team, "the planner's results with the team's assessment");

        // Over the year: the agreed assessment is saved as a snapshot; months later the team rates staffing again,
        // saves again and compares the two, then prints the plan.
        await PlannerBrowserTests.SnapshotAsync(team, "After the team meeting");
        await AssertNoAxeViolations(team, "the team's first snapshot");
        var staffingIds = Data["sections"]!.AsArray().First(sec => (string)sec!["id"]! == "staffing")!["questions"]!.AsArray().Select(q => (string)q!["id"]!).ToList();
        var allClose = staffingIds.All(id => agreed.GetValueOrDefault(id) == "close");
        await PlannerBrowserTests.RateStepAsync(team, "Staffing", allClose ? 0 : 3);
        await PlannerBrowserTests.GoToAsync(team, "Results and action plan");
        await PlannerBrowserTests.SnapshotAsync(team, "Spring");
        var choices = await team.Locator("#planner-compare-from option").AllInnerTextsAsync();
        Assert.EndsWith("(After the team meeting)", choices[0]);
        await team.SelectOptionAsync("#planner-compare-from", new SelectOptionValue { Index = 0 });
        await team.SelectOptionAsync("#planner-compare-to", new SelectOptionValue { Index = 1 });
        Assert.Contains(allClose ? "Went down: Staffing." : "Went up: Staffing.", await team.InnerTextAsync("#planner-comparison"));
        await AssertNoAxeViolations(team, "two snapshots compared");
        await Shot(team, "team-year-compared");

        var pdf = await team.PdfAsync(new() { Format = "Letter" });
        Assert.InRange(Packs.Pdf.PageCount(pdf), 1, 2);
        var printed = string.Join(" ", Packs.Pdf.PageTexts(pdf));
        // Spring holds today's answers, so the printed changes run from the snapshot before it.
        foreach (var expected in new[] { "Readiness by section", "Changes since", "(After the team meeting)", allClose ? "Went down: Staffing (" : "Went up: Staffing (+", "Recommended program models" })
            Assert.Contains(expected, printed);
        Assert.Empty(_outside);
    }

    /// <summary>A planner export of the given answers (question id to option id), as the planner writes one.</summary>
    private string ExportFile(string name, Dictionary<string, string> answers, int schema = 2, string? rater = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"peerhub-team-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, name);
        object body = schema == 1
            ? new { format = "peerhub-planner", version = 1, answers = answers.Select(kv => new[] { kv.Key, kv.Value }).ToArray(), stepIndex = 2 }
            : rater is null
                ? new { format = "peerhub-planner", schema, exported = DateTime.UtcNow.ToString("o"), answers, step = "results", priorities = (string[]?)null, plan = new { } }
                : new { format = "peerhub-planner", schema, exported = DateTime.UtcNow.ToString("o"), answers, step = "results", priorities = (string[]?)null, plan = new { }, rater };
        File.WriteAllText(file, JsonSerializer.Serialize(body));
        _temp.Add(file);
        return file;
    }

    /// <summary>
    /// Ratings as a team often gives them: variant 0 goes round the scale; variant 1 is two points higher or lower on
    /// every third question (flagged) and the same elsewhere; variant 2 says "I don't know" to every fifth.
    /// </summary>
    private Dictionary<string, string> SomeAnswers(int variant) =>
        RatedQuestions.Select((q, i) =>
        {
            var pick = variant switch { 1 when i % 3 == 0 => (i % 4 + 2) % 4, 2 when i % 5 == 0 => 4, 4 => (i + 3) % 5, _ => i % 4 };
            return (Id: (string)q["id"]!, Option: (string)q["options"]![pick]!["id"]!);
        }).ToDictionary(x => x.Id, x => x.Option);

    [Fact]
    public async Task A_foreign_or_duplicate_file_gets_a_message_naming_it_and_changes_nothing()
    {
        var team = await OpenTeamAsync();
        var old = ExportFile("old-planner.json", SomeAnswers(0), schema: 1);
        var labelled = ExportFile("counselor.json", SomeAnswers(1), rater: "Counselor");
        await team.SetInputFilesAsync("#team-files", new[] { old, labelled });
        await WaitAdded(team, 1);
        Assert.Equal(new[] { "Rater A", "Counselor" }, await team.Locator(".team-member input").EvaluateAllAsync<string[]>("els => els.map(e => e.value)"));
        var session = await team.EvaluateAsync<string>("localStorage.getItem('peerhub.planner.team')");
        var table = await team.InnerTextAsync(".team-ratings");

        await team.SetInputFilesAsync("#team-files", new FilePayload { Name = "other.json", MimeType = "application/json", Buffer = "{\"not\": \"a plan\"}"u8.ToArray() });
        await WaitAdded(team, 2);
        var alert = await team.InnerTextAsync("#team-alert");
        Assert.Contains("other.json was not added.", alert);
        Assert.Contains("not a PeerHub planner export", alert);
        Assert.Contains("Nothing was changed.", alert);
        Assert.Equal(session, await team.EvaluateAsync<string>("localStorage.getItem('peerhub.planner.team')"));
        Assert.Equal(table, await team.InnerTextAsync(".team-ratings"));
        await AssertNoAxeViolations(team, "a foreign file refused");

        await team.SetInputFilesAsync("#team-files", labelled);
        await WaitAdded(team, 3);
        Assert.Contains("counselor.json was not added: it is the same file or link as Counselor's", await team.InnerTextAsync("#team-alert"));
        Assert.Equal(session, await team.EvaluateAsync<string>("localStorage.getItem('peerhub.planner.team')"));

        // A damaged link among good ones: the good one is added, the bad one named.
        var share = await OpenAsync(PlannerUrl);
        await share.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });
        await share.EvaluateAsync("a => localStorage.setItem('peerhub.planner', JSON.stringify({ schema: 2, answers: a, step: 'results', priorities: null, plan: {} }))", SomeAnswers(4));
        await share.ReloadAsync();
        await share.WaitForSelectorAsync("html[data-planner-ready=true]", new() { State = WaitForSelectorState.Attached });
        await share.ClickAsync("text=Share as a link");
        var link = await share.InputValueAsync("#planner-share-url");
        await team.FillAsync("#team-links", PlannerUrl + "#p=3.zz\n" + link);
        await team.ClickAsync("text=Add links");
        await WaitAdded(team, 4);
        Assert.Contains("The link on line 1 was not added.", await team.InnerTextAsync("#team-alert"));
        Assert.Contains("1 rater was added", await team.InnerTextAsync("#team-status"));
        Assert.Equal(3, await team.Locator(".team-member").CountAsync());
    }

    [Fact]
    public async Task Start_over_asks_first_then_clears_the_session_but_not_the_planner()
    {
        var team = await OpenTeamAsync();
        await team.EvaluateAsync("localStorage.setItem('peerhub.planner', '{\"schema\":2,\"answers\":{},\"step\":\"start\",\"priorities\":null,\"plan\":{}}')");
        await team.SetInputFilesAsync("#team-files", ExportFile("a.json", SomeAnswers(0)));
        await WaitAdded(team, 1);
        await team.ClickAsync("text=Start over");
        await team.ClickAsync(".planner-panel >> text=Cancel");
        Assert.Equal(1, await team.Locator(".team-member").CountAsync());
        await team.ClickAsync("text=Start over");
        await team.ClickAsync("text=Yes, start over");
        Assert.Equal(0, await team.Locator(".team-member").CountAsync());
        Assert.True(await team.IsHiddenAsync(".team-ratings"));
        Assert.Null(await team.EvaluateAsync<string?>("localStorage.getItem('peerhub.planner.team')"));
        Assert.NotNull(await team.EvaluateAsync<string?>("localStorage.getItem('peerhub.planner')"));
    }

    [Fact]
    public async Task On_a_phone_the_page_does_not_scroll_sideways_and_passes_axe_and_the_agenda_prints_alone()
    {
        var team = await OpenTeamAsync(width: 375);
        await team.SetInputFilesAsync("#team-files", new[] { ExportFile("a.json", SomeAnswers(0)), ExportFile("b.json", SomeAnswers(1)), ExportFile("c.json", SomeAnswers(2)) });
        await WaitAdded(team, 1);
        var overflow = await team.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the team view scrolls sideways by {overflow}px at 375px");
        // Tables scroll in their own box, which keyboard users can reach.
        Assert.Equal("0", await team.GetAttributeAsync(".team-table-wrap >> nth=0", "tabindex"));
        await AssertNoAxeViolations(team, "the team view at 375px");
        await Shot(team, "team-375");

        await team.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".team-add", ".team-ratings", ".team-agreed", ".team-length", ".team-print-button", ".site-header" })
            Assert.False(await team.IsVisibleAsync(hidden), $"{hidden} should not print");
        Assert.True(await team.IsVisibleAsync(".team-agenda-list"));
        Assert.True(await team.IsVisibleAsync(".team-print-title"));
        var pdf = await team.PdfAsync(new() { Format = "Letter" });
        if (Shots is not null) await File.WriteAllBytesAsync(Path.Combine(Shots, "team-agenda.pdf"), pdf);
        Assert.True(Packs.Pdf.PageCount(pdf) <= 2, $"the agenda prints on {Packs.Pdf.PageCount(pdf)} pages");
        var text = string.Join("\n", Packs.Pdf.PageTexts(pdf));
        Assert.Contains("Consensus meeting agenda", text);
        Assert.Contains("Total: 60 minutes", text);
    }

    [Fact]
    public async Task When_the_browser_refuses_storage_the_page_says_so_and_keeps_working_in_memory()
    {
        var context = await browser.Browser.NewContextAsync();
        await context.AddInitScriptAsync("Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };");
        var team = await OpenTeamAsync(context);
        Assert.Contains("not letting the team view save", await team.InnerTextAsync(".planner-warning"));
        await team.SetInputFilesAsync("#team-files", new[] { ExportFile("a.json", SomeAnswers(0)), ExportFile("b.json", SomeAnswers(1)) });
        await WaitAdded(team, 1);
        Assert.Equal(2, await team.Locator(".team-member").CountAsync());
        await team.SelectOptionAsync("select[data-question] >> nth=0", new[] { "close" });
        Assert.Contains("1 of", await team.InnerTextAsync(".team-agreed-count"));
        await team.ClickAsync("text=Use as our team's assessment");
        await team.WaitForSelectorAsync("html[data-team-applied='1']", new() { State = WaitForSelectorState.Attached });
        Assert.Contains("could not be saved", await team.InnerTextAsync("#team-alert"));
        await AssertNoAxeViolations(team, "storage refused");
    }

    [Fact]
    public async Task The_team_view_works_from_disk()
    {
        // Pages opened from disk cannot load modules: team-boot.js loads team.bundle.js instead.
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(fixture.Site.Dir, "planner", "team", "index.html")).AbsoluteUri);
        await page.WaitForSelectorAsync("html[data-team-ready=true]", new() { State = WaitForSelectorState.Attached });
        await page.SetInputFilesAsync("#team-files", ExportFile("a.json", SomeAnswers(0)));
        await WaitAdded(page, 1);
        Assert.Equal(1, await page.Locator(".team-member").CountAsync());
        Assert.True(await page.Locator(".team-table").First.IsVisibleAsync());
    }

    [Fact]
    public async Task Agreed_ratings_and_labels_work_by_keyboard()
    {
        var team = await OpenTeamAsync();
        await team.SetInputFilesAsync("#team-files", new[] { ExportFile("a.json", SomeAnswers(0)), ExportFile("b.json", SomeAnswers(1)) });
        await WaitAdded(team, 1);
        var first = await team.GetAttributeAsync("select[data-question] >> nth=0", "data-question");

        // Tab from the select reaches its suggestion button; Enter takes the suggestion.
        await team.FocusAsync($"#agreed-{first}");
        await team.Keyboard.PressAsync("Tab");
        Assert.Contains("team-suggest", await team.EvaluateAsync<string>("document.activeElement.className"));
        await team.Keyboard.PressAsync("Enter");
        Assert.NotEqual("", await team.InputValueAsync($"#agreed-{first}"));
        Assert.Contains("1 of", await team.InnerTextAsync(".team-agreed-count"));

        // Arrow keys change the select itself.
        var before = await team.InputValueAsync($"#agreed-{first}");
        await team.FocusAsync($"#agreed-{first}");
        await team.Keyboard.PressAsync("ArrowDown");
        Assert.NotEqual(before, await team.InputValueAsync($"#agreed-{first}"));
        var stored = await team.EvaluateAsync<string>("localStorage.getItem('peerhub.planner.team')");
        Assert.Contains(await team.InputValueAsync($"#agreed-{first}"), stored);

        // A label is typed and confirmed with Tab; an empty one is refused and the old label comes back.
        await team.FocusAsync("#team-label-0");
        await team.Keyboard.PressAsync("Control+A");
        await team.Keyboard.TypeAsync("Principal");
        await team.Keyboard.PressAsync("Tab");
        Assert.Equal("Remove Principal", await team.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await team.FocusAsync("#team-label-1");
        await team.Keyboard.PressAsync("Control+A");
        await team.Keyboard.PressAsync("Backspace");
        await team.Keyboard.PressAsync("Tab");
        Assert.Equal("Rater B", await team.InputValueAsync("#team-label-1"));
        Assert.Contains("label of their own", await team.InnerTextAsync("#team-alert"));
    }

    [Fact]
    public async Task A_damaged_saved_session_is_reported_and_set_aside()
    {
        var context = await browser.Browser.NewContextAsync();
        await context.AddInitScriptAsync("if (!sessionStorage.getItem('seeded')) { localStorage.setItem('peerhub.planner.team', '{\"schema\": 1, \"members\": ['); sessionStorage.setItem('seeded', '1'); }");
        var team = await OpenTeamAsync(context);
        Assert.Contains("could not be read", await team.InnerTextAsync("#team-alert"));
        var aside = await team.EvaluateAsync<string[]>("Object.keys(localStorage).filter(k => k.startsWith('peerhub.planner.team.unreadable.'))");
        Assert.Equal("{\"schema\": 1, \"members\": [", await team.EvaluateAsync<string>("k => localStorage.getItem(k)", Assert.Single(aside)));
        Assert.Null(await team.EvaluateAsync<string?>("localStorage.getItem('peerhub.planner.team')"));
        await AssertNoAxeViolations(team, "a damaged session");
    }
}

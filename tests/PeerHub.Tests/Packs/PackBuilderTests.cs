using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>The pack builder at /packs/: filter, choose, reorder by keyboard, print, and share the choice as a link.</summary>
[Collection("browser")]
public sealed class PackBuilderTests(BrowserFixture browser) : IDisposable
{
    private readonly BuiltSite _site = new(PackSites.Fixture().Input());

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Choosing_three_scenarios_reordering_and_printing_gives_a_pack_in_that_order()
    {
        using var server = new StaticSiteServer(_site.Dir);
        var outside = new List<string>();
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/", waitForBuilder: true);
        page.Request += (_, r) => { if (!r.Url.StartsWith(server.Origin, StringComparison.Ordinal)) outside.Add(r.Url); };

        await page.ClickAsync("[data-toggle='exam-stress']");
        await page.ClickAsync("[data-toggle='a-worrying-disclosure']");
        await page.ClickAsync("[data-toggle='new-student-lunch']");
        await page.WaitForSelectorAsync("[data-builder-output][data-slugs='exam-stress,a-worrying-disclosure,new-student-lunch']", new() { State = WaitForSelectorState.Attached });

        // Keyboard: focus "Move up" on the last item and press Enter; focus stays on the moved item.
        await page.FocusAsync("[data-builder-selection] li[data-slug='new-student-lunch'] [data-move='up']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("[data-builder-output][data-slugs='exam-stress,new-student-lunch,a-worrying-disclosure']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("up", await page.EvaluateAsync<string>("document.activeElement.dataset.move"));
        await Assertions.Expect(page.Locator("[data-builder-status]")).ToHaveTextAsync("New student at lunch moved to position 2 of 3.");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("[data-builder-output][data-slugs='new-student-lunch,exam-stress,a-worrying-disclosure']", new() { State = WaitForSelectorState.Attached });
        // At the top "Move up" is disabled, so the keyboard lands on "Move down" of the same item.
        Assert.Equal("down", await page.EvaluateAsync<string>("document.activeElement.dataset.move"));

        await page.ClickAsync("[data-builder-print]");
        Assert.Equal(1, await page.EvaluateAsync<int>("window.__printCalls"));

        foreach (var paper in Paper.Both)
        {
            var (problems, texts, sheets) = await PrintCheck.CheckAsync(page, paper);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            // Four roles fit one sheet of four cards: cover, contents, then a guide and a card sheet per scenario.
            Assert.Equal(["cover", "contents", "guide", "cards", "guide", "cards", "guide", "cards"], sheets.Select(s => s.Kind));
            Assert.Contains("Custom role-play pack", texts[0]);
            Assert.Contains("Scenarios 3", texts[0]);
            Assert.Contains("Total time 1 hour 5 minutes", texts[0]);
            Assert.Contains("1. New student at lunch", texts[1]);
            Assert.Contains("Scenario 1 of 3: New student at lunch", texts[2]);
            Assert.Contains("Watch for the buddy pushing too hard.", texts[2]);
            Assert.Contains("You want to go and play football.", texts[3]);
            Assert.Contains("Scenario 2 of 3: Exam stress", texts[4]);
            Assert.Contains("Scenario 3 of 3: A worrying disclosure", texts[6]);
            Assert.Contains("Walk with Alex to the school counselor now.", texts[6]);
            Assert.Contains("You have been struggling.", texts[7]);
        }
        Assert.Empty(outside);
    }

    [Fact]
    public async Task The_share_link_restores_the_selection_and_its_order()
    {
        using var server = new StaticSiteServer(_site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/", waitForBuilder: true);
        await page.ClickAsync("[data-toggle='a-worrying-disclosure']");
        await page.ClickAsync("[data-toggle='exam-stress']");
        await page.WaitForSelectorAsync("[data-builder-output][data-slugs='a-worrying-disclosure,exam-stress']", new() { State = WaitForSelectorState.Attached });
        var link = await page.InputValueAsync("[data-builder-link]");
        Assert.EndsWith("/peerhub/packs/?s=a-worrying-disclosure,exam-stress", link);

        var shared = await PackBrowser.OpenAsync(browser, link, waitForBuilder: true);
        Assert.Equal("a-worrying-disclosure,exam-stress", await shared.GetAttributeAsync("[data-builder-output]", "data-slugs"));
        Assert.Equal(["A worrying disclosure", "Exam stress"], await shared.Locator("[data-builder-selection] .item-title").AllInnerTextsAsync());
        await Assertions.Expect(shared.Locator("[data-builder-status]")).ToContainTextAsync("Opened a shared pack of 2 scenarios.");

        // The fragment form works too, and a scenario that no longer exists is dropped with a note.
        var fragment = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/#s=exam-stress,gone-scenario", waitForBuilder: true);
        Assert.Equal("exam-stress", await fragment.GetAttributeAsync("[data-builder-output]", "data-slugs"));
        await Assertions.Expect(fragment.Locator("[data-builder-status]")).ToContainTextAsync("1 scenario in the link is no longer in the library.");
    }

    [Fact]
    public async Task Filters_narrow_the_library_by_model_skill_difficulty_minutes_and_escalation()
    {
        using var server = new StaticSiteServer(_site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/", waitForBuilder: true);
        var results = page.Locator("[data-builder-results] li[data-slug]");
        await Assertions.Expect(results).ToHaveCountAsync(3);

        await page.SelectOptionAsync("#filter-escalation", "yes");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        Assert.Equal("a-worrying-disclosure", await results.First.GetAttributeAsync("data-slug"));
        await page.SelectOptionAsync("#filter-escalation", "");

        await page.SelectOptionAsync("#filter-model", "wellness-peers");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#filter-model", "");

        await page.SelectOptionAsync("#filter-minutes", "20");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        await page.SelectOptionAsync("#filter-difficulty", "introductory");
        await page.SelectOptionAsync("#filter-skill", "empathy");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        await page.SelectOptionAsync("#filter-skill", "inclusion");
        await Assertions.Expect(results).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Builder_with_a_pack_chosen_has_no_accessibility_violations()
    {
        using var server = new StaticSiteServer(_site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/?s=exam-stress,a-worrying-disclosure", waitForBuilder: true);
        await PackBrowser.AssertNoAxeViolationsAsync(page);
    }
}

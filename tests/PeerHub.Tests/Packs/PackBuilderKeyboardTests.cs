using Microsoft.Playwright;
using PeerHub.Tests.Quality;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>
/// The real hub's pack builder lists every scenario before "Your pack": a keyboard user gets there in a few key
/// presses, by the skip link at the top of the page or by the link after a scenario they added, and back again.
/// </summary>
[Collection("browser")]
public sealed class PackBuilderKeyboardTests(BrowserFixture browser, RealHubSite hub) : IClassFixture<RealHubSite>
{
    private const string InYourPack = "document.activeElement.closest('#your-pack') !== null";
    private const string FocusedText = "document.activeElement.textContent.replace(/\\s+/g, ' ').trim()";

    /// <summary>Presses Tab until the focused element's text starts with <paramref name="text"/>, at most <paramref name="presses"/> times.</summary>
    private static async Task<int> TabToAsync(IPage page, string text, int presses)
    {
        for (var i = 1; i <= presses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if ((await page.EvaluateAsync<string>(FocusedText)).StartsWith(text, StringComparison.Ordinal)) return i;
        }
        Assert.Fail($"{presses} Tab presses did not reach \"{text}\"; focus is on \"{await page.EvaluateAsync<string>(FocusedText)}\"");
        return -1;
    }

    [Fact]
    public async Task From_page_load_a_few_Tab_presses_reach_a_link_that_moves_focus_into_your_pack()
    {
        using var server = new StaticSiteServer(hub.Site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/?s=exam-stress-before-finals,first-check-in-with-a-new-mentee", waitForBuilder: true);

        // Given a fresh page, when Tab is pressed a few times, a skip link saying how many are chosen is reached
        var presses = await TabToAsync(page, "Skip to your pack", 3);
        Assert.Equal("Skip to your pack (2 chosen)", await page.EvaluateAsync<string>(FocusedText));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"), "the skip link shows when focused");

        // and Enter takes focus into "Your pack", leaving the shared pack's address as it was
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>(InYourPack), $"focus after the skip link ({presses} Tabs): {await page.EvaluateAsync<string>(FocusedText)}");
        Assert.EndsWith("packs/?s=exam-stress-before-finals,first-check-in-with-a-new-mentee", page.Url);
        // The next Tab is on the pack's first control ("Move up" of the first is disabled), not 70 presses away.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("down", await page.EvaluateAsync<string>("document.activeElement.dataset.move ?? ''"));

        // "Back to the scenarios" returns to the list.
        await page.FocusAsync("[data-builder-back]");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("results-heading", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task After_adding_a_scenario_the_next_Tab_reaches_a_link_into_your_pack()
    {
        using var server = new StaticSiteServer(hub.Site.Dir);
        var page = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/", waitForBuilder: true);

        // Given the keyboard on a scenario's "Add to pack", when it is pressed
        await page.FocusAsync("[data-toggle='friendship-group-fallout']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("[data-builder-output][data-slugs='friendship-group-fallout']", new() { State = WaitForSelectorState.Attached });

        // Then focus stays on its button, the next Tab is a link to the pack, and it moves focus there
        Assert.Equal("friendship-group-fallout", await page.EvaluateAsync<string>("document.activeElement.dataset.toggle"));
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("Go to your pack (1 chosen)", await page.EvaluateAsync<string>(FocusedText));
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>(InYourPack));
        Assert.Equal("Skip to your pack (1 chosen)", await page.Locator("[data-builder-skip]").TextContentAsync());
    }
}

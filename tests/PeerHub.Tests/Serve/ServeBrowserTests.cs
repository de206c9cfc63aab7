using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace PeerHub.Tests.Serve;

[Collection("browser")]
public class ServeBrowserTests(BrowserFixture browser)
{
    private const string Ready = "html[data-peerhub-live=ready]";

    [Fact]
    public async Task An_open_page_reloads_after_an_edit_shows_an_error_overlay_and_clears_it_when_fixed()
    {
        await using var site = await ServedSite.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        var problems = new List<string>();
        // The theme has no favicon, so Chromium's own request for /favicon.ico gets a 404, as on any host.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Location.Contains("/favicon.ico")) problems.Add($"{m.Text} ({m.Location})"); };
        page.PageError += (_, e) => problems.Add(e);
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"{r.Status} {r.Url}"); };
        await page.GotoAsync(site.Url + "about/");
        await page.WaitForSelectorAsync(Ready, new() { State = WaitForSelectorState.Attached });

        // An edit: the page reloads by itself with the new text.
        await site.Edit("content/about.md", text => text.Replace("A [link home](/).", "A [link home](/). Edited while open."));
        await Expect(page.Locator("main")).ToContainTextAsync("Edited while open.");
        await page.WaitForSelectorAsync(Ready, new() { State = WaitForSelectorState.Attached });

        // A mistake: the overlay names the file and line, over the last good page.
        await site.Edit("content/about.md", text => text.Replace("title: About\n", "title: About\ncolour: blue\n"));
        var overlay = page.GetByRole(AriaRole.Alertdialog, new() { Name = "The site did not rebuild: 1 error" });
        await Expect(overlay).ToBeVisibleAsync();
        await Expect(overlay).ToContainTextAsync("content/about.md:3:1: error PH0004: unknown key `colour`");
        await Expect(page.Locator("main")).ToContainTextAsync("Edited while open.");

        // A page opened while the build is broken shows the overlay too.
        var second = await browser.Browser.NewPageAsync();
        await second.GotoAsync(site.Url + "models/peer-mentoring/");
        await Expect(second.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync("about.md:3:1");
        await second.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Alertdialog)).ToHaveCountAsync(0);

        // The fix: the overlay goes, and the page shows the fixed build.
        await site.Edit("content/about.md", text => text.Replace("colour: blue\n", "").Replace("Edited while open.", "Fixed."));
        await Expect(page.Locator("main")).ToContainTextAsync("Fixed.");
        await Expect(overlay).ToHaveCountAsync(0);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await second.CloseAsync();
        await page.CloseAsync();
    }
}

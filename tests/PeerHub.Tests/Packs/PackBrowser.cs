using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>Opening pack pages the way the tests need them: ready, with window.print recorded instead of shown.</summary>
public static class PackBrowser
{
    public static async Task<IPage> OpenAsync(BrowserFixture browser, string url, bool waitForBuilder = false)
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        // A print dialog cannot be driven headless; count the calls so a test can see the button asked for one.
        await page.AddInitScriptAsync("window.print = () => { window.__printCalls = (window.__printCalls || 0) + 1; };");
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response!.Status);
        await page.WaitForSelectorAsync("html[data-pack-ready='true']", new() { State = WaitForSelectorState.Attached });
        if (waitForBuilder) await page.WaitForSelectorAsync("html[data-pack-builder='ready']", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>
/// What new readers met on their first visit to the real hub: a 404 page under a sub-path, the site opened from
/// disk, the focus ring on the crisis bar, the favicon request. Each is checked in Chromium.
/// </summary>
[Collection("browser")]
public partial class FirstVisitTests(BrowserFixture browser, RealHubSite hub) : IClassFixture<RealHubSite>
{
    private readonly RealHubSite _hub = hub;

    [Theory]
    [InlineData("no/such/page/")]
    [InlineData("gone")]
    [InlineData("a/b/c/d/e/f/g/")]
    public async Task The_404_page_under_a_sub_path_is_styled_and_its_links_stay_in_the_hub(string missing)
    {
        // Given the real hub, whose base_url has no path, served under /peerhub/ as the README allows
        using var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        var page = await browser.Browser.NewPageAsync();

        // When a reader asks for an address that is not there
        var response = await page.GotoAsync(server.BaseUrl + missing);

        // Then the host's 404.html answers, finds the hub's root, and is styled
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.InnerTextAsync("main h1"));
        var found = await FlagSet(page, "html[data-site-root]");
        Assert.Equal("rgb(18, 50, 74)", await page.EvalOnSelectorAsync<string>(".crisis-bar", "e => getComputedStyle(e).backgroundColor"));
        // and every link to a page of the site stays under /peerhub/
        var addresses = await page.EvalOnSelectorAllAsync<string[]>("a[href], link[href], script[src], form[action]",
            "els => els.map(e => e.href || e.src || e.action)");
        var ours = addresses.Where(a => a.StartsWith(server.Origin + "/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, a => Assert.StartsWith(server.BaseUrl, a, StringComparison.Ordinal));
        // and following one lands on the page
        await page.ClickAsync("main >> text=program models");
        Assert.Equal(server.BaseUrl + "models/", page.Url);
        Assert.Equal("Program models", await page.InnerTextAsync("main h1"));
        Assert.True(found, "the 404 page set no data-site-root");
        await page.CloseAsync();
    }

    /// <summary>Waits for a readiness flag the page sets; false when it never came (the assertions after say why).</summary>
    private static async Task<bool> FlagSet(IPage page, string selector)
    {
        try
        {
            await page.WaitForSelectorAsync(selector, new() { State = WaitForSelectorState.Attached, Timeout = 10_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Opened_from_disk_links_lead_to_pages_not_folder_listings()
    {
        // Given the built hub opened from disk
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_hub.Site.Dir, "index.html")).AbsoluteUri);

        // When a reader clicks home -> tiers -> a tier -> a model -> the home link, each click lands on a page
        async Task Follow(string selector, string expectedEnd)
        {
            await page.ClickAsync(selector);
            await page.WaitForLoadStateAsync(LoadState.Load);
            // A folder listing ("Index of /...") has no <main> and no crisis bar.
            Assert.Equal(1, await page.Locator("main h1").CountAsync());
            Assert.EndsWith(expectedEnd, page.Url, StringComparison.Ordinal);
            Assert.Contains("988", await page.InnerTextAsync(".crisis-bar"));
        }
        await Follow("header nav >> text=Tiers", "/tiers/index.html");
        await Follow("main a[href*='tier-2']", "/tiers/tier-2/index.html");
        await Follow("main a[href*='models/peer-mentoring/']", "/models/peer-mentoring/index.html");
        Assert.Equal("Peer mentoring", await page.InnerTextAsync("main h1"));
        await Follow("a.brand", "/_site/index.html");
        // Links to a section of a page keep their fragment.
        Assert.DoesNotContain(await page.EvalOnSelectorAllAsync<string[]>("a[href]", "els => els.map(e => e.getAttribute('href'))"),
            href => href.EndsWith('/') || href.Contains("/#", StringComparison.Ordinal) || href.Contains("/?", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_focus_ring_on_crisis_bar_links_has_at_least_3_to_1_contrast_against_the_bar()
    {
        using var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(server.BaseUrl);

        // Tab from the top of the page to the first link of the crisis bar, as a keyboard user does.
        for (var i = 0; i < 5 && !await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('.crisis-bar a')"); i++)
            await page.Keyboard.PressAsync("Tab");
        var ring = await page.EvaluateAsync<string[]>("""
            () => {
              const link = document.activeElement, style = getComputedStyle(link);
              return [link.closest('.crisis-bar') ? 'in-bar' : 'elsewhere', link.matches(':focus-visible') ? 'visible' : 'hidden',
                style.outlineStyle, style.outlineWidth, style.outlineColor, getComputedStyle(link.closest('.crisis-bar')).backgroundColor];
            }
            """);
        Assert.Equal("in-bar", ring[0]);
        Assert.Equal("visible", ring[1]);
        Assert.Equal("solid", ring[2]);
        Assert.True(double.Parse(ring[3].TrimEnd('p', 'x'), CultureInfo.InvariantCulture) >= 2, $"outline width {ring[3]}");
        var ratio = Contrast(Rgb(ring[4]), Rgb(ring[5]));
        Assert.True(ratio >= 3, $"focus ring {ring[4]} on {ring[5]} is {ratio:0.00}:1, under WCAG 1.4.11's 3:1");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Loading_a_page_makes_no_request_that_fails()
    {
        using var server = new StaticSiteServer(_hub.Site.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, r) => failed.Add($"{r.Url} ({r.Failure})");
        page.Response += (_, r) => { if (r.Status >= 400) failed.Add($"{r.Url} ({r.Status})"); };

        foreach (var path in new[] { "", "models/peer-mentoring/" })
        {
            await page.GotoAsync(server.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(failed);
        // Chromium's own request for an icon is not a page request that Playwright reports: check what the server saw.
        var missing = server.Requests.Distinct().Where(r => !Served(_hub.Site.Dir, server.BasePath, r)).ToList();
        Assert.Empty(missing);
        // The icon was asked for, and the service worker precaches it like any file.
        Assert.Contains(server.Requests, r => r.StartsWith(server.BasePath, StringComparison.Ordinal) && r.Contains("favicon", StringComparison.Ordinal));
        Assert.Contains("\"favicon.svg\"", await File.ReadAllTextAsync(Path.Combine(_hub.Site.Dir, "sw.js")));
    }

    /// <summary>Whether the static server had a file for a path it was asked for.</summary>
    private static bool Served(string root, string basePath, string path)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return false;
        var relative = Uri.UnescapeDataString(path[basePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return File.Exists(Path.Combine(root, relative));
    }

    private static (double R, double G, double B) Rgb(string css)
    {
        var match = RgbPattern().Match(css);
        Assert.True(match.Success, $"not an opaque rgb() color: {css}");
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The WCAG 2.2 contrast ratio of two sRGB colors, (L1 + 0.05) / (L2 + 0.05).</summary>
    internal static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        static double Channel(double c) { c /= 255; return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4); }
        static double Luminance((double R, double G, double B) c) => 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    [GeneratedRegex(@"^rgb\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)\)$")]
    private static partial Regex RgbPattern();
}

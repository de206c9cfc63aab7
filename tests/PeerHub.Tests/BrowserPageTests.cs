using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

[Collection("browser")]
public class BrowserPageTests(BrowserFixture browser) : IDisposable
{
    private readonly BuiltSite _site = new(FixtureSite.Minimal().WithRealTheme(npmPackages: true).Input());

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Pages_under_a_sub_path_show_content_and_crisis_lines_with_working_links()
    {
        using var server = new StaticSiteServer(_site.Dir, "/peerhub/");
        var page = await browser.Browser.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith(server.Origin)) outside.Add(r.Url); };

        var response = await page.GotoAsync(server.BaseUrl + "models/peer-mentoring/");
        Assert.Equal(200, response!.Status);
        Assert.Equal("Peer mentoring", await page.InnerTextAsync("main h1"));
        Assert.Contains("Call or text 988", await page.InnerTextAsync(".crisis-bar"));
        Assert.Contains("Text HOME to 741741", await page.InnerTextAsync(".crisis-box"));
        // The stylesheet loaded through its relative link: the crisis bar has its dark background.
        var background = await page.EvalOnSelectorAsync<string>(".crisis-bar", "e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(18, 50, 74)", background);

        // Follow links the way a reader would: scenario card, then the breadcrumb back.
        await page.ClickAsync("text=Exam stress");
        Assert.EndsWith("/peerhub/scenarios/exam-stress/", page.Url);
        Assert.Contains("You are worried about finals.", await page.InnerTextAsync("main"));
        await page.ClickAsync("nav.breadcrumbs >> text=Home");
        Assert.Equal(server.BaseUrl, page.Url);
        Assert.Empty(outside);
    }

    [Fact]
    public async Task Unknown_address_gets_the_404_page_with_working_links()
    {
        using var server = new StaticSiteServer(_site.Dir, "/peerhub/");
        var page = await browser.Browser.NewPageAsync();
        var response = await page.GotoAsync(server.BaseUrl + "no/such/page/");
        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.InnerTextAsync("main h1"));
        await page.ClickAsync("main >> text=program models");
        Assert.EndsWith("/peerhub/models/", page.Url);
        Assert.Equal("Program models", await page.InnerTextAsync("main h1"));
    }
}

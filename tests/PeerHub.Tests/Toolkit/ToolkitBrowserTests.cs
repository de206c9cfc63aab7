using Microsoft.Playwright;
using PeerHub.Content;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Toolkit;

/// <summary>The toolkit fixture in both languages, with the real theme and its scripts, built once for the class.</summary>
public sealed class ToolkitSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new(ToolkitSites.Bilingual(ToolkitSites.Fixture().WithRealTheme(npmPackages: true)).Input());
    public void Dispose() => Site.Dispose();
}

/// <summary>
/// End to end in Debian's Chromium, served under /peerhub/: the school profile filled in once and every fixture template
/// printed with it on Letter and A4 (tagged, with an outline, the school's details and every label in the text, as many
/// pages as `fit` says); the profile's export, import and delete; axe on every toolkit page.
/// </summary>
[Collection("browser")]
public sealed class ToolkitBrowserTests(BrowserFixture browser, ToolkitSiteFixture fixture) : IClassFixture<ToolkitSiteFixture>, IDisposable
{
    private readonly StaticSiteServer _server = new(fixture.Site.Dir, "/peerhub/");
    private readonly List<string> _outside = [];

    public void Dispose() => _server.Dispose();

    private static readonly string[] Templates =
        ["toolkit/permission-form/", "toolkit/red-flag-card/", "toolkit/contact-log/", "es/toolkit/permission-form/"];

    private async Task<IBrowserContext> ContextAsync()
    {
        var context = await browser.Browser.NewContextAsync(new() { AcceptDownloads = true });
        context.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(_server.Origin + "/", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)) _outside.Add(r.Url);
        };
        return context;
    }

    [Fact]
    public async Task A_saved_profile_fills_every_template_which_prints_tagged_on_letter_and_a4_with_the_schools_details()
    {
        await using var context = await ContextAsync();
        await ToolkitBrowser.FillProfileAsync(context, _server.BaseUrl + "toolkit/profile/");

        var problems = new List<string>();
        foreach (var path in Templates)
        {
            var page = await ToolkitBrowser.OpenAsync(context, _server.BaseUrl + path);
            Assert.Equal(await page.Locator(".tk-form .ph").CountAsync(), await page.Locator(".tk-form .ph.is-filled").CountAsync());
            problems.AddRange(await ToolkitBrowser.CheckPrintAsync(page, path, filled: true));
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Without_a_profile_a_template_prints_blank_lines_to_write_on()
    {
        await using var context = await ContextAsync();
        var page = await ToolkitBrowser.OpenAsync(context, _server.BaseUrl + "toolkit/permission-form/");

        Assert.Equal(0, await page.Locator(".ph.is-filled").CountAsync());
        Assert.Contains("No school profile is saved on this device yet", await page.InnerTextAsync("[data-toolkit-status]"));
        Assert.True(await page.IsVisibleAsync("[data-toolkit-print]"));
        Assert.Empty(await ToolkitBrowser.CheckPrintAsync(page, "permission form", filled: false));
        var text = string.Join(" ", Packs.Pdf.PageTexts(await ToolkitBrowser.PrintAsync(page, "Letter")));
        // The blanks read in order, each the detail to write in followed by room to write it.
        Assert.True(text.Contains("school name__________ runs program name__________. Trained students", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task The_flowchart_shows_the_schools_details_in_its_boxes_and_its_text_version()
    {
        await using var context = await ContextAsync();
        await ToolkitBrowser.FillProfileAsync(context, _server.BaseUrl + "toolkit/profile/");
        var page = await ToolkitBrowser.OpenAsync(context, _server.BaseUrl + "toolkit/red-flag-card/");

        Assert.Equal("Ms. Rivera", await page.Locator("svg [data-ph='adult_advisor']").First.TextContentAsync());
        Assert.Contains("Go with the student to Ms. Rivera today (Room 114, ext. 2231).", await page.InnerTextAsync("#tk-1-step-4"));
        // The chart's name is its title and its steps in words.
        var name = await page.EvaluateAsync<string>("() => document.querySelector('svg[role=img]').getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' ')");
        Assert.Contains("What to do when you see a red flag", name);
        Assert.Contains("Call 911. Then tell Ms. Rivera.", name);
    }

    [Fact]
    public async Task The_profile_exports_imports_and_deletes_and_refuses_a_file_that_is_not_a_profile()
    {
        await using var context = await ContextAsync();
        await ToolkitBrowser.FillProfileAsync(context, _server.BaseUrl + "toolkit/profile/");
        var page = await ToolkitBrowser.OpenAsync(context, _server.BaseUrl + "toolkit/profile/");
        Assert.Equal("Lincoln Middle School", await page.InputValueAsync("[data-ph-field='school_name']"));

        // Export: a JSON file with the profile and nothing else.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-toolkit-export]"));
        var exported = Path.Combine(Path.GetTempPath(), $"peerhub-profile-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(exported);
        try
        {
            using (var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(exported)))
            {
                Assert.Equal("peerhub-school-profile", json.RootElement.GetProperty("format").GetString());
                Assert.Equal("Ms. Rivera", json.RootElement.GetProperty("profile").GetProperty("adult_advisor").GetString());
                Assert.Equal(ToolkitBrowser.Profile.Count, json.RootElement.GetProperty("profile").EnumerateObject().Count());
            }

            // Delete, after a confirmation: the fields and the templates go back to blank.
            await page.ClickAsync("[data-toolkit-reset]");
            await page.ClickAsync("[data-toolkit-confirm] button.danger");
            Assert.Equal("", await page.InputValueAsync("[data-ph-field='school_name']"));
            Assert.Contains("was deleted", await page.InnerTextAsync("[data-toolkit-status]"));
            var template = await ToolkitBrowser.OpenAsync(context, _server.BaseUrl + "toolkit/contact-log/");
            Assert.Equal(0, await template.Locator(".ph.is-filled").CountAsync());
            await template.CloseAsync();

            // A file that is not a profile changes nothing.
            var bad = exported + ".bad.json";
            await File.WriteAllTextAsync(bad, "{\"format\": \"peerhub-planner\", \"answers\": {}}");
            await page.SetInputFilesAsync("[data-toolkit-import-file]", bad);
            await page.WaitForSelectorAsync("html[data-toolkit-import='1']", new() { State = WaitForSelectorState.Attached });
            Assert.Contains("not a PeerHub school profile", await page.InnerTextAsync("[data-toolkit-alert]"));
            File.Delete(bad);

            // Import brings it all back, saved.
            await page.SetInputFilesAsync("[data-toolkit-import-file]", exported);
            await page.WaitForSelectorAsync("html[data-toolkit-import='2']", new() { State = WaitForSelectorState.Attached });
            Assert.Equal("Lincoln Middle School", await page.InputValueAsync("[data-ph-field='school_name']"));
            template = await ToolkitBrowser.OpenAsync(context, _server.BaseUrl + "toolkit/contact-log/");
            Assert.Equal("https://district.example.org/policy", await template.Locator(".ph[data-ph='district_policy_url']").TextContentAsync());
        }
        finally { File.Delete(exported); }
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task A_link_that_is_not_https_is_not_kept()
    {
        await using var context = await ContextAsync();
        var page = await ToolkitBrowser.OpenAsync(context, _server.BaseUrl + "toolkit/profile/");
        await page.FillAsync("[data-ph-field='district_policy_url']", "javascript:alert(1)");
        await page.FillAsync("[data-ph-field='school_name']", "  Lincoln   Middle School ");
        await page.ClickAsync("form[data-toolkit-profile] button[type=submit]");
        await page.WaitForSelectorAsync("html[data-toolkit-saved]", new() { State = WaitForSelectorState.Attached });

        Assert.Equal("", await page.InputValueAsync("[data-ph-field='district_policy_url']"));
        Assert.Equal("Lincoln Middle School", await page.InputValueAsync("[data-ph-field='school_name']"));
        Assert.Contains("should start with https://", await page.InnerTextAsync("[data-toolkit-alert]"));
    }

    [Theory]
    [InlineData("toolkit/")]
    [InlineData("toolkit/profile/")]
    [InlineData("toolkit/permission-form/")]
    [InlineData("toolkit/red-flag-card/")]
    [InlineData("toolkit/contact-log/")]
    [InlineData("es/toolkit/")]
    [InlineData("es/toolkit/profile/")]
    [InlineData("es/toolkit/permission-form/")]
    public async Task Toolkit_page_has_no_wcag_22_aa_violations_and_every_control_is_labelled(string path)
    {
        await using var context = await ContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_server.BaseUrl + path);
        await page.WaitForLoadStateAsync(LoadState.Load);
        await ToolkitBrowser.AssertNoAxeViolationsAsync(page, path);
        if (path.EndsWith("profile/", StringComparison.Ordinal))
        {
            // Filled in and saved, with a status shown, the page still passes.
            await ToolkitBrowser.FillProfileAsync(context, _server.BaseUrl + path);
            await page.ReloadAsync();
            await page.WaitForSelectorAsync("html[data-toolkit-ready='true']", new() { State = WaitForSelectorState.Attached });
            await ToolkitBrowser.AssertNoAxeViolationsAsync(page, path + " (filled)");
        }
    }
}

/// <summary>
/// The real hub's templates, whatever content/toolkit/ holds (none yet is fine): each prints with a filled profile on
/// Letter and A4 as its `fit` says, tagged, with every label, and passes axe. PEERHUB_TOOLKIT_CONTENT may point at another
/// content folder (the writers' latest) to run these before that content is merged.
/// </summary>
[Collection(PrintSweepCollection.Name)]
public sealed class RealHubToolkitTests(BrowserFixture browser, RealHubToolkitTests.Site site) : IClassFixture<RealHubToolkitTests.Site>
{
    public sealed class Site : IDisposable
    {
        public static string ContentDir => Environment.GetEnvironmentVariable("PEERHUB_TOOLKIT_CONTENT") is { Length: > 0 } dir ? dir : Repo.Content;
        public BuiltSite Built { get; } = new(SiteReader.FromDisk(ContentDir, Repo.Theme));
        public void Dispose() => Built.Dispose();
    }

    private readonly Site _site = site;

    [Fact]
    public async Task Every_real_template_prints_on_letter_and_a4_as_its_fit_says_with_the_schools_details()
    {
        var templates = ToolkitBrowser.RealTemplates(Site.ContentDir);
        foreach (var path in templates) Assert.True(File.Exists(Path.Combine(_site.Built.Dir, path, "index.html")), $"{path} was not built");
        if (templates.Count == 0) return;

        using var server = new StaticSiteServer(_site.Built.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        await ToolkitBrowser.FillProfileAsync(context, server.BaseUrl + "toolkit/profile/");
        var problems = new List<string>();
        foreach (var path in templates)
        {
            var page = await ToolkitBrowser.OpenAsync(context, server.BaseUrl + path);
            problems.AddRange(await ToolkitBrowser.CheckPrintAsync(page, path, filled: true));
            await page.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_real_toolkit_page_has_no_wcag_22_aa_violations()
    {
        using var server = new StaticSiteServer(_site.Built.Dir, "/peerhub/");
        await using var context = await browser.Browser.NewContextAsync();
        foreach (var path in new[] { "toolkit/", "toolkit/profile/", "es/toolkit/", "es/toolkit/profile/" }.Concat(ToolkitBrowser.RealTemplates(Site.ContentDir)))
        {
            IPage page;
            if (path.EndsWith("toolkit/", StringComparison.Ordinal))
            {
                page = await context.NewPageAsync();
                Assert.Equal(200, (await page.GotoAsync(server.BaseUrl + path))!.Status);
            }
            else page = await ToolkitBrowser.OpenAsync(context, server.BaseUrl + path);
            await ToolkitBrowser.AssertNoAxeViolationsAsync(page, path);
            await page.CloseAsync();
        }
    }
}

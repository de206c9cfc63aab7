using Xunit;
using System.Net;
using PeerHub.Serve;
using PeerHub.Tests.Support;

namespace PeerHub.Tests.Serve;

public class ServeTests
{
    private const string ExamStress = "content/scenarios/exam-stress.md";

    [Fact]
    public async Task Serves_the_site_from_memory_under_the_base_path_of_site_yml()
    {
        await using var site = await ServedSite.StartAsync();
        Assert.EndsWith("/peerhub/", site.Url);

        using var page = await site.Get("models/peer-mentoring/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Peer mentoring</h1>", html);
        Assert.Matches("<script src=\"/peerhub/__peerhub/live.js\\?build=1\" defer></script></body>\\s*</html>$", html.TrimEnd());

        using var root = await site.Http.GetAsync(site.Origin + "/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/peerhub/", root.Headers.Location?.ToString());
        using var noSlash = await site.Get("models/peer-mentoring");
        Assert.Equal("/peerhub/models/peer-mentoring/", noSlash.Headers.Location?.ToString());

        using var missing = await site.Get("no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        using var outside = await site.Http.GetAsync(site.Origin + "/models/peer-mentoring/");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        using var css = await site.Get("css/site.css");
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        using var script = await site.Get("__peerhub/live.js");
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
        using var index = await site.Get("search/index.json");
        Assert.Equal("application/json; charset=utf-8", index.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_base_path_option_overrides_site_yml()
    {
        await using var site = await ServedSite.StartAsync(basePath: "preview");
        Assert.EndsWith("/preview/", site.Url);
        Assert.Contains("Peer mentoring", await site.Text("models/peer-mentoring/"));
        using var old = await site.Http.GetAsync(site.Origin + "/peerhub/models/peer-mentoring/");
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task Editing_a_body_rebuilds_that_page_and_serves_the_new_text()
    {
        await using var site = await ServedSite.StartAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var events = await site.Events(stop.Token);

        var status = await site.Edit("content/about.md", text => text.Replace("A [link home](/).", "A [link home](/). Freshly edited."));

        Assert.True(status.GetProperty("ok").GetBoolean());
        Assert.Equal(2, status.GetProperty("served").GetInt32());
        Assert.Contains("Freshly edited.", await site.Text("about/"));
        Assert.Equal("reload: {\"build\":2}", await events.ReadAsync(stop.Token));
        Assert.Equal(1, site.Server.State.Build - 1);
        // Only the edited page: nothing else prints its body.
        Assert.Contains("(1 rendered)", site.ConsoleOutput);
    }

    [Fact]
    public async Task A_broken_file_is_reported_while_the_last_good_page_is_served_and_fixing_it_clears_the_errors()
    {
        await using var site = await ServedSite.StartAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var events = await site.Events(stop.Token);

        // Line 3 of the file gets a key scenarios do not have.
        var broken = await site.Edit(ExamStress, text => text.Replace("summary: A mentee", "colour: blue\nsummary: Changed, a mentee"));

        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(1, broken.GetProperty("served").GetInt32());
        var error = Assert.Single(broken.GetProperty("errors").EnumerateArray()).GetProperty("text").GetString()!;
        Assert.Contains("content/scenarios/exam-stress.md:3:1: error PH0004: unknown key `colour`", error);
        Assert.StartsWith("errors: {\"build\":2,\"served\":1,\"ok\":false,", await events.ReadAsync(stop.Token));
        Assert.Contains("content/scenarios/exam-stress.md:3:1: error PH0004", site.ConsoleOutput);
        var stale = await site.Text("scenarios/exam-stress/");
        Assert.Contains("A mentee is worried about finals.", stale);
        Assert.Contains("live.js?build=1", stale);

        var fixedStatus = await site.Edit(ExamStress, text => text.Replace("colour: blue\n", ""));

        Assert.True(fixedStatus.GetProperty("ok").GetBoolean());
        Assert.Empty(fixedStatus.GetProperty("errors").EnumerateArray());
        Assert.Equal("reload: {\"build\":3}", await events.ReadAsync(stop.Token));
        Assert.Contains("Changed, a mentee is worried about finals.", await site.Text("scenarios/exam-stress/"));
    }

    [Fact]
    public async Task Deleting_and_adding_pages_updates_the_served_site()
    {
        await using var site = await ServedSite.StartAsync();
        var path = Path.Combine(site.Content, "guide.md");
        await File.WriteAllTextAsync(path, "---\ntitle: A new guide\nsummary: New.\n---\nHello.\n");
        await site.WaitUntil(async () => (await site.Get("guide/")).StatusCode == HttpStatusCode.OK);
        Assert.Contains("A new guide", await site.Text("guide/"));

        File.Delete(path);
        await site.WaitUntil(async () => (await site.Get("guide/")).StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public void Built_sites_never_carry_the_live_reload_script()
    {
        var result = FixtureSite.Minimal().Build();
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Files!, f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("__peerhub"));
    }

    [Theory]
    [InlineData("peerhub", "/peerhub/")]
    [InlineData("/peerhub", "/peerhub/")]
    [InlineData("/a/b/", "/a/b/")]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    public void Base_paths_are_normalised(string given, string expected) =>
        Assert.Equal(expected, DevServer.NormaliseBasePath(given));
}

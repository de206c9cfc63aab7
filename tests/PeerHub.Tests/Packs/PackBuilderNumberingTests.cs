using System.Text.Json;
using Microsoft.Playwright;
using PeerHub.Tests.Quality;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Packs;

/// <summary>
/// The pack builder numbers the sheets the build laid out; the generated packs are numbered by PageNumbering in C#.
/// Given the same scenarios in the same order, both must give the same sheets with the same ids, page numbers, counts
/// and contents, and the same page count and running time on the cover.
/// </summary>
[Collection("browser")]
public sealed class PackBuilderNumberingTests(BrowserFixture browser, RealHubSite hub) : IClassFixture<RealHubSite>
{
    // Every sheet of a pack with the pack's own title taken out of the running heads, as text.
    private const string SheetsScript = """
        ([root, title]) => {
          const pack = document.querySelector(root);
          const norm = (t) => t.replace(/\s+/g, " ").trim();
          const sheets = [...pack.querySelectorAll(".pack-sheet")].filter((s) => !s.matches(".pack-cover, .pack-contents"));
          const facts = Object.fromEntries([...pack.querySelectorAll(".pack-facts div")].map((d) => [norm(d.querySelector("dt").textContent), norm(d.querySelector("dd").textContent)]));
          return JSON.stringify({
            pages: pack.dataset.pages,
            time: facts["Total time"],
            scenarios: facts["Scenarios"],
            coverFoot: norm(pack.querySelector(".pack-cover .sheet-foot").textContent),
            toc: [...pack.querySelectorAll(".pack-toc li")].map((li) => norm(li.textContent) + " -> " + li.querySelector("a").getAttribute("href")),
            sheets: sheets.map((s) => ({
              id: s.id, labelledBy: s.getAttribute("aria-labelledby"), className: s.className, scenario: s.dataset.scenario, sheet: s.dataset.sheet,
              head: norm(s.querySelector(".sheet-head").textContent).replace(title, "PACK"),
              heading: s.querySelector("h2").id + ": " + norm(s.querySelector("h2").textContent),
              body: norm(s.querySelector(".sheet-body").textContent),
              foot: norm(s.querySelector(".sheet-foot").textContent),
            })),
          });
        }
        """;

    [Theory]
    [InlineData("packs/curricula/peer-mentor-foundations/")]
    [InlineData("packs/models/peer-counseling/")]
    [InlineData("packs/models/befriending/")]
    public async Task Builder_given_a_packs_scenarios_numbers_every_sheet_as_the_generated_pack_does(string path)
    {
        using var server = new StaticSiteServer(hub.Site.Dir);
        var printed = await PackBrowser.OpenAsync(browser, server.BaseUrl + path);
        var title = await printed.InnerTextAsync("#pack-title");
        // The scenarios in the pack's order, from the link in each scenario's first guide sheet.
        var slugs = await printed.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("[data-pack] .pack-guide")].filter((s) => /^scenario-\d+$/.test(s.id))
              .map((s) => new URL(s.querySelector("h2 a").href).pathname.split("/").filter(Boolean).pop())
            """);
        Assert.True(slugs.Length > 1, $"{path} has {slugs.Length} scenarios");
        var expected = await printed.EvaluateAsync<string>(SheetsScript, new object[] { "[data-pack]", title });

        var builder = await PackBrowser.OpenAsync(browser, server.BaseUrl + "packs/?s=" + string.Join(",", slugs), waitForBuilder: true);
        await builder.WaitForSelectorAsync($"[data-builder-output][data-slugs='{string.Join(",", slugs)}']", new() { State = WaitForSelectorState.Attached });
        var actual = await builder.EvaluateAsync<string>(SheetsScript, new object[] { "[data-builder-output]", "Custom role-play pack" });

        using var want = JsonDocument.Parse(expected);
        using var got = JsonDocument.Parse(actual);
        Assert.Equal(want.RootElement.GetProperty("pages").GetString(), got.RootElement.GetProperty("pages").GetString());
        Assert.Equal(want.RootElement.GetProperty("time").GetString(), got.RootElement.GetProperty("time").GetString());
        Assert.Equal(want.RootElement.GetProperty("scenarios").GetString(), got.RootElement.GetProperty("scenarios").GetString());
        Assert.Equal(want.RootElement.GetProperty("coverFoot").GetString(), got.RootElement.GetProperty("coverFoot").GetString());
        Assert.Equal(Strings(want.RootElement.GetProperty("toc")), Strings(got.RootElement.GetProperty("toc")));
        var wantSheets = want.RootElement.GetProperty("sheets").EnumerateArray().Select(s => s.GetRawText()).ToList();
        var gotSheets = got.RootElement.GetProperty("sheets").EnumerateArray().Select(s => s.GetRawText()).ToList();
        Assert.Equal(wantSheets.Count, gotSheets.Count);
        for (var i = 0; i < wantSheets.Count; i++) Assert.Equal(wantSheets[i], gotSheets[i]);
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}

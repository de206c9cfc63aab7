using System.Text;
using System.Text.Json;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Planner;

public class PlannerDataTests
{
    [Fact]
    public void Real_planner_content_builds_and_emits_json_and_a_script_with_the_same_data()
    {
        var result = PlannerFixture.Site().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var json = Encoding.UTF8.GetString(result.Files!["planner/planner-data.json"]).TrimEnd('\n');
        var script = Encoding.UTF8.GetString(result.Files!["planner/planner-data.js"]);
        Assert.EndsWith($"window.peerhubPlannerData = {json};\n", script);

        using var doc = JsonDocument.Parse(json);
        var sections = doc.RootElement.GetProperty("sections").EnumerateArray().ToList();
        // Design your why, the ten elements, the principles, and the school profile.
        Assert.Equal(13, sections.Count);
        Assert.Equal(["profile", "why", "element", "principle"], sections.Select(s => s.GetProperty("group").GetString()!).Distinct().ToArray());
        Assert.Equal(10, sections.Count(s => s.GetProperty("group").GetString() == "element"));
        var rated = sections.Single(s => s.GetProperty("id").GetString() == "staffing").GetProperty("questions")[0];
        Assert.True(rated.GetProperty("rated").GetBoolean());
        Assert.Equal(["0", "1", "2", "3", "-"], rated.GetProperty("options").EnumerateArray()
            .Select(o => o.TryGetProperty("score", out var s) ? s.GetInt32().ToString() : "-").ToArray());
        // Links are relative to /planner/ because nothing rewrites links inside JSON.
        Assert.Equal("../elements/staffing/", sections.Single(s => s.GetProperty("id").GetString() == "staffing").GetProperty("links")[0].GetProperty("url").GetString());
        var rule = doc.RootElement.GetProperty("rules")[0];
        Assert.Equal("../models/mental-health-ambassadors/", rule.GetProperty("url").GetString());
        Assert.Equal("Model mental-health-ambassadors", rule.GetProperty("title").GetString());
    }

    [Fact]
    public void Planner_data_is_the_same_on_every_build()
    {
        var a = PlannerFixture.Site().Build().Files!["planner/planner-data.json"];
        var b = PlannerFixture.Site().Build().Files!["planner/planner-data.json"];
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_site_without_planner_content_gets_empty_data_and_still_links_the_script()
    {
        var result = FixtureSite.Minimal().WithRealTheme().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("{\"format\":1,\"sections\":[],\"rules\":[]}\n", Encoding.UTF8.GetString(result.Files!["planner/planner-data.json"]));
        Assert.Contains("src=\"planner-data.js\"", FixtureSite.Html(result, "planner/index.html"));
    }
}

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

        // Each model a rule names comes with its page's requirements, once, so the planner can check them (issue 21).
        Assert.Equal(2, doc.RootElement.GetProperty("format").GetInt32());
        var models = doc.RootElement.GetProperty("models").EnumerateArray().ToList();
        Assert.Equal(doc.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("model").GetString()).Distinct(),
            models.Select(m => m.GetProperty("model").GetString()));
        var ambassadors = models[0];
        Assert.Equal("mental-health-ambassadors", ambassadors.GetProperty("model").GetString());
        Assert.Equal((4, 4, "on_call", 1, 1, 6, 12), (ambassadors.GetProperty("trainingMin").GetDouble(), ambassadors.GetProperty("trainingMax").GetDouble(),
            ambassadors.GetProperty("clinicalSupport").GetString(), ambassadors.GetProperty("adultHoursMin").GetDouble(),
            ambassadors.GetProperty("adultHoursMax").GetDouble(), ambassadors.GetProperty("gradesFrom").GetInt32(), ambassadors.GetProperty("gradesTo").GetInt32()));
        // The fixture's own peer mentoring page (FixtureSite.Minimal), not a stub: its figures come through as written.
        var mentoring = models.Single(m => m.GetProperty("model").GetString() == "peer-mentoring");
        Assert.Equal((1, "regular_check_ins", 1, 6), (mentoring.GetProperty("trainingMin").GetDouble(), mentoring.GetProperty("clinicalSupport").GetString(),
            mentoring.GetProperty("adultHoursMin").GetDouble(), mentoring.GetProperty("gradesFrom").GetInt32()));
    }

    [Fact]
    public void The_Spanish_planner_data_carries_the_same_model_requirements()
    {
        var site = PlannerFixture.Site().WithRealTheme();
        site = PlannerFixture.Bilingual(site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var en = JsonDocument.Parse(result.Files!["planner/planner-data.json"]);
        using var es = JsonDocument.Parse(result.Files!["es/planner/planner-data.json"]);
        Assert.Equal(en.RootElement.GetProperty("models").GetRawText(), es.RootElement.GetProperty("models").GetRawText());
        Assert.NotEqual(en.RootElement.GetProperty("rules")[0].GetProperty("reason").GetString(), es.RootElement.GetProperty("rules")[0].GetProperty("reason").GetString());
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
        Assert.Equal("{\"format\":2,\"sections\":[],\"rules\":[],\"models\":[]}\n", Encoding.UTF8.GetString(result.Files!["planner/planner-data.json"]));
        Assert.Contains("src=\"planner-data.js\"", FixtureSite.Html(result, "planner/index.html"));
    }
}

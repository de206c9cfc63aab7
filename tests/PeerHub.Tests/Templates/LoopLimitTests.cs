using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Templates;

/// <summary>
/// Scriban counts the iterations of a loop together with those of every loop nested in it. A theme's listing of a big
/// hub (the pack builder loops over every scenario and, inside, over its roles, prompts and debrief) makes hundreds
/// of thousands: it must render, while a loop that never ends is still stopped where it is written.
/// </summary>
public class LoopLimitTests
{
    private static FixtureSite WithTierLayout(string layout) => FixtureSite.Minimal()
        .With("theme/layouts/tier.html", layout)
        .With("content/tiers/tier-2.md", "---\ntier: 2\ntitle: \"Tier 2: Targeted\"\nwho: Some students\nsummary: For some.\n---\nShort.\n")
        .Without("content/tiers/tier-1.md");

    [Fact]
    public void Nested_loops_of_a_big_listing_render_with_hundreds_of_thousands_of_iterations()
    {
        // 8,000 "scenarios" of 40 items each: 320,000 iterations in one outer loop, as a bilingual 10,000-page hub's
        // pack builder makes (100,000 was Scriban's count at which that build failed).
        var result = WithTierLayout("<h1>{{ page.title }}</h1>\n{{ n = 0 }}{{ for s in 1..8000 }}{{ for item in 1..40 }}{{ n = n + 1 }}{{ end }}{{ end }}<p id=\"n\">{{ n }}</p>\n").Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p id=\"n\">320000</p>", FixtureSite.Html(result, "tiers/tier-2/index.html"));
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped_with_an_error_where_it_is_written()
    {
        var result = WithTierLayout("<h1>{{ page.title }}</h1>\n{{ n = 0 }}\n{{ while true }}{{ n = n + 1 }}{{ end }}\n").Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == PeerHub.Diagnostics.Severity.Error);
        Assert.StartsWith("theme/layouts/tier.html:3:", error.ToString());
        Assert.Contains($"error PH0008: Exceeding number of iteration limit `{PeerHub.Templates.Theme.MaxLoopIterations}`", error.ToString());
    }
}

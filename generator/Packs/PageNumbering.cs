using PeerHub.Templates;
using PeerHub.Model;

namespace PeerHub.Packs;

/// <summary>Lays a pack's scenarios out as sheets and numbers them: the cover is page 1, the contents page 2.</summary>
public static class PageNumbering
{
    /// <summary>Pages before the first scenario: the cover and the contents.</summary>
    public const int FrontPages = 2;

    /// <summary>The numbered scenarios, the pack's page count and its total minutes.</summary>
    public sealed record Result(IReadOnlyList<PackScenarioView> Scenarios, int PageCount, int TotalMinutes);

    public static Result Number(IReadOnlyList<Page> scenarios, ViewBuilder views, string? alsoIn = null)
    {
        var page = FrontPages;
        var numbered = new List<PackScenarioView>();
        foreach (var (scenario, index) in scenarios.Select((p, i) => (p, i)))
        {
            var sheets = Sheets(scenario, views, alsoIn);
            var number = index + 1;
            var id = $"scenario-{number}";
            var before = page;
            numbered.Add(sheets with
            {
                Number = number,
                Id = id,
                Guide = sheets.Guide.Select(g => g with { Page = before + g.Page, Id = id + g.Id }).ToList(),
                Cards = sheets.Cards.Select(c => c with { Page = before + c.Page, Id = id + c.Id }).ToList(),
            });
            page += sheets.Guide.Count + sheets.Cards.Count;
        }
        return new Result(numbered, page, scenarios.Sum(p => ((ScenarioMeta)p.Meta!).Minutes));
    }

    /// <summary>
    /// One scenario's sheets in print order, on their own: Number 0, pages counted from 1 within the scenario, and
    /// ids given as what follows the scenario's own id ("" for its first guide sheet, "-guide-2", "-cards-1").
    /// <see cref="Number"/> adds a pack's page offset and "scenario-N"; the pack builder's script does the same with
    /// these sheets, which its page carries pre-rendered (layouts/partials/pack-builder-sheets.html).
    /// </summary>
    /// <param name="alsoIn">A second language for the role cards: each card then carries the role in both, two cards to a page.</param>
    /// <remarks>The same in every pack that prints the scenario, so laid out once per build (<see cref="ViewBuilder.Once{TView}"/>).</remarks>
    public static PackScenarioView Sheets(Page scenario, ViewBuilder views, string? alsoIn = null) =>
        views.Once(scenario, alsoIn, () => LayOut(scenario, views, alsoIn));

    private static PackScenarioView LayOut(Page scenario, ViewBuilder views, string? alsoIn)
    {
        var meta = (ScenarioMeta)scenario.Meta!;
        var page = 0;
        var guide = PackLayout.GuideParts(meta).Select((part, i) => new GuideSheetView(++page, i == 0 ? "" : $"-guide-{i + 1}",
            part.ToString().ToLowerInvariant(), Label(part, views))).ToList();

        var view = views.Scenario(scenario, meta);
        // A bilingual card holds two briefs: two cards to a page, or one when the briefs are long.
        var other = alsoIn is null ? null : views.SiteModel.PageIn(alsoIn, scenario.Url);
        var otherRoles = other?.Meta is ScenarioMeta otherMeta ? views.Scenario(other, otherMeta).Roles : null;
        var perSheet = alsoIn is null ? PackLayout.CardsPerSheet(meta, longerLanguage: !views.SiteModel.Languages.IsDefault)
            : view.Roles.Select((r, i) => r.CardBrief.Length + (otherRoles is not null && i < otherRoles.Count ? otherRoles[i].CardBrief.Length : 0))
                .All(chars => chars <= PackLayout.HalfPageBilingualChars) ? 2 : 1;
        var chunks = view.Roles.Select((r, i) => (Role: r, Other: otherRoles is not null && i < otherRoles.Count ? otherRoles[i] : null)).Chunk(perSheet).ToList();
        var cards = chunks.Select((roles, i) => new CardSheetView(++page, $"-cards-{i + 1}", i + 1, chunks.Count, perSheet, roles.Select(r => r.Role).ToList())
            { AlsoIn = alsoIn is null ? [] : roles.Select(r => r.Other).ToList() }).ToList();
        return new PackScenarioView(0, "", scenario.Slug, scenario.Title, scenario.Url, view, guide, cards);
    }

    private static string Label(GuidePart part, ViewBuilder views) => part switch
    {
        GuidePart.Before => views.Words.Word("packs.guide_label.before", "Facilitator guide, part 1 of 2: before you start"),
        GuidePart.After => views.Words.Word("packs.guide_label.after", "Facilitator guide, part 2 of 2: red flags and debrief"),
        _ => views.Words.Word("packs.guide_label.whole", "Facilitator guide"),
    };
}

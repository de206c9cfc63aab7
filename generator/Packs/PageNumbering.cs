using PeerHub.Content;
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

    public static Result Number(IReadOnlyList<Page> scenarios, ViewBuilder views)
    {
        var page = FrontPages;
        var numbered = new List<PackScenarioView>();
        foreach (var (scenario, index) in scenarios.Select((p, i) => (p, i)))
        {
            var meta = (ScenarioMeta)scenario.Meta!;
            var number = index + 1;
            var id = $"scenario-{number}";
            var parts = PackLayout.GuideParts(meta);
            var guide = parts.Select((part, i) => new GuideSheetView(++page, i == 0 ? id : $"{id}-guide-{i + 1}",
                part.ToString().ToLowerInvariant(), Label(part))).ToList();

            var view = views.Scenario(scenario, meta);
            var perSheet = PackLayout.CardsPerSheet(meta);
            var chunks = view.Roles.Chunk(perSheet).ToList();
            var cards = chunks.Select((roles, i) => new CardSheetView(++page, $"{id}-cards-{i + 1}", i + 1, chunks.Count, perSheet, roles)).ToList();
            numbered.Add(new PackScenarioView(number, id, scenario.Slug, scenario.Title, scenario.Url, view, guide, cards));
        }
        return new Result(numbered, page, scenarios.Sum(p => ((ScenarioMeta)p.Meta!).Minutes));
    }

    private static string Label(GuidePart part) => part switch
    {
        GuidePart.Before => "Facilitator guide, part 1 of 2: before you start",
        GuidePart.After => "Facilitator guide, part 2 of 2: red flags and debrief",
        _ => "Facilitator guide",
    };
}

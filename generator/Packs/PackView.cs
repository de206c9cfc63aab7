using PeerHub.Templates;

namespace PeerHub.Packs;

// What the pack layouts see. Page numbers are worked out here because every sheet prints as exactly one page
// (the browser tests check this on Letter and A4), so "Page 4 of 14" is right on paper and in the PDF alike.

/// <summary>A printable pack (Kind "curriculum" or "model") or the pack builder (Kind "builder", with a Library).</summary>
public sealed record PackView(
    string Kind,
    string Title,
    string? Audience,
    LinkView? Origin,
    int TotalMinutes,
    string Duration,
    IReadOnlyList<PackScenarioView> Scenarios,
    int PageCount,
    PackLibraryView? Library)
{
    /// <summary>The second language of a bilingual pack's role cards, or null.</summary>
    public string? AlsoIn { get; init; }
}

/// <summary>One scenario of a pack: its number, its guide sheets and its role-card sheets, in print order.</summary>
public sealed record PackScenarioView(
    int Number, string Id, string Slug, string Title, string Url, ScenarioView Scenario,
    IReadOnlyList<GuideSheetView> Guide, IReadOnlyList<CardSheetView> Cards);

/// <summary>One printed page of a facilitator guide. Part is "whole", "before" or "after".</summary>
public sealed record GuideSheetView(int Page, string Id, string Part, string Label);

/// <summary>One printed page of role cards: up to <see cref="PerPage"/> roles, each on its own card.</summary>
public sealed record CardSheetView(int Page, string Id, int Sheet, int SheetCount, int PerPage, IReadOnlyList<RoleView> Roles)
{
    /// <summary>On a bilingual pack, each role of <see cref="Roles"/> in the second language (null where the scenario has no translation).</summary>
    public IReadOnlyList<RoleView?> AlsoIn { get; init; } = [];
}

/// <summary>
/// The builder's data: the library as JSON for the script, the filter choices for the form, and every scenario's
/// sheets as <see cref="PageNumbering.Sheets"/> lays them out (unnumbered), which the script numbers after
/// <see cref="FrontPages"/> pages in the order chosen.
/// </summary>
public sealed record PackLibraryView(
    string Json, int Count, IReadOnlyList<LinkView> Models, IReadOnlyList<string> Skills, IReadOnlyList<LinkView> Difficulties,
    IReadOnlyList<LinkView> Grades, IReadOnlyList<LinkView> Packs, IReadOnlyList<PackScenarioView> Scenarios, int FrontPages);

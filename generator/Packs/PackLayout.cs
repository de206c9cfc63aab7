using PeerHub.Model;

namespace PeerHub.Packs;

/// <summary>
/// How a scenario is laid out on paper, decided once at build time and shared by the generated packs and the
/// pack builder (through its JSON), so a sheet is always exactly one printed page on US Letter and on A4.
/// The print stylesheet sizes sheets for the smaller of the two printable areas (186 mm by 255 mm).
/// </summary>
public static class PackLayout
{
    /// <summary>Characters on one printed line of a facilitator guide at 10 pt across 186 mm (measured, rounded down).</summary>
    private const int GuideLineChars = 100;

    /// <summary>
    /// Estimated lines a guide sheet holds. Measured on the hub's scenarios in Chromium: an estimated line takes
    /// about 4.8 mm, and a sheet has 236 mm for its body; 47 lines came to 224 mm, leaving room for wrapping.
    /// </summary>
    private const int GuideSheetLines = 47;

    /// <summary>
    /// A brief longer than this may not fit a quarter-page card, so the scenario's cards go two to a page.
    /// Measured in Chromium: briefs from about 580 characters overflowed a quarter card at 10 pt; cards print at 9.5 pt.
    /// </summary>
    private const int QuarterCardBriefChars = 560;

    /// <summary>
    /// The most characters of a role's two briefs (both languages) that a half-page bilingual card holds; longer ones
    /// print one card to a page. Measured in Chromium on the hub's Spanish and English briefs: 1,100 overflowed Letter.
    /// </summary>
    public const int HalfPageBilingualChars = 900;

    /// <summary>The sheet parts of a facilitator guide: one sheet when it fits, else "before" and "after" the role-play.</summary>
    public static IReadOnlyList<GuidePart> GuideParts(ScenarioMeta s) =>
        EstimatedGuideLines(s) <= GuideSheetLines ? [GuidePart.Whole] : [GuidePart.Before, GuidePart.After];

    /// <summary>Role cards per printed sheet: four in a two-by-two grid, or two stacked when a brief is long.</summary>
    public static int CardsPerSheet(ScenarioMeta s) =>
        s.Roles.Any(r => r.Brief.Length > QuarterCardBriefChars) ? 2 : 4;

    /// <summary>
    /// The same for a scenario in a language whose words run longer than English's (Spanish, by about a fifth): a
    /// 525-character Spanish brief overflowed a quarter card in Chromium, so the limit is cut by that much.
    /// </summary>
    public static int CardsPerSheet(ScenarioMeta s, bool longerLanguage) =>
        longerLanguage && s.Roles.Any(r => r.Brief.Length > QuarterCardBriefChars * 4 / 5) ? 2 : CardsPerSheet(s);

    /// <summary>A rough line count of the whole guide: each block's wrapped lines plus its heading.</summary>
    internal static int EstimatedGuideLines(ScenarioMeta s) => EstimatedBeforeLines(s) + EstimatedAfterLines(s) - 3;

    /// <summary>
    /// Whether each sheet of the guide fits a printed page. A guide split in two still overflows when one half is too
    /// long (a long content note and many facilitator notes): the build then asks the writer to shorten it.
    /// </summary>
    public static (bool Fits, string Part, int Lines) LongestPart(ScenarioMeta s)
    {
        if (EstimatedGuideLines(s) <= GuideSheetLines) return (true, "guide", EstimatedGuideLines(s));
        var (before, after) = (EstimatedBeforeLines(s), EstimatedAfterLines(s));
        return before >= after ? (before <= GuideSheetLines + 2, "first half", before) : (after <= GuideSheetLines + 2, "second half", after);
    }

    public const int SheetLines = GuideSheetLines;

    private static int Lines(string text) => Math.Max(1, (text.Length + GuideLineChars - 1) / GuideLineChars);
    private static int Block(IReadOnlyList<string> items) => items.Count == 0 ? 0 : 2 + items.Sum(Lines);

    /// <summary>The "before" sheet: facts, content note, setup and roles, facilitator notes and prompts.</summary>
    private static int EstimatedBeforeLines(ScenarioMeta s)
    {
        var lines = 3;                                                        // facts line and spacing
        if (s.ContentWarning is { } warning) lines += 2 + Lines(warning) + 4; // the note and its fixed opt-out and coping lines
        lines += 2 + Lines(s.Setup) + 2;                                      // setup, then the roles in one line
        return lines + Block(s.FacilitatorNotes) + Block(s.Prompts);
    }

    /// <summary>The "after" sheet: red flags, escalation, debrief and the closing hope line.</summary>
    private static int EstimatedAfterLines(ScenarioMeta s)
    {
        var lines = 3 + Block(s.Debrief);
        lines += s.RedFlags.Count == 0 ? 3 : Block(s.RedFlags) + Block(s.Escalation) + 1;
        if (s.Hope is { } hope) lines += 1 + Lines("Close with hope: " + hope);   // the closing line, set off by a rule
        return lines;
    }
}

/// <summary>Which part of a facilitator guide a sheet carries.</summary>
public enum GuidePart
{
    /// <summary>The whole guide on one sheet.</summary>
    Whole,
    /// <summary>Content note, notes, setup, roles and prompts: what the facilitator needs to start.</summary>
    Before,
    /// <summary>Red flags, escalation and debrief: what the facilitator needs during and after.</summary>
    After,
}

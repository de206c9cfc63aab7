using System.Text.Json;
using System.Text.Json.Serialization;
using PeerHub.Templates;
using PeerHub.Model;

namespace PeerHub.Packs;

/// <summary>
/// The pack builder's data: every scenario's facts as JSON for a <c>&lt;script type="application/json"&gt;</c> block
/// (to filter and list), every scenario's sheets laid out as in the printed packs (to be rendered on the page, and
/// only cloned and numbered by the script), and the choices of the filter form.
/// </summary>
public static class PackLibrary
{
    // Written at compile time (the reflection-based serializer builds its accessors on first use, on the render's clock).
    // The default encoder escapes <, > and &, so no text in the data can close the script element.
    private static readonly PackJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    });

    public static PackView View(Page page, SiteModel site, ViewBuilder views)
    {
        var scenarios = site.Pages.Where(p => p.Meta is ScenarioMeta)
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        var entries = scenarios.Select(p => Entry(p, (ScenarioMeta)p.Meta!, views)).ToList();

        var models = site.Pages.Where(p => p.Meta is ModelMeta && site.Relations.Listed<ScenarioMeta>(p.Url).Count > 0)
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Select(p => new LinkView(p.Title, p.Slug)).ToList();
        var skills = scenarios.SelectMany(p => ((ScenarioMeta)p.Meta!).Skills).Select(k => k.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var difficulties = Enum.GetValues<Difficulty>().Select(d => new LinkView(views.Words.Difficulty(d), d.ToString().ToLowerInvariant())).ToList();
        var grades = scenarios.SelectMany(p => ((ScenarioMeta)p.Meta!).GradeBands).Distinct().Order()
            .Select(b => new LinkView(Requirements.Grades(b), b.ToString().ToLowerInvariant())).ToList();
        var packs = site.OfKind(PackKind.Instance).OrderBy(p => p.Url, StringComparer.Ordinal).Select(p => new LinkView(p.Title, p.Url)).ToList();

        var sheets = scenarios.Select(p => PageNumbering.Sheets(p, views)).ToList();
        var library = new PackLibraryView(JsonSerializer.Serialize(entries, Json.ListLibraryEntry), entries.Count, models, skills, difficulties, grades, packs,
            sheets, PageNumbering.FrontPages);
        return new PackView("builder", page.Title, null, null, 0, "", [], 0, library);
    }

    private static LibraryEntry Entry(Page page, ScenarioMeta meta, ViewBuilder views)
    {
        var s = views.Scenario(page, meta);
        return new LibraryEntry(
            page.Slug, page.Title, page.Url, meta.Models.Select(r => r.Slug).ToList(),
            meta.Skills.Select(k => k.Trim()).ToList(), meta.Difficulty.ToString().ToLowerInvariant(), s.Difficulty, meta.Minutes,
            meta.RedFlags.Count > 0, meta.GradeBands.Select(b => b.ToString().ToLowerInvariant()).ToList(), s.Grades);
    }

    /// <summary>
    /// One scenario as the builder's script reads it to filter, list and time the pack; what it prints comes from the
    /// scenario's pre-rendered sheets on the page.
    /// </summary>
    internal sealed record LibraryEntry(
        string Slug, string Title, string Url, IReadOnlyList<string> Models, IReadOnlyList<string> Skills,
        string Difficulty, string DifficultyName, int Minutes, bool Escalates, IReadOnlyList<string> GradeBands, string Grades);
}

[JsonSerializable(typeof(List<PackLibrary.LibraryEntry>))]
internal sealed partial class PackJson : JsonSerializerContext;

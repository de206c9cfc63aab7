using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Content;

/// <summary>Rules shared by several kinds of record (each kind keeps its own in its Check).</summary>
public static class ContentRules
{
    /// <summary>Topics that need a content warning before a group role-plays them.</summary>
    public static readonly IReadOnlySet<string> SensitiveTopics = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "self-harm", "suicidal thoughts", "suicide", "abuse or neglect", "abuse", "neglect", "substance use",
        "disordered eating", "threat to others", "grief", "bullying", "cyberbullying", "violence",
    };

    /// <summary>An entry of content/data/resources.yml.</summary>
    public static void CheckResource(Resource r, DiagnosticBag d)
    {
        if (!r.Url.StartsWith("https://", StringComparison.Ordinal))
            d.Warning(Codes.ReviewWarning, r.Spans.Of(nameof(r.Url)), $"the link `{r.Url}` should start with https://");
        CheckTiers(r.Tiers, r.Spans.Of(nameof(r.Tiers)), d);
    }

    public static void CheckTiers(IEnumerable<int> tiers, SourceSpan at, DiagnosticBag d)
    {
        foreach (var tier in tiers.Where(t => t is < 1 or > 3))
            d.Error(Codes.InvalidValue, at, $"`tiers` may hold only 1, 2 or 3, not {tier}");
    }
}

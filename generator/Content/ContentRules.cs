using System.Text.RegularExpressions;
using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Content;

/// <summary>Rules about one record that its types alone cannot say.</summary>
public static partial class ContentRules
{
    [GeneratedRegex(@"^\d+(\.\d+)?(\s*-\s*\d+(\.\d+)?)?$")]
    private static partial Regex HoursPattern();

    /// <summary>Topics that need a content warning before a group role-plays them.</summary>
    public static readonly IReadOnlySet<string> SensitiveTopics = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "self-harm", "suicidal thoughts", "suicide", "abuse or neglect", "abuse", "neglect", "substance use",
        "disordered eating", "threat to others", "grief", "bullying", "cyberbullying", "violence",
    };

    public static void Check(object meta, DiagnosticBag d)
    {
        switch (meta)
        {
            case TierMeta t when t.Tier is < 1 or > 3:
                d.Error(Codes.InvalidValue, t.At, $"`tier` must be 1, 2 or 3, not {t.Tier}");
                break;
            case ModelMeta m:
                if (m.Tiers.Count == 0) d.Error(Codes.InvalidValue, m.At, "`tiers` must name at least one tier (1, 2 or 3)");
                CheckTiers(m.Tiers, m.At, d);
                if (!HoursPattern().IsMatch(m.TrainingHours.Trim()))
                    d.Error(Codes.InvalidValue, m.At, $"`training_hours` must be a number such as 8 or a range such as 4-5, not `{m.TrainingHours}`");
                break;
            case CurriculumMeta c:
                if (c.Sessions.Count == 0) d.Error(Codes.InvalidValue, c.At, "`sessions` must list at least one session");
                foreach (var s in c.Sessions.Where(s => s.Minutes <= 0))
                    d.Error(Codes.InvalidValue, s.At, $"session `{s.Title}` must last more than 0 minutes");
                break;
            case ScenarioMeta s:
                if (s.Minutes <= 0) d.Error(Codes.InvalidValue, s.At, "`minutes` must be more than 0");
                if (s.Roles.Count == 0) d.Error(Codes.InvalidValue, s.At, "`roles` must list at least one role with its brief");
                if (s.RedFlags.Count > 0 && s.Escalation.Count == 0)
                    d.Error(Codes.ContentRule, s.At,
                        "a scenario with `red_flags` must have `escalation` steps that end with the adult the concern goes to");
                if (string.IsNullOrWhiteSpace(s.ContentWarning) && s.Topics.FirstOrDefault(SensitiveTopics.Contains) is { } topic)
                    d.Warning(Codes.ReviewWarning, s.At,
                        $"the topic `{topic}` is sensitive: add a `content_warning` saying what the scenario touches and that players may step out");
                break;
            case Resource r:
                if (!r.Url.StartsWith("https://", StringComparison.Ordinal))
                    d.Warning(Codes.ReviewWarning, r.At, $"the link `{r.Url}` should start with https://");
                CheckTiers(r.Tiers, r.At, d);
                break;
        }
    }

    private static void CheckTiers(IEnumerable<int> tiers, SourceSpan at, DiagnosticBag d)
    {
        foreach (var tier in tiers.Where(t => t is < 1 or > 3))
            d.Error(Codes.InvalidValue, at, $"`tiers` may hold only 1, 2 or 3, not {tier}");
    }
}

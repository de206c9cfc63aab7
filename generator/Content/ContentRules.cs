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
        "suicide loss", "dating violence", "overdose",
    };

    /// <summary>Topics about suicide or self-harm: a scenario with one closes its debrief with a line of hope and help-seeking.</summary>
    public static readonly IReadOnlySet<string> SuicideTopics = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "self-harm", "suicidal thoughts", "suicide", "suicide loss",
    };

    /// <summary>An entry of content/data/resources.yml.</summary>
    public static void CheckResource(Resource r, DiagnosticBag d)
    {
        if (!r.Url.StartsWith("https://", StringComparison.Ordinal))
            d.Warning(Codes.ReviewWarning, r.Spans.Of(nameof(r.Url)), $"the link `{r.Url}` should start with https://");
        CheckTiers(r.Tiers, r.Spans.Of(nameof(r.Tiers)), d);
        CheckDate(r.Date, r.Spans.Of(nameof(r.Date)), d);
    }

    /// <summary>content/data/synonyms.yml: each group names two or more words, and a word belongs to one group only.</summary>
    public static void CheckSynonyms(IReadOnlyList<SynonymGroup> groups, DiagnosticBag d)
    {
        var seen = new Dictionary<string, SynonymGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            if (group.Words.Count(w => !string.IsNullOrWhiteSpace(w)) < 2)
                d.Error(Codes.InvalidValue, group.Spans.Of(nameof(group.Words)), "a synonym group needs two or more words");
            foreach (var word in group.Words.Where(w => !string.IsNullOrWhiteSpace(w)))
                if (!seen.TryAdd(word.Trim(), group))
                    d.Error(Codes.DuplicateSlug, group.Spans.Of(nameof(group.Words)),
                        $"`{word.Trim()}` is already in the synonym group at line {seen[word.Trim()].At.Line}; a word belongs to one group");
        }
    }

    /// <summary>The language of a translation of content/data/notices.yml (<c>data/notices.es.yml</c> is es), else null.</summary>
    public static string? NoticesLanguage(string relativePath) =>
        relativePath.Length > "data/notices..yml".Length
        && relativePath.StartsWith("data/notices.", StringComparison.Ordinal) && relativePath.EndsWith(".yml", StringComparison.Ordinal)
        && relativePath["data/notices.".Length..^".yml".Length] is { Length: >= 2 } code && code.All(c => char.IsAsciiLetterLower(c) || c == '-')
            ? code : null;

    /// <summary>content/data/notices.yml (or a translation): each id once and in kebab-case, text in every notice, known placeholders only.</summary>
    public static void CheckNotices(IReadOnlyList<Notice> notices, DiagnosticBag d)
    {
        var seen = new Dictionary<string, Notice>(StringComparer.Ordinal);
        foreach (var n in notices)
        {
            if (!seen.TryAdd(n.Id, n))
                d.Error(Codes.DuplicateSlug, n.Spans.Of(nameof(n.Id)), $"the id `{n.Id}` is already used by the notice at line {seen[n.Id].Spans.Of(nameof(n.Id)).Line}");
            if (!System.Text.RegularExpressions.Regex.IsMatch(n.Id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
                d.Error(Codes.InvalidValue, n.Spans.Of(nameof(n.Id)), $"a notice's `id` is lower-case words joined by hyphens, not `{n.Id}`");
            if (string.IsNullOrWhiteSpace(n.Text)) d.Error(Codes.MissingField, n.Spans.Of(nameof(n.Text)), "`text` must not be empty");
            Placeholders.Check(n.Title, n.Spans.Of(nameof(n.Title)), d);
            Placeholders.Check(n.Text, n.Spans.Of(nameof(n.Text)), d);
        }
    }

    /// <summary>A translation of the notices keeps their ids: each one must be a notice of content/data/notices.yml.</summary>
    public static void CheckNoticeTranslation(IReadOnlyList<Notice> translated, IReadOnlyList<Notice> source, DiagnosticBag d)
    {
        var ids = source.Select(n => n.Id).ToList();
        foreach (var n in translated.Where(n => !ids.Contains(n.Id, StringComparer.Ordinal)))
        {
            var hint = PeerHub.Text.Suggest.Closest(n.Id, ids);
            d.Error(Codes.BrokenReference, n.Spans.Of(nameof(n.Id)),
                $"there is no notice `{n.Id}` in content/data/notices.yml to translate; a translation keeps each notice's id" + (hint is null ? "" : $"; did you mean `{hint}`?"));
        }
    }

    /// <summary>An entry of content/data/sources.yml.</summary>
    public static void CheckSource(Source s, DiagnosticBag d) => CheckDate(s.Date, s.Spans.Of(nameof(s.Date)), d);

    /// <summary>A publication date: YYYY, YYYY-MM or YYYY-MM-DD, and a real one (not 2024-13-45).</summary>
    public static void CheckDate(string? date, SourceSpan at, DiagnosticBag d)
    {
        if (date is null) return;
        var ok = date.Length switch
        {
            4 => int.TryParse(date, out var y) && y is >= 1900 and <= 2100,
            7 => DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", out _),
            10 => DateOnly.TryParseExact(date, "yyyy-MM-dd", out _),
            _ => false,
        };
        if (!ok) d.Error(Codes.InvalidValue, at, $"`date` must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, not `{date}`");
    }

    /// <summary>Each slug once in a list: the same model or scenario named twice would be listed twice.</summary>
    public static void CheckUnique(IEnumerable<SlugRef> refs, string list, DiagnosticBag d)
    {
        foreach (var again in refs.GroupBy(r => r.Slug, StringComparer.Ordinal).SelectMany(g => g.Skip(1)))
            d.Error(Codes.DuplicateSlug, again.At, $"`{again.Slug}` is already in `{list}`; name it once");
    }

    /// <summary>An <c>audience:</c> that is written names at least one audience, each once.</summary>
    public static void CheckAudience(IPageMeta meta, DiagnosticBag d)
    {
        if (meta is not IAudienceMeta { Audience: { } audience }) return;
        var at = meta.Spans.Of(nameof(IAudienceMeta.Audience));
        if (audience.Count == 0)
            d.Error(Codes.InvalidValue, at, "`audience` must name at least one of coordinators, trainers, families, students; leave it out for the default");
        foreach (var again in audience.GroupBy(a => a).Where(g => g.Count() > 1))
            d.Error(Codes.DuplicateSlug, at, $"`{PeerHub.Text.Naming.ToSnake(again.Key.ToString())}` is already in `audience`; name it once");
    }

    public static void CheckTiers(IEnumerable<int> tiers, SourceSpan at, DiagnosticBag d)
    {
        foreach (var tier in tiers.Where(t => t is < 1 or > 3))
            d.Error(Codes.InvalidValue, at, $"`tiers` may hold only 1, 2 or 3, not {tier}");
    }
}

using PeerHub.Diagnostics;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Planner;

/// <summary>Checks the planner against itself and the site: unique ids, known pages, models, questions and options.</summary>
public static class PlannerValidator
{
    public static void Check(PlannerDefinition planner, SiteModel site, DiagnosticBag d)
    {
        CheckScale(planner, d);
        Unique(planner.Sections.Select(s => (s.Id, s.Spans.Of(nameof(s.Id)))), "section", d);
        Unique(planner.Questions.Select(x => (x.Question.Id, x.Question.Spans.Of(nameof(Question.Id)))), "question", d);
        foreach (var (section, question) in planner.Questions)
        {
            Unique(question.Options.Select(o => (o.Id, o.Spans.Of(nameof(o.Id)))), $"option of question `{question.Id}`", d);
            foreach (var option in question.Options.Where(o => o.AddedIn is < 2))
                d.Error(Codes.InvalidValue, option.Spans.Of(nameof(AnswerOption.AddedIn)),
                    $"`added_in` is {option.AddedIn}, but the first edition of the planner is 1: an answer added later says 2 or more");
            if (section.Group == SectionGroup.Profile && question.Options.Count == 0)
                d.Error(Codes.MissingField, question.At,
                    $"question `{question.Id}` is in a profile section, which is not rated, so it needs its own `options`");
            CheckLinks(question.Links, site, d);
        }
        foreach (var section in planner.Sections)
        {
            CheckLinks(section.Links, site, d);
            if (section.Group != SectionGroup.Profile && section.Nappp is null)
                d.Error(Codes.MissingField, section.At,
                    $"section `{section.Id}` is rated, so it needs `nappp`, the NAPPP standard it belongs to (planning, commitment, staffing, structure, implementation or evaluation)");
            if (section.Group == SectionGroup.Profile && (section.Nappp is not null || section.Shape is not null))
                d.Error(Codes.InvalidValue, section.Spans.Of(section.Nappp is not null ? nameof(section.Nappp) : nameof(section.Shape)),
                    $"section `{section.Id}` is a profile section, which is not rated, so it takes no `nappp` or `shape`");
            if (section.Questions.Count == 0) d.Error(Codes.MissingField, section.Spans.KeyOf(nameof(section.Questions)), $"section `{section.Id}` has no questions");
        }
        foreach (var rule in planner.Rules) CheckRule(rule, planner, site, d);
    }

    private static void CheckScale(PlannerDefinition planner, DiagnosticBag d)
    {
        var usesScale = planner.Questions.Any(x => x.Question.Options.Count == 0);
        if (usesScale && !planner.Scale.Any(o => o.Score is not null))
            d.Error(Codes.MissingField, SourceSpan.FileStart(planner.ScalePath),
                "rated questions use the scale in this file, but it has no option with a `score`");
        Unique(planner.Scale.Select(o => (o.Id, o.Spans.Of(nameof(o.Id)))), "scale option", d);
    }

    private static void Unique(IEnumerable<(string Id, SourceSpan At)> items, string what, DiagnosticBag d)
    {
        foreach (var group in items.GroupBy(i => i.Id).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                d.Error(Codes.DuplicateSlug, dup.At, $"the {what} id `{group.Key}` is already used at line {group.First().At.Line}");
    }

    private static void CheckLinks(IEnumerable<SlugRef> links, SiteModel site, DiagnosticBag d)
    {
        foreach (var link in links)
        {
            var path = link.Slug.Split('#')[0];
            if (!path.StartsWith('/') || !path.EndsWith('/'))
            {
                d.Error(Codes.InvalidValue, link.At, $"the link `{link.Slug}` must be a hub page written from the site root with a trailing slash, such as /elements/staffing/");
                continue;
            }
            if (site.ByUrl(path) is not null) continue;
            var hint = Suggest.Closest(path, site.Pages.Select(p => p.Url));
            d.Error(Codes.BrokenReference, link.At,
                $"the link `{link.Slug}` points to a page the site does not have" + (hint is null ? "" : $"; did you mean `{hint}`?"));
        }
    }

    private static void CheckRule(RecommendationRule rule, PlannerDefinition planner, SiteModel site, DiagnosticBag d)
    {
        if (rule.Tier is not (1 or 2))
            d.Error(Codes.InvalidValue, rule.Spans.Of(nameof(rule.Tier)), $"`tier` must be 1 or 2: the planner recommends universal and targeted programs, not {rule.Tier}");
        var model = site.ByUrl($"/models/{rule.Model.Slug}/");
        if (model?.Meta is not ModelMeta meta)
        {
            var hint = Suggest.Closest(rule.Model.Slug, site.Of<ModelMeta>().Select(m => m.Page.Slug));
            d.Error(Codes.BrokenReference, rule.Model.At,
                $"there is no program model `{rule.Model.Slug}` (looked for content/models/{rule.Model.Slug}.md)" + (hint is null ? "" : $"; did you mean `{hint}`?"));
        }
        else if (rule.Tier is 1 or 2 && !meta.Tiers.Contains(rule.Tier))
        {
            d.Error(Codes.InvalidValue, rule.Spans.Of(nameof(rule.Tier)),
                $"`tier` is {rule.Tier}, but {model.Source.Path} places `{rule.Model.Slug}` in tier {string.Join(" and ", meta.Tiers)}");
        }

        var questions = planner.Questions.GroupBy(x => x.Question.Id).ToDictionary(g => g.Key, g => g.First().Question, StringComparer.Ordinal);
        foreach (var condition in planner.SectionsUnreadable ? [] : rule.When)
        {
            if (!questions.TryGetValue(condition.Question.Slug, out var question))
            {
                var hint = Suggest.Closest(condition.Question.Slug, questions.Keys);
                d.Error(Codes.BrokenReference, condition.Question.At,
                    $"there is no planner question `{condition.Question.Slug}` in content/{PlannerDefinition.SectionsFile}" + (hint is null ? "" : $"; did you mean `{hint}`?"));
                continue;
            }
            var options = planner.OptionsOf(question).Select(o => o.Id).ToList();
            foreach (var option in condition.Is.Where(o => !options.Contains(o.Slug)))
                d.Error(Codes.BrokenReference, option.At,
                    $"question `{question.Id}` has no option `{option.Slug}` (its options: {string.Join(", ", options)})");
        }
    }
}

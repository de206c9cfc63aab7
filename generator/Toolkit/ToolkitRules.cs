using PeerHub.Diagnostics;
using PeerHub.Model;

namespace PeerHub.Toolkit;

/// <summary>
/// The rules a toolkit template keeps beyond its record's types: one key per block, known placeholders only, a flowchart
/// whose steps all connect, and a fit of one or two sheets. Each problem is a located error; a notice id is checked
/// against content/data/notices.yml by the assembler, as sources are.
/// </summary>
public static class ToolkitRules
{
    public const int MaxSheets = 2;
    public const int MaxLines = 30;
    public const int MaxRows = 40;
    public const int MaxCopies = 12;

    /// <summary>The block keys, in the order the design lists them, with whether a block sets each.</summary>
    public static IEnumerable<(string Key, bool Set)> Keys(ToolkitBlock b) =>
    [
        ("heading", b.Heading is not null), ("text", b.Text is not null), ("checkboxes", b.Checkboxes is not null),
        ("field", b.Field is not null), ("lines", b.Lines is not null), ("table", b.Table is not null),
        ("signature", b.Signature is not null), ("notice", b.Notice is not null), ("flowchart", b.Flowchart is not null),
        ("cards", b.Cards is not null), ("page_break", b.PageBreak is not null),
    ];

    /// <summary>The one key a block sets, or null when it sets none or several.</summary>
    public static string? KeyOf(ToolkitBlock b) => Keys(b).Where(k => k.Set).Select(k => k.Key).ToList() is [var one] ? one : null;

    public static void Check(ToolkitMeta t, DiagnosticBag d)
    {
        if (t.Audience.Count == 0)
            d.Error(Codes.InvalidValue, t.Spans.Of(nameof(t.Audience)), "`audience` must name at least one of family, student, peer_helper, staff, adult_advisor");
        foreach (var again in t.Audience.GroupBy(a => a).Where(g => g.Count() > 1))
            d.Error(Codes.DuplicateSlug, t.Spans.Of(nameof(t.Audience)), $"`{PeerHub.Text.Naming.ToSnake(again.Key.ToString())}` is already in `audience`; name it once");
        CheckFit(t.Fit, d);
        if (t.Copies is < 2 or > MaxCopies)
            d.Error(Codes.InvalidValue, t.Spans.Of(nameof(t.Copies)),
                $"`copies` is how many copies print on each sheet to cut apart, 2 to {MaxCopies}, not {t.Copies}; leave it out for one form a sheet");
        foreach (var (text, field) in new[] { (t.Title, nameof(t.Title)), (t.Summary, nameof(t.Summary)) })
            foreach (var word in Placeholders.In(text).Distinct(StringComparer.Ordinal))
                d.Error(Codes.InvalidValue, t.Spans.Of(field),
                    $"`{{{word}}}` in the {field.ToLowerInvariant()}: titles and summaries show in lists and search, where no school's details are filled in; write it without the placeholder");
        Placeholders.Check(t.Purpose, t.Spans.Of(nameof(t.Purpose)), d);
        if (t.Blocks.Count == 0) d.Error(Codes.InvalidValue, t.Spans.KeyOf(nameof(t.Blocks)), "`blocks` must list at least one block");
        foreach (var block in t.Blocks) CheckBlock(block, d);
    }

    private static void CheckFit(PaperFit fit, DiagnosticBag d)
    {
        foreach (var (sheets, paper, field) in new[] { (fit.Letter, "letter", nameof(fit.Letter)), (fit.A4, "a4", nameof(fit.A4)) })
            if (sheets is < 1 or > MaxSheets)
                d.Error(Codes.InvalidValue, fit.Spans.Of(field),
                    $"`fit.{paper}` is the number of sheets the template prints on, 1 or 2, not {sheets}; a longer form is two templates");
    }

    private static void CheckBlock(ToolkitBlock b, DiagnosticBag d)
    {
        var set = Keys(b).Where(k => k.Set).Select(k => k.Key).ToList();
        if (set.Count == 0)
        {
            d.Error(Codes.InvalidValue, b.At,
                $"a block needs one key: {string.Join(", ", Keys(b).Select(k => k.Key))}");
            return;
        }
        if (set.Count > 1)
        {
            d.Error(Codes.InvalidValue, b.At,
                $"a block has exactly one key, but this one has {string.Join(" and ", set.Select(k => $"`{k}`"))}; make each its own block (`- {set[0]}: ...`, `- {set[1]}: ...`). A translation keeps each block's key");
            return;
        }
        void Text(string? text, SourceSpan at, string what)
        {
            if (string.IsNullOrWhiteSpace(text)) d.Error(Codes.MissingField, at, $"{what} must not be empty");
            else Placeholders.Check(text, at, d);
        }
        if (b.Heading is not null) Text(b.Heading, b.Spans.Of(nameof(b.Heading)), "`heading`");
        if (b.Text is not null) Text(b.Text, b.Spans.Of(nameof(b.Text)), "`text`");
        if (b.Checkboxes is { } c)
        {
            Text(c.Label, c.Spans.Of(nameof(c.Label)), "`checkboxes.label`");
            if (c.Items.Count == 0) d.Error(Codes.InvalidValue, c.Spans.KeyOf(nameof(c.Items)), "`checkboxes.items` must list at least one box");
            foreach (var item in c.Items) Text(item, c.Spans.Of(nameof(c.Items)), "an item of `checkboxes.items`");
        }
        if (b.Field is { } f) Text(f.Label, f.Spans.Of(nameof(f.Label)), "`field.label`");
        if (b.Signature is { } s) Text(s.Label, s.Spans.Of(nameof(s.Label)), "`signature.label`");
        if (b.Lines is { } l)
        {
            Text(l.Label, l.Spans.Of(nameof(l.Label)), "`lines.label`");
            if (l.Count is < 1 or > MaxLines)
                d.Error(Codes.InvalidValue, l.Spans.Of(nameof(l.Count)), $"`lines.count` is the number of lines to write on, 1 to {MaxLines}, not {l.Count}");
        }
        if (b.Table is { } table)
        {
            Text(table.Label, table.Spans.Of(nameof(table.Label)), "`table.label`");
            if (table.Columns.Count == 0) d.Error(Codes.InvalidValue, table.Spans.KeyOf(nameof(table.Columns)), "`table.columns` must list at least one column heading");
            foreach (var column in table.Columns) Text(column, table.Spans.Of(nameof(table.Columns)), "a column of `table.columns`");
            if (table.Rows is < 1 or > MaxRows)
                d.Error(Codes.InvalidValue, table.Spans.Of(nameof(table.Rows)), $"`table.rows` is the number of empty rows, 1 to {MaxRows}, not {table.Rows}");
        }
        if (b.Flowchart is { } chart) CheckFlowchart(chart, d);
        if (b.Cards is { } cards)
        {
            Text(cards.Label, cards.Spans.Of(nameof(cards.Label)), "`cards.label`");
            if (cards.Items.Count == 0) d.Error(Codes.InvalidValue, cards.Spans.KeyOf(nameof(cards.Items)), "`cards.items` must list at least one card");
            foreach (var item in cards.Items) Text(item, cards.Spans.Of(nameof(cards.Items)), "an item of `cards.items`");
        }
        if (b.PageBreak is false)
            d.Error(Codes.InvalidValue, b.Spans.Of(nameof(b.PageBreak)), "`page_break: false` does nothing; leave the block out, or write `page_break: true` to start a new sheet");
    }

    private static void CheckFlowchart(ToolkitFlowchart chart, DiagnosticBag d)
    {
        if (string.IsNullOrWhiteSpace(chart.Label)) d.Error(Codes.MissingField, chart.Spans.Of(nameof(chart.Label)), "`flowchart.label` must not be empty");
        else Placeholders.Check(chart.Label, chart.Spans.Of(nameof(chart.Label)), d);
        if (chart.Steps.Count == 0)
        {
            d.Error(Codes.InvalidValue, chart.Spans.KeyOf(nameof(chart.Steps)), "`flowchart.steps` must list at least one step");
            return;
        }
        var ids = new Dictionary<string, FlowStep>(StringComparer.Ordinal);
        foreach (var step in chart.Steps)
            if (!ids.TryAdd(step.Id.Slug, step))
                d.Error(Codes.DuplicateSlug, step.Id.At, $"the step id `{step.Id.Slug}` is already used at line {ids[step.Id.Slug].Id.At.Line}; each step needs its own");
        void Target(SlugRef to, string key)
        {
            if (ids.ContainsKey(to.Slug)) return;
            var hint = PeerHub.Text.Suggest.Closest(to.Slug, ids.Keys);
            d.Error(Codes.BrokenReference, to.At,
                $"`{key}` names the step `{to.Slug}`, but this flowchart has no step with that id" + (hint is null ? "" : $"; did you mean `{hint}`?")
                + $" (steps: {string.Join(", ", ids.Keys)})");
        }
        foreach (var step in chart.Steps)
        {
            if (string.IsNullOrWhiteSpace(step.Text)) d.Error(Codes.MissingField, step.Spans.Of(nameof(step.Text)), "a step's `text` must not be empty");
            else Placeholders.Check(step.Text, step.Spans.Of(nameof(step.Text)), d);
            if (step.Next is { } next && step.Branches.Count > 0)
                d.Error(Codes.InvalidValue, step.Spans.KeyOf(nameof(step.Branches)),
                    $"the step `{step.Id.Slug}` has both `next` and `branches`; a step goes on one way (`next`) or several labelled ways (`branches`)");
            if (step.Branches.Count == 1)
                d.Error(Codes.InvalidValue, step.Spans.KeyOf(nameof(step.Branches)),
                    $"the step `{step.Id.Slug}` has one branch; write `next: {step.Branches[0].To.Slug}` for one way on, or add the other branches");
            if (step.Next is { } n)
            {
                Target(n, "next");
                if (n.Slug == step.Id.Slug) d.Error(Codes.InvalidValue, n.At, $"the step `{step.Id.Slug}` leads to itself");
            }
            foreach (var branch in step.Branches)
            {
                if (string.IsNullOrWhiteSpace(branch.Label)) d.Error(Codes.MissingField, branch.Spans.Of(nameof(branch.Label)), "a branch's `label` must not be empty");
                else Placeholders.Check(branch.Label, branch.Spans.Of(nameof(branch.Label)), d);
                Target(branch.To, "to");
            }
        }
        // Every step after the first is reached from another: a step nothing leads to is a step the reader never gets to.
        var reached = chart.Steps.SelectMany(s => s.Branches.Select(b => b.To.Slug).Concat(s.Next is { } n ? [n.Slug] : []))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var step in chart.Steps.Skip(1).Where(s => !reached.Contains(s.Id.Slug)).DistinctBy(s => s.Id.Slug))
            d.Error(Codes.InvalidValue, step.Id.At,
                $"no step leads to `{step.Id.Slug}`: name it in another step's `next` or in a branch's `to`, or remove it (the first step is where the chart starts)");
    }

    /// <summary>The notice ids a template's blocks print.</summary>
    public static IEnumerable<SlugRef> Notices(ToolkitMeta t) => t.Blocks.Select(b => b.Notice).OfType<SlugRef>();
}

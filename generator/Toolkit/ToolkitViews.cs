using System.Net;
using System.Text;
using PeerHub.Model;
using PeerHub.Templates;
using PeerHub.Text;

namespace PeerHub.Toolkit;

/// <summary>
/// Builds the toolkit's views: a template's blocks as HTML with placeholders marked for the profile script, its
/// flowcharts drawn as SVG with a text version, and the school profile's fields. Words come from the theme's
/// <c>toolkit.*</c> strings in the page's language, English when a theme lacks them.
/// </summary>
public static partial class ToolkitViews
{
    public const string ProfileUrl = "/toolkit/profile/";

    /// <summary>The word a placeholder shows until the profile fills it in ("school name"), in the page's language.</summary>
    public static string Blank(ViewBuilder views, string key) => views.Word($"toolkit.placeholders.{key}.blank", key.Replace('_', ' '));

    public static ToolkitView Template(Page page, ToolkitMeta t, ViewBuilder views)
    {
        var site = views.SiteModel;
        var blocks = t.Blocks.Select((b, i) => Block(b, $"tk-{i + 1}", views)).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts(t, site)) used.UnionWith(Placeholders.In(text).Where(Placeholders.IsKnown));
        return new ToolkitView(
            page.Slug, Fill(Paragraphs(views.RenderInline(t.Purpose)), views), t.Audience.Select(a => AudienceName(a, views)).ToList(),
            t.Fit.Letter, t.Fit.A4, t.Copies ?? 1,
            t.Models.Select(r => site.ByUrl($"/models/{r.Slug}/")).OfType<Page>().Select(views.Link).ToList(),
            site.Relations.Listed<CurriculumMeta>(page.Url).Select(views.Link).ToList(),
            blocks,
            Placeholders.All.Where(used.Contains).Select(k => Placeholder(k, views)).ToList(),
            ProfileUrl);
    }

    public static ToolkitProfileView Profile(ViewBuilder views) => new(
        Placeholders.All.Select(k => Placeholder(k, views)).ToList(), "/toolkit/",
        views.SiteModel.Of<ToolkitMeta>().Count());

    private static PlaceholderView Placeholder(string key, ViewBuilder views) => new(
        key, "profile-" + key.Replace('_', '-'),
        views.Word($"toolkit.placeholders.{key}.label", char.ToUpperInvariant(key[0]) + key[1..].Replace('_', ' ')),
        views.Word($"toolkit.placeholders.{key}.hint", ""),
        key.EndsWith("_url", StringComparison.Ordinal) ? "url" : "text");

    /// <summary>Who a template is for, as the listing and the page name them.</summary>
    public static string AudienceName(ToolkitAudience audience, ViewBuilder views)
    {
        var key = Naming.ToSnake(audience.ToString());
        return views.Word($"toolkit.audience.{key}", audience switch
        {
            ToolkitAudience.Family => "Families",
            ToolkitAudience.Student => "Students",
            ToolkitAudience.PeerHelper => "Peer helpers",
            ToolkitAudience.Staff => "Staff",
            _ => "Adult advisors",
        });
    }

    /// <summary>Every text of a template a placeholder may be in, its notices' included.</summary>
    private static IEnumerable<string?> Texts(ToolkitMeta t, SiteModel site)
    {
        yield return t.Purpose;
        foreach (var b in t.Blocks)
        {
            yield return b.Heading;
            yield return b.Text;
            if (b.Checkboxes is { } c) { yield return c.Label; foreach (var i in c.Items) yield return i; }
            yield return b.Field?.Label;
            yield return b.Lines?.Label;
            yield return b.Signature?.Label;
            if (b.Table is { } table) { yield return table.Label; foreach (var col in table.Columns) yield return col; }
            if (b.Cards is { } cards) { yield return cards.Label; foreach (var item in cards.Items) yield return item; }
            if (b.Notice is { } n && Notice(site, n.Slug) is var (notice, _) && notice is not null) { yield return notice.Title; yield return notice.Text; }
            if (b.Flowchart is { } f)
            {
                yield return f.Label;
                foreach (var s in f.Steps) { yield return s.Text; foreach (var br in s.Branches) yield return br.Label; }
            }
        }
    }

    /// <summary>A notice in the site's language, else the default language's (then its language is that one's code).</summary>
    private static (Notice? Notice, string? Lang) Notice(SiteModel site, string id) =>
        site.TranslatedNotices.TryGetValue(id, out var local) ? (local, null)
        : site.Notices.TryGetValue(id, out var source) ? (source, site.Languages.IsDefault ? null : site.Languages.Default.Code)
        : (null, null);

    private static ToolkitBlockView Block(ToolkitBlock b, string id, ViewBuilder views)
    {
        string Inline(string text) => Fill(views.RenderInline(InlineOnly(text)), views);
        var empty = Array.Empty<string>();
        var noRows = Array.Empty<IReadOnlyList<TableCellView>>();
        ToolkitBlockView Make(string kind, string html = "", string label = "", IReadOnlyList<string>? items = null, int count = 0,
            IReadOnlyList<string>? columns = null, IReadOnlyList<IReadOnlyList<TableCellView>>? rows = null, string? lang = null, FlowchartView? chart = null) =>
            new(kind, id, html, label, items ?? empty, count, columns ?? empty, rows ?? noRows, lang, chart);

        if (b.Heading is { } heading) return Make("heading", Inline(heading));
        if (b.Text is { } text) return Make("text", Fill(Paragraphs(views.RenderInline(text)), views));
        if (b.Checkboxes is { } c) return Make("checkboxes", label: Inline(c.Label), items: c.Items.Select(Inline).ToList());
        if (b.Field is { } f) return Make("field", label: Inline(f.Label));
        if (b.Lines is { } l) return Make("lines", label: Inline(l.Label), count: l.Count);
        if (b.Signature is { } s) return Make("signature", label: Inline(s.Label));
        if (b.Table is { } table)
        {
            var names = table.Columns.Select(col => Plain(col, views)).ToList();
            var pattern = views.Word("toolkit.cell_name", "{column}, row {row}");
            var rows = Enumerable.Range(1, table.Rows).Select(r => (IReadOnlyList<TableCellView>)names.Select((name, c) =>
                new TableCellView($"{id}-r{r}-c{c + 1}", pattern.Replace("{column}", name, StringComparison.Ordinal).Replace("{row}", r.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))).ToList()).ToList();
            return Make("table", label: Inline(table.Label), columns: table.Columns.Select(Inline).ToList(), rows: rows);
        }
        if (b.Notice is { } n)
        {
            var (notice, lang) = Notice(views.SiteModel, n.Slug);
            return Make("notice", notice is null ? "" : Fill(Paragraphs(views.RenderInline(notice.Text)), views),
                notice is null ? "" : Inline(notice.Title), lang: lang);
        }
        if (b.Flowchart is { } chart) return Make("flowchart", label: Inline(chart.Label), chart: Flowchart(chart, id, views));
        if (b.Cards is { } cards) return Make("cards", label: Inline(cards.Label), items: cards.Items.Select(Inline).ToList());
        if (b.PageBreak is true) return Make("page_break");
        // A block with no key is a build error before views are made.
        return Make("text");
    }

    private static FlowchartView Flowchart(ToolkitFlowchart chart, string id, ViewBuilder views)
    {
        var index = chart.Steps.Select((s, i) => (s.Id.Slug, i)).GroupBy(x => x.Slug).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var nodes = chart.Steps.Select(s => new FlowNode(Runs(s.Text, views), s.Branches.Count > 0, s.Next is null && s.Branches.Count == 0)).ToList();
        // Branches to the same step are one arrow with their labels joined.
        var edges = chart.Steps.SelectMany((s, i) => s.Next is { } next
                ? [(From: i, To: index[next.Slug], Label: "")]
                : s.Branches.Select(b => (From: i, To: index[b.To.Slug], Label: b.Label.Trim())))
            .GroupBy(e => (e.From, e.To))
            .Select(g => new FlowEdge(g.Key.From, g.Key.To, Runs(string.Join(" / ", g.Select(e => e.Label).Where(l => l.Length > 0)), views)))
            .ToList();
        var titleId = id + "-title";
        var textId = id + "-steps";
        var steps = chart.Steps.Select((s, i) => new FlowStepView(i + 1, $"{id}-step-{i + 1}", Fill(WebUtility.HtmlEncode(s.Text.Trim()), views),
            s.Next is { } next
                ? [new FlowWayView("", index[next.Slug] + 1, $"{id}-step-{index[next.Slug] + 1}")]
                : s.Branches.Select(b => new FlowWayView(Fill(WebUtility.HtmlEncode(b.Label.Trim()), views), index[b.To.Slug] + 1, $"{id}-step-{index[b.To.Slug] + 1}")).ToList()))
            .ToList();
        return new FlowchartView(FlowchartSvg.Draw(nodes, edges, $"{titleId} {textId}"), titleId, textId, steps);
    }

    /// <summary>
    /// A label, item, heading or column as inline Markdown only: a leading "1. ", "- ", "# " or "> " is the author's
    /// text, not a list, heading or quote, which no label, legend or table heading may hold.
    /// </summary>
    internal static string InlineOnly(string text)
    {
        var trimmed = text.Trim();
        var marker = LeadingBlockMarker().Match(trimmed);
        return marker.Success ? trimmed.Insert(marker.Groups["at"].Index, "\\") : trimmed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,9}(?<at>[.)])(?=\s|$)|(?<at>[-+*#>])(?=\s|$|#))")]
    private static partial System.Text.RegularExpressions.Regex LeadingBlockMarker();

    /// <summary>A text cut into plain runs and placeholder runs, for the SVG.</summary>
    private static List<TextRun> Runs(string text, ViewBuilder views)
    {
        var runs = new List<TextRun>();
        var at = 0;
        text = text.Trim();
        foreach (System.Text.RegularExpressions.Match m in Placeholders.Pattern().Matches(text))
        {
            if (!Placeholders.IsKnown(m.Groups[1].Value)) continue;
            if (m.Index > at) runs.Add(new TextRun(text[at..m.Index]));
            runs.Add(new TextRun(Blank(views, m.Groups[1].Value), m.Groups[1].Value));
            at = m.Index + m.Length;
        }
        if (at < text.Length) runs.Add(new TextRun(text[at..]));
        return runs;
    }

    /// <summary>A text without its Markdown marks, placeholders as their words, for an accessible name.</summary>
    private static string Plain(string text, ViewBuilder views) =>
        Placeholders.Pattern().Replace(text, m => Placeholders.IsKnown(m.Groups[1].Value) ? Blank(views, m.Groups[1].Value) : m.Value)
            .Replace("*", "", StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal).Trim();

    /// <summary>Rendered Markdown that is one inline run, wrapped as a paragraph; blocks (paragraphs, lists) as they are.</summary>
    private static string Paragraphs(string html) =>
        html.StartsWith("<p>", StringComparison.Ordinal) || html.StartsWith("<ul", StringComparison.Ordinal) || html.StartsWith("<ol", StringComparison.Ordinal)
        || html.StartsWith("<blockquote", StringComparison.Ordinal) || html.StartsWith("<h", StringComparison.Ordinal) || html.Length == 0
            ? html : "<p>" + html + "</p>";

    /// <summary>
    /// Marks each known placeholder in rendered HTML, outside tags only, as a span the profile script fills in; until then
    /// it shows the placeholder's word on a write-in line.
    /// </summary>
    public static string Fill(string html, ViewBuilder views)
    {
        if (html.IndexOf('{', StringComparison.Ordinal) < 0) return html;
        var sb = new StringBuilder(html.Length + 64);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0) end = html.Length - 1;
                sb.Append(html, i, end - i + 1);
                i = end + 1;
                continue;
            }
            if (c == '{')
            {
                var close = html.IndexOf('}', i);
                var key = close > i ? html[(i + 1)..close] : "";
                if (Placeholders.IsKnown(key))
                {
                    sb.Append("<span class=\"ph\" data-ph=\"").Append(key).Append("\"><span class=\"ph-blank\">")
                        .Append(WebUtility.HtmlEncode(Blank(views, key))).Append("</span></span>");
                    i = close + 1;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }
}

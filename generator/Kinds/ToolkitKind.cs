using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;
using PeerHub.Toolkit;

namespace PeerHub.Kinds;

/// <summary>
/// <c>content/toolkit/*.md</c>: a printable, fillable form or letter (issue 20), listed under the models that need it
/// and, on <c>/toolkit/</c>, by who it is for. Its rules are in <see cref="ToolkitRules"/>, its views in
/// <see cref="ToolkitViews"/>; <c>peerhub build --pdf</c> prints it on Letter and A4 (<see cref="ToolkitPdf"/>).
/// </summary>
public sealed class ToolkitKind : ContentKind<ToolkitMeta>, IViewKind, IListedKind, ISearchKind
{
    public const string FolderName = "toolkit";

    public override string Name => "toolkit";
    public override string Folder => FolderName;
    public override string Description => "Front matter of content/toolkit/*.md: a printable form or letter, filled in from the school profile";
    public override string NewBody => "";

    /// <summary>A block of each common kind, for a maintainer to keep, copy or delete.</summary>
    public override IReadOnlyDictionary<string, string> NewExamples { get; } = new Dictionary<string, string>
    {
        ["blocks"] = """
            blocks:
              - text: "TODO what this form is for, in a sentence or two. Placeholders such as {school_name} and {adult_advisor} are filled in from the school profile."
              - heading: TODO a heading
              - field: {label: "TODO what to write on the line"}
              - checkboxes: {label: "TODO what the boxes are about", items: ["TODO first box", "TODO second box"]}
              - lines: {label: "TODO what to write in the box", count: 3}
              - notice: confidentiality-limits
              - signature: {label: "TODO whose signature"}
            """,
    };

    /// <summary>The toolkit's listing is for everyone: it groups templates by who they are for.</summary>
    public override IReadOnlyList<Audience> DefaultAudience => Enum.GetValues<Audience>();

    /// <summary>
    /// A template is for whom its own <c>audience</c> names: families; students and peer helpers (students); school
    /// staff (coordinators); the adult advisor, who runs the program and trains its peer helpers (coordinators and trainers).
    /// </summary>
    public override IReadOnlyList<Audience> AudienceOf(IPageMeta? meta) => meta is ToolkitMeta t
        ? t.Audience.SelectMany(Of).Distinct().Order().ToList()
        : DefaultAudience;

    private static IEnumerable<Audience> Of(ToolkitAudience a) => a switch
    {
        ToolkitAudience.Family => [Audience.Families],
        ToolkitAudience.Student or ToolkitAudience.PeerHelper => [Audience.Students],
        ToolkitAudience.Staff => [Audience.Coordinators],
        _ => [Audience.Coordinators, Audience.Trainers],
    };

    protected override void Check(ToolkitMeta t, DiagnosticBag diagnostics)
    {
        ContentRules.CheckUnique(t.Models, "models", diagnostics);
        ContentRules.CheckUnique(t.Sources, "sources", diagnostics);
        ToolkitRules.Check(t, diagnostics);
    }

    protected override IEnumerable<PageReference> References(ToolkitMeta t) => t.Models.Select(r => new PageReference(r, "models", "program model"));
    protected override IEnumerable<SlugRef> Sources(ToolkitMeta t) => t.Sources;
    protected override IEnumerable<SlugRef> Notices(ToolkitMeta t) => ToolkitRules.Notices(t);

    public PageView View(Page page, PageView view, ViewBuilder views)
    {
        var t = (ToolkitMeta)page.Meta!;
        return view with { Toolkit = ToolkitViews.Template(page, t, views), Sources = views.Sources(t.Sources) };
    }

    public CardView Card(Page page, ViewBuilder views)
    {
        var t = (ToolkitMeta)page.Meta!;
        var sheets = Math.Max(t.Fit.Letter, t.Fit.A4);
        return new(page.Title, page.Url, page.Summary, Name,
        [
            string.Join(", ", t.Audience.Select(a => ToolkitViews.AudienceName(a, views))),
            sheets == 1 ? views.Word("toolkit.one_sheet", "1 printed page") : views.Word("toolkit.two_sheets", "2 printed pages"),
        ]);
    }

    /// <summary>The listing groups templates by who they are for; a template for several audiences is in each group.</summary>
    public PageView ListView(PageView view, IReadOnlyList<Page> pages, ViewBuilder views) => view with
    {
        Groups = Enum.GetValues<ToolkitAudience>().Select(a => new CardGroupView(
                views.Word($"toolkit.audience_groups.{PeerHub.Text.Naming.ToSnake(a.ToString())}", "For " + ToolkitViews.AudienceName(a, views).ToLowerInvariant()),
                "for-" + PeerHub.Text.Naming.ToSnake(a.ToString()).Replace('_', '-'),
                views.Cards(pages.Where(p => ((ToolkitMeta)p.Meta!).Audience.Contains(a)))))
            .Where(g => g.Items.Count > 0).ToList(),
    };

    public IEnumerable<string> Tags(Page page, SiteModel site)
    {
        var t = (ToolkitMeta)page.Meta!;
        return t.Audience.Select(a => PeerHub.Text.Naming.ToSnake(a.ToString()).Replace('_', ' '))
            .Concat(t.Models.Select(r => site.ByUrl($"/models/{r.Slug}/")?.Title ?? r.Slug))
            .Concat(Printable);
    }

    private static readonly string[] Printable = ["form", "template", "printable"];
}

/// <summary>The school profile (<c>/toolkit/profile/</c>): the school's details, kept on the reader's device, that fill the templates.</summary>
public sealed class ToolkitProfileKind : PageKind, IViewKind, ISearchKind
{
    public override string Name => "toolkitprofile";
    public IEnumerable<string> Tags(Page page, SiteModel site) => ["school profile", "toolkit"];
    public IReadOnlyList<Audience> Audiences(Page page) => [Audience.Coordinators];
    public PageView View(Page page, PageView view, ViewBuilder views) =>
        ListingKind.WithSources(page, view, views) with { Toolkit = ToolkitViews.Profile(views) };
}

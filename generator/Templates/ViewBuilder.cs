using System.Globalization;
using System.Text.RegularExpressions;
using PeerHub.Markdown;
using PeerHub.Model;
using PeerHub.Text;

namespace PeerHub.Templates;

/// <summary>
/// Builds the view models templates see from the immutable site model: the part every page shares here, and the
/// part of its kind from the kind itself (<see cref="IViewKind"/>). The helpers kinds build their views with are public.
/// </summary>
/// <param name="strings">The theme's words in the language of the pages these views are for (strings/&lt;code&gt;.yml), for
/// the words views carry (<see cref="Words"/>).</param>
public sealed partial class ViewBuilder(SiteModel site, MarkdownRenderer markdown, ThemeStrings? strings = null)
{
    public SiteModel SiteModel => site;

    /// <summary>The theme's words in this site's language, when the build has them (tests may build views without).</summary>
    public ThemeStrings? Strings => strings;

    /// <summary>The theme's string for a key in this site's language, else <paramref name="fallback"/>.</summary>
    public string Word(string key, string fallback) => strings?.Find(key) ?? fallback;

    public SiteView Site { get; } = new(
        site.Config.Title, site.Config.Description, site.Config.Language, site.Config.BaseUrl,
        site.Config.Nav.Select(n => new LinkView(n.Title, n.Url)).ToList(),
        site.Config.Crisis.Select(c => new CrisisView(c.Name, c.Action, c.Href, c.Detail)).ToList(),
        site.Config.CrisisChecked,
        new Uri(site.Config.BaseUrl).AbsolutePath) { Prefix = site.Languages.Prefix };

    public PageView Build(Page page, RenderedMarkdown body)
    {
        var root = site.Config.BaseUrl.TrimEnd('/');
        var languages = site.Languages;
        AlternateView In(SiteLanguage l) => new(l.Code, l.Name, root + "/" + l.Prefix + page.Url.TrimStart('/'), "/" + l.Prefix + page.Url.TrimStart('/'));
        var current = languages.All.First(l => l.Code == languages.Current);
        // A page not yet translated names the default language's page as canonical: it is that page's text.
        var canonical = page.Fallback ? In(languages.Default).Href : In(current).Href;
        var (nav, navKey) = Nav(page.Url);
        var view = new PageView
        {
            Kind = page.Kind.Name,
            Url = page.Url,
            CanonicalUrl = canonical,
            Lang = languages.Current,
            ContentLang = page.Fallback ? languages.Default.Code : null,
            TitleLang = TextLang(page),
            UntranslatedLang = UntranslatedLang,
            NotTranslated = page.Fallback,
            // The 404 page is served at any address, so it has no one address in another language.
            Alternates = languages.All.Count == 1 || page.Kind.ServedAnywhere ? [] : languages.All.Where(l => l.Has(page.Url)).Select(In).ToList(),
            DefaultHref = languages.All.Count == 1 || page.Kind.ServedAnywhere ? null : In(languages.Default).Href,
            OtherLanguages = page.Kind.ServedAnywhere ? [] : languages.All.Where(l => l.Code != languages.Current).Select(In).ToList(),
            Title = page.Title,
            Summary = page.Summary,
            // A translation that keeps its source's body marks that part as the default language's.
            Content = page.BodyInDefaultLanguage ? $"<div lang=\"{languages.Default.Code}\">{body.Html}</div>" : body.Html,
            Toc = body.Headings.Select(h => new HeadingView(h.Level, h.Text, h.Id)).ToList(),
            Breadcrumbs = Breadcrumbs(page),
            EditUrl = page.ContentPath is null ? null : site.Config.EditUrl.TrimEnd('/') + "/" + page.ContentPath,
            Nav = nav,
            NavKey = navKey,
        };
        return page.Kind is IViewKind kind ? kind.View(page, view, this) : view;
    }

    /// <summary>The navigation for a page address, and its key: one letter an item (p its page, t inside it, - neither).</summary>
    private (IReadOnlyList<NavItemView> Items, string Key) Nav(string url)
    {
        var key = string.Create(Site.Nav.Count, (Site.Nav, url), static (letters, state) =>
        {
            for (var i = 0; i < letters.Length; i++)
            {
                var item = state.Nav[i].Url;
                letters[i] = state.url == item ? 'p' : item != "/" && state.url.StartsWith(item, StringComparison.Ordinal) ? 't' : '-';
            }
        });
        // A handful of states on a whole site, so each list is made once and shared.
        var items = _navs.GetOrAdd(key, static (key, nav) => nav.Select((item, i) =>
            new NavItemView(item.Title, item.Url, key[i] switch { 'p' => "page", 't' => "true", _ => null })).ToList(), Site.Nav);
        return (items, key);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<NavItemView>> _navs = new(StringComparer.Ordinal);

    // A scenario's view is the same on its own page, in every pack that prints it and in the pack builder; built once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Page, ScenarioView> _scenarios = new(ReferenceEqualityComparer.Instance);

    public ScenarioView Scenario(Page page, ScenarioMeta s) => _scenarios.GetOrAdd(page, _ => BuildScenario(page, s));

    private static readonly string[] ScenarioTextKeys =
        ["title", "summary", "content_warning", "roles", "setup", "prompts", "red_flags", "escalation", "debrief", "hope", "facilitator_notes"];

    private ScenarioView BuildScenario(Page page, ScenarioMeta s) => NewScenario(page, s) with
    {
        // Every key is there (templates are strict): the default language's code, or empty when the field is in the page's.
        Untranslated = ScenarioTextKeys.ToDictionary(k => k, k => (object)(page.TranslatedKeys is { } keys && !keys.Contains(k) ? site.Languages.Default.Code : "")),
    };

    private ScenarioView NewScenario(Page page, ScenarioMeta s) => new(
        s.Models.Select(r => Link(ModelPage(r.Slug))).ToList(),
        s.Skills.Select(k => Link(site.ByUrl($"/skills/{Naming.Slugify(k)}/")!)).ToList(),
        s.Topics.Select(k => Link(site.ByUrl($"/topics/{Naming.Slugify(k)}/")!)).ToList(),
        Words.Difficulty(s.Difficulty), s.Minutes,
        s.ContentWarning is null ? null : markdown.RenderInline(s.ContentWarning),
        s.Roles.Select(r => new RoleView(r.Name, markdown.RenderInline(r.Brief), markdown.RenderInline(WithoutStepOut(r.Brief)))).ToList(),
        markdown.RenderInline(s.Setup), Inline(s.Prompts), Inline(s.RedFlags), Inline(s.Escalation), Inline(s.Debrief),
        Inline(s.FacilitatorNotes),
        site.Relations.Listed<CurriculumMeta>(page.Url).Select(Link).ToList(),
        Words.GradesLabel(s.GradeBands), s.Hope is null ? null : markdown.RenderInline(s.Hope)) { GradeSpan = Requirements.GradeSpan(s.GradeBands) };

    /// <summary>
    /// A role's brief without its own "You can step out at any time..." sentence (in Spanish "Puedes salir del juego en
    /// cualquier momento con la señal acordada."): every role card prints that line under the brief, and a card that
    /// says it twice reads as boilerplate.
    /// </summary>
    public static string WithoutStepOut(string brief) => StepOutSentence().Replace(brief, "").Trim();

    [GeneratedRegex(@"\s*\b(?:You can step out|Puedes salir del juego)\b[^.!?]*[.!?]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepOutSentence();

    /// <summary>Cards for pages in the usual listing order: weight, then title.</summary>
    public IReadOnlyList<CardView> Cards(IEnumerable<Page> pages) =>
        pages.OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(Card).ToList();

    /// <summary>The pages directly inside a section's folder, as cards.</summary>
    public IReadOnlyList<CardView> Children(Page section) =>
        Cards(site.Pages.Where(p => p.Url != section.Url && p.Url.StartsWith(section.Url, StringComparison.Ordinal)
            && p.Url[section.Url.Length..].TrimEnd('/').IndexOf('/') < 0));

    /// <summary>A page's card, built once: the same card shows on every listing of the page (a scenario's models, skills and topics).</summary>
    public CardView Card(Page p) => _cards.GetOrAdd(p, static (p, views) =>
        (p.Kind is IViewKind kind ? kind.Card(p, views) : PlainCard(p)) with { Lang = views.TextLang(p) }, this);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Page, CardView> _cards = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A view a later layer builds for a page that is the same wherever it is shown (a scenario's pack sheets, printed in
    /// each of its packs and in the pack builder), built on first use and then handed out again.
    /// </summary>
    /// <param name="variant">What else the view depends on besides the page (a pack's second language), or null.</param>
    public TView Once<TView>(Page page, string? variant, Func<TView> build) where TView : class =>
        (TView)_once.GetOrAdd((typeof(TView), page.Url, variant), static (_, build) => build(), build);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Type View, string Url, string? Variant), object> _once = new();

    /// <summary>A card with no facts, labelled with the page's kind.</summary>
    public static CardView PlainCard(Page p) => new(p.Title, p.Url, p.Summary, p.Kind.Name, []);

    private List<LinkView> Breadcrumbs(Page page)
    {
        var crumbs = new List<LinkView>();
        if (page.Url == "/" || page.Kind.ServedAnywhere) return crumbs;
        crumbs.Add(new LinkView(Words.Word("layout.home", "Home"), "/"));
        var segments = page.Url.Trim('/').Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var url = "/" + string.Join('/', segments[..i]) + "/";
            if (site.ByUrl(url) is { } parent) crumbs.Add(new LinkView(parent.Title, url) { Lang = TextLang(parent) });
        }
        return crumbs;
    }

    public IReadOnlyList<SourceView> Sources(IEnumerable<SlugRef> refs) =>
        refs.Select(r => site.Sources.GetValueOrDefault(r.Slug)).OfType<Source>()
            .Select(s => new SourceView(s.Title, s.Publisher, s.Url, s.Date)).ToList();

    public Page ModelPage(string slug) => site.ByUrl($"/models/{slug}/")!;
    public LinkView Link(Page p) => new(p.Title, p.Url, p.Summary) { Lang = TextLang(p) };

    /// <summary>The default language's code on a page in another language, for text that is never translated; else null.</summary>
    public string? UntranslatedLang => site.Languages.IsDefault ? null : site.Languages.Default.Code;

    /// <summary>
    /// The language of a page's title and summary when it is not this site's: on a page in another language, a page
    /// not translated yet, a translation that kept its source's title, or a skill or topic (named in the default
    /// language, whose names are the same in every language). Null when they are in this site's language.
    /// </summary>
    public string? TextLang(Page p) =>
        UntranslatedLang is { } code && (p.Fallback || p.TranslatedKeys is { } keys && !keys.Contains("title") || p.Kind.NamedInDefaultLanguage) ? code : null;
    public string RenderInline(string markdownText) => markdown.RenderInline(markdownText);
    public IReadOnlyList<string> Inline(IEnumerable<string> items) => items.Select(markdown.RenderInline).ToList();
    public static string Name<T>(T value) where T : Enum => Naming.ToSnake(value.ToString()).Replace('_', ' ');
    public static string Hours(string h) => h.Trim().Replace(" ", "") + (h.Trim() == "1" ? " hour" : " hours");
    public static string FormatHours(double h) => h.ToString("0.#", CultureInfo.InvariantCulture) + (h == 1 ? " hour" : " hours");

    /// <summary>The words of the pages' language that views carry.</summary>
    public Words Words { get; } = new(strings);
}

using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Yaml;

namespace PeerHub.Content;

/// <summary>A reference from one page's front matter to a page of another kind, by slug, to be resolved.</summary>
/// <param name="Folder">The content folder the target lives in, for example <c>models</c>.</param>
/// <param name="What">What the target is called in an error, for example "program model".</param>
public sealed record PageReference(SlugRef Ref, string Folder, string What)
{
    /// <summary>The address of the page it names.</summary>
    public string TargetUrl => $"/{Folder}/{Ref.Slug}/";
}

/// <summary>A taxonomy term a page names, for example the skill "active listening".</summary>
public sealed record TermRef(string Taxonomy, string Name);

/// <summary>
/// A kind of page written as a Markdown file with typed front matter: where its files live, the record its front
/// matter binds to, the rules a record must keep, what it refers to and what it is listed under. The loader,
/// the assembler and <c>peerhub schemas</c> ask the kind; nothing else knows its folder or record type.
/// </summary>
public abstract class ContentKind : PageKind
{
    /// <summary>The folder under content/ whose files (other than index.md) are pages of this kind; empty for none.</summary>
    public abstract string Folder { get; }

    /// <summary>What the kind's files are, for its JSON Schema and <c>peerhub new</c>.</summary>
    public virtual string Description => $"Front matter of content/{Folder}/*.md";

    /// <summary>The record the front matter binds to.</summary>
    public abstract Type MetaType { get; }

    /// <summary>The Markdown body <c>peerhub new</c> writes under the stubbed front matter: the headings a page of this kind has.</summary>
    public virtual string NewBody => "## TODO first heading\n\nTODO\n";

    /// <summary>
    /// Front-matter lines <c>peerhub new</c> writes for a key instead of its stub, where the schema alone would give an
    /// empty start (a list of blocks with no required field): an example to copy.
    /// </summary>
    public virtual IReadOnlyDictionary<string, string> NewExamples => NoExamples;
    private static readonly Dictionary<string, string> NoExamples = [];

    /// <summary>Whether the generator makes a listing of every page of this kind at <c>/folder/</c>.</summary>
    public virtual bool Listed => Folder.Length > 0;

    internal IPageMeta? Bind(YamlBinder binder, YamlValue root) => (IPageMeta?)binder.Bind(MetaType, root);

    /// <summary>Rules about one record that its type alone cannot say; problems go to the bag, located.</summary>
    public virtual void Check(IPageMeta meta, DiagnosticBag diagnostics) { }

    /// <summary>Pages this record names by slug; a missing one is a located error.</summary>
    public virtual IEnumerable<PageReference> References(IPageMeta meta) => [];

    /// <summary>
    /// Rules that compare the record with the pages it names (a course's hours against its models' minimum), run once
    /// every reference is known to exist; <paramref name="pages"/> holds the site's pages by address.
    /// </summary>
    public virtual void CheckAgainst(IPageMeta meta, IReadOnlyDictionary<string, Page> pages, DiagnosticBag diagnostics) { }

    /// <summary>
    /// Keys that are the same in every language although they hold text (taxonomy terms, which name pages): a
    /// translation may not set them. References, numbers and choices are kept the same without being named here.
    /// </summary>
    public virtual IReadOnlySet<string> LanguageNeutral => EmptySet;
    private static readonly HashSet<string> EmptySet = [];

    /// <summary>Ids of content/data/sources.yml this record cites.</summary>
    public virtual IEnumerable<SlugRef> Sources(IPageMeta meta) => [];

    /// <summary>Ids of content/data/notices.yml this record prints; a missing one is a located error.</summary>
    public virtual IEnumerable<SlugRef> Notices(IPageMeta meta) => [];

    /// <summary>Taxonomy terms the record names; each gets a generated term page.</summary>
    public virtual IEnumerable<TermRef> Terms(IPageMeta meta) => [];

    /// <summary>Other keys the page is listed under besides the pages it names and its terms, such as its tiers.</summary>
    public virtual IEnumerable<string> ListedUnder(IPageMeta meta) => [];

    /// <summary>
    /// Who pages of this kind are for when their front matter does not say (<c>audience:</c>), for the search page's
    /// audience filter; also who the kind's listing is for.
    /// </summary>
    public virtual IReadOnlyList<Audience> DefaultAudience => [Audience.Coordinators];

    /// <summary>Who a page of this kind is for: the <c>audience:</c> it names, else the kind's default.</summary>
    public virtual IReadOnlyList<Audience> AudienceOf(IPageMeta? meta) =>
        meta is IAudienceMeta { Audience: { Count: > 0 } own } ? own.Distinct().Order().ToList() : DefaultAudience;

    /// <summary>
    /// Who the page is for. Public and named as the search stage asks for it (<c>ISearchKind.Audiences</c>), so every
    /// searchable content kind answers with <see cref="AudienceOf"/> without writing it again.
    /// </summary>
    public IReadOnlyList<Audience> Audiences(Page page) => AudienceOf(page.Meta);
}

/// <summary>A content kind whose front matter is a <typeparamref name="TMeta"/>; the typed hooks get the record itself.</summary>
public abstract class ContentKind<TMeta> : ContentKind where TMeta : class, IPageMeta
{
    public sealed override Type MetaType => typeof(TMeta);

    public sealed override void Check(IPageMeta meta, DiagnosticBag diagnostics)
    {
        ContentRules.CheckAudience(meta, diagnostics);
        Check((TMeta)meta, diagnostics);
    }

    public sealed override IEnumerable<PageReference> References(IPageMeta meta) => References((TMeta)meta);
    public sealed override void CheckAgainst(IPageMeta meta, IReadOnlyDictionary<string, Page> pages, DiagnosticBag diagnostics) =>
        CheckAgainst((TMeta)meta, pages, diagnostics);
    public sealed override IEnumerable<SlugRef> Sources(IPageMeta meta) => Sources((TMeta)meta);
    public sealed override IEnumerable<SlugRef> Notices(IPageMeta meta) => Notices((TMeta)meta);
    public sealed override IEnumerable<TermRef> Terms(IPageMeta meta) => Terms((TMeta)meta);
    public sealed override IEnumerable<string> ListedUnder(IPageMeta meta) => ListedUnder((TMeta)meta);

    protected virtual void Check(TMeta meta, DiagnosticBag diagnostics) { }
    protected virtual IEnumerable<PageReference> References(TMeta meta) => [];
    protected virtual void CheckAgainst(TMeta meta, IReadOnlyDictionary<string, Page> pages, DiagnosticBag diagnostics) { }
    protected virtual IEnumerable<SlugRef> Sources(TMeta meta) => [];
    protected virtual IEnumerable<SlugRef> Notices(TMeta meta) => [];
    protected virtual IEnumerable<TermRef> Terms(TMeta meta) => [];
    protected virtual IEnumerable<string> ListedUnder(TMeta meta) => [];
}

/// <summary>
/// The content kinds of one site: folder-bound kinds, and the kinds of every other Markdown file (the home page,
/// a folder's index.md, any other page), which share one record.
/// </summary>
public sealed record ContentKinds(IReadOnlyList<ContentKind> InFolders, ContentKind Home, ContentKind Section, ContentKind Page)
{
    public ContentKind? ForFolder(string folder) => InFolders.FirstOrDefault(k => k.Folder == folder);

    /// <summary>Every kind, folder-bound first.</summary>
    public IEnumerable<ContentKind> All => InFolders.Append(Home).Append(Section).Append(Page).Distinct();
}

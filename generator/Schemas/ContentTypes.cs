using PeerHub.Model;
using PeerHub.Site;

namespace PeerHub.Schemas;

/// <summary>One kind of file maintainers write: the C# type behind it, where it lives, and its schema's name.</summary>
public sealed record ContentType(string Name, Type Type, bool IsList, string Folder, string Description);

/// <summary>
/// The content types in one list, so schemas, <c>peerhub new</c> and the docs cannot drift apart: site.yml, the
/// registered page kinds (one per record; the home page and sections share plain pages' record), and the data files.
/// </summary>
public static class ContentTypes
{
    public static IReadOnlyList<ContentType> For(SiteKinds kinds) =>
    [
        new("site", typeof(SiteConfig), false, "", "content/site.yml: the hub's settings and crisis lines"),
        .. kinds.Content.InFolders.Append(kinds.Content.Page).DistinctBy(k => k.MetaType)
            .Select(k => new ContentType(k.Name, k.MetaType, false, k.Folder, k.Description)),
        new("resources", typeof(Resource), true, "data", "content/data/resources.yml: webinars, guides and organisations"),
        new("sources", typeof(Source), true, "data", "content/data/sources.yml: documents that facts are cited from"),
        new("synonyms", typeof(SynonymGroup), true, "data", "content/data/synonyms.yml: words search treats as the same"),
        new("notices", typeof(Notice), true, "data", "content/data/notices.yml (and its translations, notices.es.yml): fixed notices toolkit templates print word for word"),
    ];

    /// <summary>The hub's content types.</summary>
    public static readonly IReadOnlyList<ContentType> All = For(SiteKinds.Default);

    public static ContentType Get(string name) => All.First(t => t.Name == name);
}

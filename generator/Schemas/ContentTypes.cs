using PeerHub.Content;
using PeerHub.Model;

namespace PeerHub.Schemas;

/// <summary>One kind of file maintainers write: the C# type behind it, where it lives, and its schema's name.</summary>
public sealed record ContentType(string Name, Type Type, bool IsList, string Folder, string Description);

/// <summary>The content types in one list, so schemas, <c>peerhub new</c> and the docs cannot drift apart.</summary>
public static class ContentTypes
{
    public static readonly IReadOnlyList<ContentType> All =
    [
        new("site", typeof(SiteConfig), false, "", "content/site.yml: the hub's settings and crisis lines"),
        new("tier", typeof(TierMeta), false, "tiers", "Front matter of content/tiers/tier-N.md"),
        new("model", typeof(ModelMeta), false, "models", "Front matter of content/models/*.md: a peer program model"),
        new("curriculum", typeof(CurriculumMeta), false, "curricula", "Front matter of content/curricula/*.md: a training course"),
        new("scenario", typeof(ScenarioMeta), false, "scenarios", "Front matter of content/scenarios/*.md: a role-play scenario"),
        new("page", typeof(PageMeta), false, "", "Front matter of any other content/**/*.md page"),
        new("resources", typeof(Resource), true, "data", "content/data/resources.yml: webinars, guides and organisations"),
        new("sources", typeof(Source), true, "data", "content/data/sources.yml: documents that facts are cited from"),
    ];

    public static ContentType Get(string name) => All.First(t => t.Name == name);
}

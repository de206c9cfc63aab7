using System.ComponentModel;
using System.Text;
using System.Text.Json;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Kinds;

/// <summary>Front matter of <c>content/glossary/*.md</c>: one term of a glossary, a kind the hub does not have.</summary>
public sealed record GlossaryMeta : IPageMeta
{
    [Description("The term")]
    public required string Title { get; init; }
    [Description("A one-sentence definition")]
    public required string Summary { get; init; }
    [Description("Other words for the same thing, found by search")]
    public IReadOnlyList<string> Synonyms { get; init; } = [];
    [Description("Slugs of related glossary terms")]
    public IReadOnlyList<SlugRef> SeeAlso { get; init; } = [];
    public SourceSpan At { get; init; }
}

/// <summary>The whole of the new kind: its folder, record, one rule, its references and its search words.</summary>
public sealed class GlossaryKind : ContentKind<GlossaryMeta>, ISearchKind
{
    public override string Name => "glossary";
    public override string Folder => "glossary";

    protected override void Check(GlossaryMeta meta, DiagnosticBag diagnostics)
    {
        if (meta.Synonyms.Any(s => string.Equals(s, meta.Title, StringComparison.OrdinalIgnoreCase)))
            diagnostics.Error(Codes.ContentRule, meta.At, $"`synonyms` repeats the term `{meta.Title}` itself");
    }

    protected override IEnumerable<PageReference> References(GlossaryMeta meta) =>
        meta.SeeAlso.Select(r => new PageReference(r, Folder, "glossary term"));

    public IEnumerable<string> Tags(Page page, SiteModel site) => ((GlossaryMeta)page.Meta!).Synonyms;
}

/// <summary>
/// Registering a new kind of content is one class: given <see cref="GlossaryKind"/> and nothing else changed in
/// the generator or the theme, a site gets validation with located errors, a page per file, a listing, search
/// entries and sitemap entries.
/// </summary>
public class NewKindTests
{
    private static readonly SiteKinds WithGlossary = SiteKinds.Default.With(new GlossaryKind());

    private static FixtureSite Glossary() => FixtureSite.Minimal()
        .With("content/glossary/index.md", "---\ntitle: Glossary\nsummary: The words peer programs use.\n---\nEvery term, A to Z.\n")
        .With("content/glossary/red-flag.md",
            "---\ntitle: Red flag\nsummary: A sign that a peer helper must stop and bring in an adult.\nsynonyms: [warning sign]\nsee_also: [escalation]\n---\n" +
            "A red flag means the conversation now belongs with the adult advisor.\n")
        .With("content/glossary/escalation.md",
            "---\ntitle: Escalation\nsummary: Taking a concern to the adult it goes to.\n---\nEscalation ends with a named adult.\n");

    private static BuildResult Build(FixtureSite site) => SiteBuilder.Build(site.Input(), kinds: WithGlossary);

    private static string Text(BuildResult result, string path) => Encoding.UTF8.GetString(result.Files![path]);

    [Fact]
    public void A_registered_kind_gets_a_page_for_each_file_and_a_listing()
    {
        var result = Build(Glossary());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Text(result, "glossary/red-flag/index.html");
        Assert.Contains("<title>Red flag", page);
        Assert.Contains("belongs with the adult advisor", page);
        Assert.Contains("<body class=\"kind-glossary\">", page);
        var listing = Text(result, "glossary/index.html");
        Assert.Contains("href=\"red-flag/\"", listing);
        Assert.Contains("href=\"escalation/\"", listing);
        Assert.Contains("Every term, A to Z.", listing);
    }

    [Fact]
    public void A_registered_kind_is_in_the_search_index_and_the_sitemap()
    {
        var result = Build(Glossary());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var docs = JsonDocument.Parse(result.Files!["search/docs.json"]);
        var doc = docs.RootElement.GetProperty("glossary/red-flag/");
        Assert.Equal("glossary", doc.GetProperty("k").GetString());
        Assert.Equal("A sign that a peer helper must stop and bring in an adult.", doc.GetProperty("s").GetString());
        // The synonym is a search word only through the kind's tags: the page's text does not hold it.
        Assert.Contains("[\"warning sign\",", Text(result, "search/index.json"));
        Assert.DoesNotContain("warning", Text(result, "glossary/red-flag/index.html"));
        var sitemap = Text(result, "sitemap.xml");
        Assert.Contains("<loc>https://example.org/peerhub/glossary/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/peerhub/glossary/red-flag/</loc>", sitemap);
    }

    [Fact]
    public void A_registered_kind_validates_with_located_errors()
    {
        var result = Build(Glossary()
            .With("content/glossary/red-flag.md", "---\ntitle: Red flag\nsummary: A sign.\nsynonyms: [Red flag]\nsee_also: [escalaton]\n---\nBody.\n"));

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "content/glossary/red-flag.md:2:1: error PH0012: `synonyms` repeats the term `Red flag` itself",
                "content/glossary/red-flag.md:5:12: error PH0006: there is no glossary term `escalaton` (looked for content/glossary/escalaton.md); did you mean `escalation`?",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_registered_kind_rejects_keys_its_record_does_not_have()
    {
        var result = Build(Glossary().With("content/glossary/escalation.md", "---\ntitle: Escalation\nsummary: Up.\ncolour: red\n---\nBody.\n"));

        Assert.False(result.Succeeded);
        Assert.StartsWith("content/glossary/escalation.md:4:1: error PH0004: unknown key `colour`", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Without_the_kind_its_folder_is_plain_pages()
    {
        // The same files built with the hub's own kinds: the glossary front matter is not a page's, so the build says so.
        var result = SiteBuilder.Build(Glossary().Input());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.UnknownKey && d.Span.Path == "content/glossary/red-flag.md");
    }
}

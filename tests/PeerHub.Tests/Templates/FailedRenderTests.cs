using PeerHub.Diagnostics;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Templates;

/// <summary>
/// Each rendering thread reuses one template context from page to page. A page whose template fails must leave
/// nothing behind in it (Scriban's recursion depth, outputs, scopes), or the pages rendered after it on the same
/// thread fail too, with errors about nothing that is wrong, and differently on every run.
/// </summary>
public class FailedRenderTests
{
    private const int Notes = 300;
    private const int Builds = 8;

    /// <summary>The minimal site with <see cref="Notes"/> more plain pages, each rendered through the partial note.html.</summary>
    private static FixtureSite ManyPages(string notePartial, params (string Name, string Text)[] partials)
    {
        var site = FixtureSite.Minimal()
            .With("theme/layouts/default.html", "<h1>{{ page.title | html.escape }}</h1>\n{{ include 'note.html' }}\n{{ page.content }}\n")
            .With("theme/layouts/partials/note.html", notePartial);
        foreach (var (name, text) in partials) site = site.With($"theme/layouts/partials/{name}", text);
        for (var i = 0; i < Notes; i++)
            site = site.With($"content/notes/note-{i:000}.md", $"---\ntitle: Note {i}\nsummary: Note number {i}.\n---\nThe body of note {i}.\n");
        return site;
    }

    [Fact]
    public void One_page_whose_partial_recurses_without_end_gives_that_one_error_on_every_build()
    {
        // Every other page prints an outline with a partial that includes itself 30 levels deep, well inside Scriban's
        // limit of 100 on its own. The first page in URL order fails, so its thread goes on to render many after it.
        var site = ManyPages("{{ if page.title == 'Broken' }}{{ include 'loop.html' }}{{ else }}{{ level = 0 }}{{ include 'outline.html' }}{{ end }}",
                ("loop.html", "<p>again</p>{{ include 'loop.html' }}"),
                ("outline.html", "{{ level = level + 1 }}<ul><li>{{ level }}{{ if level < 30 }}{{ include 'outline.html' }}{{ end }}</li></ul>"))
            .With("content/notes/a-broken.md", "---\ntitle: Broken\nsummary: The page whose partial fails.\n---\nBody.\n");

        for (var build = 1; build <= Builds; build++)
        {
            var result = site.Build();

            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(Codes.TemplateError, error.Code);
            Assert.Equal("theme/layouts/partials/loop.html", error.Span.Path);
            Assert.Contains("recursive depth limit", error.Message);
            Assert.EndsWith("(while rendering /notes/a-broken/ from content/notes/a-broken.md)", error.Message);
        }
    }

    [Fact]
    public void The_pages_after_a_failed_one_render_as_they_would_alone()
    {
        var site = ManyPages("{{ if page.title == 'Broken' }}{{ page.no_such_field }}{{ end }}{{ level = 0 }}{{ include 'outline.html' }}",
                ("outline.html", "{{ level = level + 1 }}<ul><li>{{ level }}{{ if level < 30 }}{{ include 'outline.html' }}{{ end }}</li></ul>"));
        var good = site.Build();
        Assert.True(good.Succeeded, string.Join("\n", good.Diagnostics));

        var result = site.With("content/notes/a-broken.md", "---\ntitle: Broken\nsummary: The page whose partial fails.\n---\nBody.\n").Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/layouts/partials/note.html:1:40: error PH0008: Cannot get member with name no_such_field. "
            + "(while rendering /notes/a-broken/ from content/notes/a-broken.md)", error.ToString());
    }

    [Fact]
    public void A_mistake_in_a_nested_partial_every_page_uses_gives_only_that_mistake_once_per_page()
    {
        // Three includes deep, so each failure used to leave three levels of Scriban's recursion depth behind.
        var site = ManyPages("<div>{{ include 'outer.html' }}</div>",
            ("outer.html", "<section>{{ include 'inner.html' }}</section>"),
            ("inner.html", "<p>{{ page.no_such_field }}</p>"));
        string[]? first = null;

        for (var build = 1; build <= Builds; build++)
        {
            var result = site.Build();

            Assert.False(result.Succeeded);
            var pages = result.Diagnostics.Select(d => d.Message[d.Message.IndexOf("(while rendering ", StringComparison.Ordinal)..]).ToList();
            Assert.All(result.Diagnostics, d => Assert.Equal(
                "theme/layouts/partials/inner.html:1:12: error PH0008: Cannot get member with name no_such_field. ",
                d.ToString()[..d.ToString().IndexOf("(while", StringComparison.Ordinal)]));
            Assert.Equal(pages.Count, pages.Distinct().Count());
            Assert.Contains("(while rendering /notes/note-299/ from content/notes/note-299.md)", pages);
            var lines = result.Diagnostics.Select(d => d.ToString()).ToArray();
            first ??= lines;
            Assert.Equal(first, lines);
        }
        Assert.True(first!.Length > Notes, $"{first.Length} errors");
    }
}

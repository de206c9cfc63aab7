using PeerHub.Content;
using System.Text;
using PeerHub.Model;

namespace PeerHub.Tests.Support;

/// <summary>
/// A theme small enough to read at a glance, written here instead of read from themes/default, so fixture tests that
/// are not about the real theme's markup, search or browser behavior build without <c>npm ci</c> and without the
/// real layouts. Every page kind falls back to <c>default.html</c>: the title as the one <c>h1</c>, the summary, the
/// rendered Markdown and the page's cards; one stylesheet. lunr.min.js and lunr-languages' two files are stubs placed where the
/// theme's node_modules copies go.
/// </summary>
public static class MinimalTheme
{
    /// <summary>Where <see cref="SiteReader.ThemePackages"/> puts node_modules/lunr/lunr.min.js.</summary>
    public const string LunrPath = "static/js/vendor/lunr.min.js";

    /// <summary>Where <see cref="SiteReader.ThemePackages"/> puts node_modules/lunr-languages/lunr.stemmer.support.js.</summary>
    public const string LunrStemmerSupportPath = "static/js/vendor/lunr.stemmer.support.js";

    /// <summary>Where <see cref="SiteReader.ThemePackages"/> puts node_modules/lunr-languages/lunr.es.js.</summary>
    public const string LunrSpanishPath = "static/js/vendor/lunr.es.js";

    /// <summary>The theme's files by path relative to the theme folder, as in themes/default.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["layouts/baseof.html"] = """
            <!DOCTYPE html>
            <html lang="{{ site.language }}">
            <head>
            <meta charset="utf-8">
            <title>{{ page.title | html.escape }} · {{ site.title | html.escape }}</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body class="kind-{{ page.kind }}">
            <main id="main">
            {{ content }}
            </main>
            </body>
            </html>

            """,
        ["layouts/default.html"] = """
            <h1>{{ page.title | html.escape }}</h1>
            {{~ if page.summary }}
            <p class="summary">{{ page.summary | html.escape }}</p>
            {{~ end }}
            {{ page.content }}
            {{~ if page.items.size > 0 }}
            <ul class="cards">
            {{~ for item in page.items }}
            <li><a href="{{ item.url }}">{{ item.title | html.escape }}</a></li>
            {{~ end }}
            </ul>
            {{~ end }}

            """,
        ["layouts/sw.js"] = "const PRECACHE = PEERHUB_PRECACHE;\n",
        // The titles and summaries of generated pages, short: tests that check the real wording use the real theme.
        ["strings/en.yml"] = """
            lists:
              tiers: { title: Tiers, summary: The tiers. }
              models: { title: Models, summary: The models. }
              scenarios: { title: Scenarios, summary: The scenarios. }
              curricula: { title: Curricula, summary: The curricula. }
              skills: { title: Skills, summary: The skills., term_summary: "Scenarios that practice {term}." }
              topics: { title: Topics, summary: The topics., term_summary: "Scenarios about {term}." }
              toolkit: { title: Toolkit, summary: The forms. }
            pages:
              resources: { title: Resources, summary: The resources. }
              search: { title: Search, summary: Search the hub. }
              planner: { title: Planner, summary: The planner. }
              planner_team: { title: Planner team view, summary: The team view. }
              not_found: { title: Page not found, summary: Not here. }
              toolkit_profile: { title: School profile, summary: The school's details. }
            packs:
              builder: { title: Build a pack, summary: Pick scenarios. }
              curriculum: { title: "{title}: pack", summary: "Pack for {title}." }
              model: { title: "{title}: pack", summary: "Pack for {title}." }
              bilingual: { title: "{title}, in two languages", summary: "{title}, with role cards in both languages." }

            """,
        ["static/css/site.css"] = "body { font-family: sans-serif; margin: 0 auto; max-width: 40rem; }\n",
        [LunrPath] = "/* lunr.js stub for tests: the minimal theme has no search script */\n",
        [LunrStemmerSupportPath] = "/* lunr-languages stub for tests: the minimal theme has no search script */\n",
        [LunrSpanishPath] = "/* lunr-languages stub for tests: the minimal theme has no search script */\n",
    };

    /// <summary>The theme as the generator's input files (display paths under themes/default/).</summary>
    public static IEnumerable<InputFile> InputFiles() =>
        Files.Select(kv => new InputFile(kv.Key, "themes/default/" + kv.Key, Encoding.UTF8.GetBytes(kv.Value)));
}

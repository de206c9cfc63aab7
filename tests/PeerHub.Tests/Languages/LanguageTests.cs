using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Languages;

/// <summary>
/// A hub in two languages: translations beside their sources, every page under /es/ (translated or shown in English
/// with a notice), html lang, hreflang, canonical and the switcher, and the rules a translation must follow.
/// </summary>
public partial class LanguageTests
{
    private static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    /// <summary>The fixture hub with Spanish listed and the about page translated.</summary>
    private static FixtureSite Bilingual(string? aboutTranslation = null)
    {
        var site = FixtureSite.Minimal().WithRealTheme();
        var about = site.Text("content/about.md");
        return site.WithSpanishListed()
            .With("content/about.es.md", aboutTranslation
                ?? $"---\ntranslated_from: {Fingerprint(about)}\ntitle: Acerca de\nsummary: Acerca del sitio.\n---\n## Quiénes somos\n\nUn [enlace al inicio](/).\n");
    }

    private static string Html(BuildResult result, string path) => FixtureSite.Html(result, path);

    [GeneratedRegex("<html lang=\"([a-z-]+)\"")]
    private static partial Regex HtmlLang();

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"([a-z-]+)\" href=\"([^\"]+)\">")]
    private static partial Regex Alternate();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\">")]
    private static partial Regex Canonical();

    [GeneratedRegex("<p class=\"language-switch\"><a href=\"([^\"]+)\" hreflang=\"([a-z-]+)\"")]
    private static partial Regex Switcher();

    [Fact]
    public void A_translated_page_is_in_its_language_and_names_both_versions()
    {
        var result = Bilingual().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var es = Html(result, "es/about/index.html");
        Assert.Equal("es", HtmlLang().Match(es).Groups[1].Value);
        Assert.Contains("<h1>Acerca de</h1>", es);
        Assert.Contains("Quiénes somos", es);
        Assert.DoesNotContain("not-translated", es);
        Assert.Equal("https://example.org/peerhub/es/about/", Canonical().Match(es).Groups[1].Value);
        Assert.Equal(
            ["en https://example.org/peerhub/about/", "es https://example.org/peerhub/es/about/", "x-default https://example.org/peerhub/about/"],
            Alternate().Matches(es).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
        // The switcher goes to the same page in English, never to the home page.
        Assert.Equal("../../about/", Switcher().Match(es).Groups[1].Value);
        // A link to a page leads to the page in Spanish; the stylesheet stays the site's one.
        Assert.Contains("href=\"../\"", es);
        Assert.Contains("href=\"../../css/site.css\"", es);

        var en = Html(result, "about/index.html");
        Assert.Equal("en", HtmlLang().Match(en).Groups[1].Value);
        Assert.Equal(3, Alternate().Count(en));
        Assert.Equal("../es/about/", Switcher().Match(en).Groups[1].Value);
    }

    [Fact]
    public void A_page_with_no_translation_shows_english_with_a_notice_in_spanish_and_an_english_canonical()
    {
        var result = Bilingual().Build();
        var es = Html(result, "es/models/peer-mentoring/index.html");
        Assert.Equal("es", HtmlLang().Match(es).Groups[1].Value);
        Assert.Contains("Esta página aún no está traducida", es);
        Assert.Contains("<div lang=\"en\">", es);
        Assert.Equal("https://example.org/peerhub/models/peer-mentoring/", Canonical().Match(es).Groups[1].Value);
        // It really exists in English only.
        Assert.Equal(["en", "x-default"], Alternate().Matches(es).Select(m => m.Groups[1].Value));
        Assert.Equal("../../../models/peer-mentoring/", Switcher().Match(es).Groups[1].Value);
        // The English page says only what exists: no Spanish alternate.
        Assert.DoesNotContain("hreflang=\"es\" href", Html(result, "models/peer-mentoring/index.html"));
        Assert.Contains("Esta página aún no está traducida", Html(result, "es/scenarios/exam-stress/index.html"));
    }

    [Fact]
    public void Generated_pages_search_and_the_sitemap_exist_in_both_languages()
    {
        var result = Bilingual().Build();
        Assert.Contains("<h1>Modelos de programa", Html(result, "es/models/index.html").Replace("\n", ""));
        Assert.True(result.Files!.ContainsKey("es/search/index.json"));
        Assert.Contains("\"pipeline\"", Encoding.UTF8.GetString(result.Files["es/search/index.json"]));
        Assert.Contains("es/about/", Encoding.UTF8.GetString(result.Files["es/search/docs.json"]));
        var sitemap = Encoding.UTF8.GetString(result.Files["sitemap.xml"]);
        Assert.Contains("<loc>https://example.org/peerhub/es/about/</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/peerhub/about/\"/>", sitemap);
        // A page not yet translated is the English page's copy: not listed again.
        Assert.DoesNotContain("<loc>https://example.org/peerhub/es/models/peer-mentoring/</loc>", sitemap);
    }

    [Fact]
    public void A_translation_may_not_change_what_is_the_same_in_every_language()
    {
        var scenario = FixtureSite.Minimal().Text("content/scenarios/exam-stress.md");
        var result = Bilingual().With("content/scenarios/exam-stress.es.md",
            $"---\ntranslated_from: {Fingerprint(scenario)}\ntitle: Estrés\nmodels: [peer-mentoring]\nminutes: 30\nskills: [escuchar]\n---\n").Build();
        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "content/scenarios/exam-stress.es.md:4:1: error PH0023: `models` is the same in every language, so a translation leaves it out: the source's value is used",
                "content/scenarios/exam-stress.es.md:5:1: error PH0023: `minutes` is the same in every language, so a translation leaves it out: the source's value is used",
                "content/scenarios/exam-stress.es.md:6:1: error PH0023: `skills` is the same in every language, so a translation leaves it out: the source's value is used",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_translation_keeps_every_role_and_translates_each_one()
    {
        var site = Bilingual();
        var scenario = site.Text("content/scenarios/exam-stress.md");
        var oneRole = $"---\ntranslated_from: {Fingerprint(scenario)}\ntitle: Estrés\nroles:\n  - name: Mentor\n    brief: Te reúnes con Sam.\n---\n";
        Assert.Contains("content/scenarios/exam-stress.es.md:4:1: error PH0010: `roles` has 1 items here and 2 in the source; a translation keeps every item, in the same order",
            site.With("content/scenarios/exam-stress.es.md", oneRole).Build().Diagnostics.Select(d => d.ToString()));

        var both = oneRole.Replace("    brief: Te reúnes con Sam.\n", "    brief: Te reúnes con Sam.\n  - name: Estudiante (Sam)\n    brief: Te preocupan los exámenes.\n");
        var result = site.With("content/scenarios/exam-stress.es.md", both).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var es = Html(result, "es/scenarios/exam-stress/index.html");
        Assert.Contains("Te preocupan los exámenes.", es);
        // What the translation leaves out is shown in English, marked as such.
        Assert.Contains("<h2 id=\"setup-heading\">Planteamiento</h2>\n<p lang=\"en\">", es);
    }

    [Fact]
    public void A_translation_without_its_source_and_a_stale_one_are_reported()
    {
        var missing = Bilingual().With("content/abuot.es.md", "---\ntitle: Acerca\n---\nHola.\n").Build();
        Assert.Contains(missing.Diagnostics, d => d.ToString().StartsWith("content/abuot.es.md:1:1: error PH0024: this translates content/abuot.md, which does not exist", StringComparison.Ordinal));

        var stale = Bilingual("---\ntranslated_from: 000000000000\ntitle: Acerca de\n---\nHola.\n").Build();
        Assert.True(stale.Succeeded);
        var warning = Assert.Single(stale.Diagnostics);
        Assert.StartsWith("content/about.es.md:2:18: warning PH0100: content/about.md has changed since this translation was made from it (000000000000, now ", warning.ToString());
    }

    [Fact]
    public void Marking_a_translation_records_its_source_as_it_is_now()
    {
        var text = "---\ntranslated_from: 000000000000\ntitle: Acerca de\n---\nHola.\n";
        Assert.Equal("---\ntranslated_from: abcdefabcdef\ntitle: Acerca de\n---\nHola.\n", Content.Translations.Mark(text, "abcdefabcdef"));
        Assert.Equal("---\ntranslated_from: abcdefabcdef\ntitle: Acerca de\n---\nHola.\n", Content.Translations.Mark("---\ntitle: Acerca de\n---\nHola.\n", "abcdefabcdef"));
    }

    [Fact]
    public void A_string_missing_from_a_languages_file_is_an_error()
    {
        var site = Bilingual();
        var es = File.ReadAllText(Path.Combine(Repo.Theme, "strings", "es.yml"));
        var result = site.With("theme/strings/es.yml", es.Replace("  search:\n    title: Buscar\n", "  search:\n")).Build();
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains("error PH0017: strings/es.yml has no string `pages.search.title`", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("language: \"en\\nalert(1)//\"")]
    [InlineData("language: ../x")]
    [InlineData("language: en_US")]
    public void A_site_language_that_is_not_a_language_tag_is_an_error_at_its_line(string line)
    {
        // A language's code goes into every page's <html lang> and names files (js/ui-strings.<code>.js): a line break
        // in it could end a comment in a script, and ../ could lead out of the site.
        var site = FixtureSite.Minimal();
        var config = site.Text("content/site.yml");
        var result = site.With("content/site.yml", line + "\n" + config).Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("`language` must be a language tag", StringComparison.Ordinal));
        Assert.Equal(("content/site.yml", 1, Diagnostics.Codes.InvalidValue), (error.Span.Path, error.Span.Line, error.Code));
    }

    [Fact]
    public void A_further_language_code_may_not_end_in_a_line_break()
    {
        var site = FixtureSite.Minimal().WithSpanishListed();
        var result = site.With("content/site.yml", site.Text("content/site.yml").Replace("code: es", "code: \"es\\n\"")).Build();
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("`code` must be a language tag", StringComparison.Ordinal));
    }

    [Fact]
    public void The_script_words_file_holds_nothing_from_the_site_but_the_theme_strings()
    {
        var site = FixtureSite.Minimal();
        var result = site.With("theme/strings/en.yml", MinimalTheme.Files["strings/en.yml"] + "js:\n  search:\n    go: \"Go </script>\"\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var script = Encoding.UTF8.GetString(result.Files!["js/ui-strings.en.js"]);
        Assert.Equal("// The interface's words in one language, made by the build from the theme's strings file.\n" +
            "self.peerhubStrings = {\"search.go\":\"Go \\u003C/script\\u003E\"};\n", script);
    }

    private static readonly Lazy<BuildResult> Hub = new(() => SiteBuilder.Build(BuiltSite.RealHub()));

    [Fact]
    public void Every_page_of_the_real_hub_has_its_lang_alternates_canonical_and_a_switcher_to_the_same_page()
    {
        var result = Hub.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var root = "https://peerhub.example.org/";
        var pages = result.Files!.Keys.Where(k => k.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count(p => p.StartsWith("es/", StringComparison.Ordinal)) > 150);
        var checkedPages = 0;
        foreach (var path in pages)
        {
            var html = Html(result, path);
            if (html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)) continue;   // a forwarding page
            var spanish = path.StartsWith("es/", StringComparison.Ordinal);
            var neutral = "/" + (spanish ? path[3..] : path)[..^"index.html".Length];
            Assert.True((spanish ? "es" : "en") == HtmlLang().Match(html).Groups[1].Value, $"{path}: lang");
            var notTranslated = html.Contains("class=\"not-translated\"", StringComparison.Ordinal);
            Assert.False(!spanish && notTranslated, $"{path}: an English page is never 'not translated'");
            var alternates = Alternate().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            Assert.True(alternates.GetValueOrDefault("x-default") == root + neutral.TrimStart('/'), $"{path}: x-default");
            Assert.True(alternates.GetValueOrDefault("en") == root + neutral.TrimStart('/'), $"{path}: en alternate");
            // Spanish is named only where the page really is in Spanish.
            var spanishUrl = root + "es/" + neutral.TrimStart('/');
            if (spanish) Assert.True(notTranslated ? !alternates.ContainsKey("es") : alternates.GetValueOrDefault("es") == spanishUrl, $"{path}: es alternate");
            var canonical = Canonical().Match(html).Groups[1].Value;
            Assert.True(canonical == (spanish && !notTranslated ? spanishUrl : root + neutral.TrimStart('/')), $"{path}: canonical {canonical}");
            // The switcher leads to the same page in the other language, and that page exists.
            var switcher = Switcher().Match(html);
            Assert.True(switcher.Success, $"{path}: no language switcher");
            var target = Path.GetFullPath(Path.Combine("/site", Path.GetDirectoryName(path)!, switcher.Groups[1].Value, "index.html"))["/site/".Length..];
            Assert.True(target == (spanish ? "" : "es/") + neutral.TrimStart('/') + "index.html", $"{path}: switcher goes to {target}");
            Assert.True(result.Files.ContainsKey(target), $"{path}: switcher target {target} is missing");
            checkedPages++;
        }
        Assert.True(checkedPages > 300, $"only {checkedPages} pages checked");
    }

    [Fact]
    public void Spanish_pages_use_the_glossarys_terms_not_the_forms_it_avoids()
    {
        var loaded = Content.ContentLoader.Load(BuiltSite.RealHub(), SiteKinds.Default.Content, new Diagnostics.DiagnosticBag());
        Assert.True(loaded.Glossary.Count >= 20);
        var avoid = loaded.Glossary.SelectMany(g => g.Avoid.Select(a => (Term: g, Form: a))).ToList();
        var translations = loaded.Translations["es"];
        Assert.True(translations.Count >= 60, $"only {translations.Count} Spanish translations");
        var problems = new List<string>();
        foreach (var t in translations)
        {
            var text = File.ReadAllText(Path.Combine(Repo.Content, t.Page.ContentPath!));
            foreach (var (term, form) in avoid)
                if (Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(form)}(?![\p{{L}}])", RegexOptions.IgnoreCase))
                    problems.Add($"{t.Page.ContentPath}: `{form}` (say `{term.Es}` for {term.En})");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The key terms are there: the Spanish pages talk about red flags and the adult advisor in the glossary's words.
        var all = string.Concat(translations.Select(t => File.ReadAllText(Path.Combine(Repo.Content, t.Page.ContentPath!))));
        foreach (var en in new[] { "red flag", "school counselor" })
        {
            var es = loaded.Glossary.Single(g => g.En == en).Es;
            Assert.Contains(es.Split(' ')[0], all, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_link_to_a_heading_with_accents_is_found_as_the_browser_finds_it()
    {
        var site = FixtureSite.Minimal()
            .With("content/guide.md", "---\ntitle: Guía\nsummary: Una guía.\n---\n## Cómo empezar\n\nTexto.\n")
            .With("content/about.md", "---\ntitle: About\nsummary: About.\nsources: [deck]\n---\nSee [how to start](/guide/#cómo-empezar) and [a missing one](/guide/#cómo-terminar).\n");
        var problems = site.Build().Diagnostics.Select(d => d.ToString()).ToList();
        var problem = Assert.Single(problems);
        Assert.Contains("points to #c%C3%B3mo-terminar, which is not a heading or anchor on guide/index.html", problem);
    }
}

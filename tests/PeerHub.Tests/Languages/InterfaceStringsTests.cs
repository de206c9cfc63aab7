using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Site;
using PeerHub.Templates;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Languages;

/// <summary>The real hub built once, with its English and Spanish theme strings, for the interface-string tests.</summary>
public sealed class BilingualHub
{
    public BuildResult Result { get; } = SiteBuilder.Build(BuiltSite.RealHub());

    /// <summary>The theme's strings of a language, every key with its value, as the generator reads them.</summary>
    public static ThemeStrings Strings(string language)
    {
        var input = BuiltSite.RealHub();
        var diagnostics = new DiagnosticBag();
        var strings = new ThemeStrings(input.Theme, "themes/default", diagnostics, language);
        Assert.Empty(diagnostics.Sorted());
        return strings;
    }
}

/// <summary>
/// Issue 19: no interface string stays English on a Spanish page. The theme's words live in strings/en.yml and
/// strings/es.yml with the same keys; a Spanish page shows the Spanish ones, and English only where it says so
/// (an element marked lang="en": a page or a field not translated yet).
/// </summary>
public partial class InterfaceStringsTests(BilingualHub hub) : IClassFixture<BilingualHub>
{
    [Fact]
    public void English_and_Spanish_strings_have_the_same_keys()
    {
        var en = BilingualHub.Strings("en").Keys.Order(StringComparer.Ordinal).ToList();
        var es = BilingualHub.Strings("es").Keys.Order(StringComparer.Ordinal).ToList();
        Assert.True(en.Count > 300, $"only {en.Count} strings in strings/en.yml");
        Assert.Equal(en, es);
    }

    [Fact]
    public void A_spanish_page_shows_no_english_interface_string_outside_text_marked_english()
    {
        Assert.True(hub.Result.Succeeded, string.Join("\n", hub.Result.Diagnostics));
        var en = BilingualHub.Strings("en");
        var es = BilingualHub.Strings("es");
        // Every run of two or more words of an English string that the Spanish string does not share: the string's text
        // between its placeholders, without its markup.
        var phrases = en.Keys.Where(k => en.Find(k) != es.Find(k))
            .SelectMany(k => Phrases(en.Find(k)!).Select(p => (Key: k, Phrase: p)))
            .Where(p => !Phrases(es.Find(p.Key)!).Contains(p.Phrase))
            .ToList();
        Assert.True(phrases.Count > 300, $"only {phrases.Count} English phrases to look for");

        // Skills and topics are named in English in every language (their names are the scenarios' language-neutral
        // taxonomy keys): where one shows inside a Spanish sentence ("Juegos de roles para practicar: recognizing red
        // flags.") it cannot be marked, so their names are set aside before looking.
        var terms = ContentLoader.Load(BuiltSite.RealHub(), SiteKinds.Default.Content, new DiagnosticBag()).Pages
            .Select(p => p.Meta).OfType<ScenarioMeta>().SelectMany(s => s.Skills.Concat(s.Topics))
            .Select(k => k.Trim()).Where(k => k.Contains(' ')).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(k => k.Length).ToList();
        Assert.NotEmpty(terms);

        var pages = hub.Result.Files!.Where(f => f.Key.StartsWith("es/", StringComparison.Ordinal) && f.Key.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 150, $"only {pages.Count} Spanish pages");
        var parser = new HtmlParser();
        var found = new List<string>();
        foreach (var (path, bytes) in pages)
        {
            var text = ShownText(parser.ParseDocument(Encoding.UTF8.GetString(bytes)));
            foreach (var term in terms) text = text.Replace(term, "\u001f", StringComparison.OrdinalIgnoreCase);
            foreach (var (key, phrase) in phrases)
                if (text.IndexOf(phrase, StringComparison.Ordinal) is var at and >= 0)
                    found.Add($"{path}: \"{phrase}\" ({key}) in \"…{text[Math.Max(0, at - 60)..Math.Min(text.Length, at + phrase.Length + 30)]}…\"");
        }
        Assert.True(found.Count == 0, $"English interface text on Spanish pages:\n{string.Join("\n", found.Distinct().Take(400))}");
    }

    [Fact]
    public void The_spanish_pages_really_are_in_spanish()
    {
        // The check above would pass on pages with no interface at all: a Spanish page does show the Spanish strings.
        var html = Encoding.UTF8.GetString(hub.Result.Files!["es/scenarios/a-mentee-who-barely-talks/index.html"]);
        var text = ShownText(new HtmlParser().ParseDocument(html)).Replace('\u001f', ' ');
        foreach (var spanish in new[] { "Saltar al contenido principal", "¿Necesita ayuda ahora?", "Preguntas para la reflexión final", "Papeles", "Inicio" })
            Assert.Contains(spanish, text);
        // The role cards drop the brief's own Spanish step-out sentence: the card prints its own line once.
        var pack = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(hub.Result.Files!["es/packs/index.html"]));
        var slips = pack.QuerySelectorAll("template").OfType<IHtmlTemplateElement>()
            .SelectMany(t => t.Content.QuerySelectorAll(".role-slip")).ToList();
        Assert.NotEmpty(slips);
        Assert.All(slips, slip => Assert.DoesNotContain("Puedes salir del juego en cualquier momento con", slip.QuerySelector(".slip-brief")!.TextContent));
        Assert.Contains(slips, slip => slip.QuerySelector(".slip-signal")!.TextContent.StartsWith("Puedes salir del juego", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_loads_the_script_words_of_its_own_language_from_one_file_per_language()
    {
        // The words of the theme's scripts were once a JSON block in every page (4 KB of a guide, 28 KB of the planner's
        // page); they are now one file per language that the browser and the service worker keep.
        Assert.True(hub.Result.Succeeded, string.Join("\n", hub.Result.Diagnostics));
        var files = hub.Result.Files!;
        foreach (var language in new[] { "en", "es" })
        {
            var script = Encoding.UTF8.GetString(files[InterfaceStrings.PathFor(language)]);
            var json = StringsScript().Match(script);
            Assert.True(json.Success, $"js/ui-strings.{language}.js does not set self.peerhubStrings:\n{script[..Math.Min(300, script.Length)]}");
            var words = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json.Groups[1].Value)!;
            Assert.Equal(BilingualHub.Strings(language).Under("js").OrderBy(w => w.Key), words.OrderBy(w => w.Key));
        }

        var wrong = new List<string>();
        var pages = 0;
        foreach (var (path, bytes) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(bytes);
            if (!html.Contains("<script", StringComparison.Ordinal)) continue;
            pages++;
            var lang = HtmlLang().Match(html).Groups[1].Value;
            var sources = ScriptSources().Matches(html).Select(m => m.Groups[1].Value).ToList();
            var first = sources.FirstOrDefault() ?? "(no script file)";
            // The words first: the other scripts read them as they start.
            if (!first.EndsWith($"js/ui-strings.{lang}.js", StringComparison.Ordinal))
                wrong.Add($"{path} (lang {lang}): its first script is {first}");
            if (html.Contains("id=\"ui-strings\"", StringComparison.Ordinal)) wrong.Add($"{path}: still carries its own copy of the words");
        }
        Assert.True(pages > 400, $"only {pages} pages load scripts");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(40)));
    }

    [Fact]
    public void A_strings_group_the_theme_lacks_is_an_error_at_its_strings_file()
    {
        // Given a theme whose page frame asks for a group of script strings that strings/en.yml does not have
        var site = FixtureSite.Minimal().With("theme/layouts/baseof.html", """
            <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title>
            <script type="application/json" id="words">{{ t_json "pages.nonesuch" }}</script></head>
            <body>{{ content }}</body></html>
            """);

        // When it is built
        var result = site.Build();

        // Then the missing group is named, once, at the strings file
        var errors = result.Diagnostics.Where(d => d.Message.Contains("`pages.nonesuch`", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Equal((Severity.Error, Codes.MissingThemeFile), (error.Severity, error.Code));
        Assert.EndsWith("strings/en.yml", error.Span.Path);
    }

    [Fact]
    public void A_language_whose_strings_miss_a_key_is_a_build_error_at_its_file()
    {
        // Given a site in English and Spanish whose theme's Spanish strings leave out one English key
        var site = FixtureSite.Minimal()
            .With("content/site.yml", """
                title: Test Hub
                description: A hub for tests.
                base_url: https://example.org/peerhub/
                edit_url: https://example.org/edit/content/
                crisis_checked: "2026-11-01"
                crisis:
                  - name: Emergency
                    action: Call 911 in an emergency
                languages:
                  - code: es
                    name: Español
                    title: Test Hub
                    description: Un sitio de prueba.
                    crisis:
                      - name: Emergencias
                        action: Llame al 911 en una emergencia
                """)
            .With("theme/strings/es.yml", """
                lists:
                  tiers: { title: Niveles, summary: Los niveles. }
                  models: { title: Modelos, summary: Los modelos. }
                  scenarios: { title: Situaciones, summary: Las situaciones. }
                  curricula: { title: Cursos, summary: Los cursos. }
                  skills: { title: Habilidades, summary: Las habilidades., term_summary: "Situaciones para {term}." }
                  topics: { title: Temas, summary: Los temas., term_summary: "Situaciones sobre {term}." }
                  toolkit: { title: Materiales, summary: Los formularios. }
                pages:
                  resources: { title: Recursos, summary: Los recursos. }
                  search: { title: Buscar, summary: Busque en el sitio. }
                  planner: { title: Planificador }
                  planner_team: { title: Vista del equipo, summary: El equipo. }
                  not_found: { title: No encontramos la página, summary: No está aquí. }
                  toolkit_profile: { title: Perfil de la escuela, summary: Los datos de la escuela. }
                packs:
                  builder: { title: Arme un paquete, summary: Elija situaciones. }
                  curriculum: { title: "{title}: paquete", summary: "Paquete de {title}." }
                  model: { title: "{title}: paquete", summary: "Paquete de {title}." }
                  bilingual: { title: "{title}, en dos idiomas", summary: "{title}, con tarjetas en los dos idiomas." }
                """);

        // When it is built
        var result = site.Build();

        // Then the build fails, naming the missing key at the Spanish file and where the English file has it
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Message.Contains("`pages.planner.summary`", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count > 0, string.Join("\n", result.Diagnostics));
        Assert.All(errors, e => Assert.Equal((Severity.Error, Codes.MissingThemeFile), (e.Severity, e.Code)));
        Assert.All(errors, e => Assert.EndsWith("strings/es.yml", e.Span.Path));
        Assert.Contains(errors, e => e.Message.Contains("(strings/en.yml has it at line", StringComparison.Ordinal));
        // and nothing else is wrong with the site
        Assert.All(result.Diagnostics, d => Assert.Contains("`pages.planner.summary`", d.Message));
    }

    /// <summary>
    /// The runs of two or more words of a string as a page shows it: the text between its placeholders and its tags
    /// (each of which a page shows as a text of its own), its entities decoded.
    /// </summary>
    private static IEnumerable<string> Phrases(string value) =>
        Placeholder().Split(Tag().Replace(value, "{tag}"))
            .Select(p => Space().Replace(WebUtility.HtmlDecode(p), " ").Trim(' ', ',', ':', ';', '(', ')', '“', '”', '"', '.'))
            .Where(p => p.Contains(' '));

    /// <summary>
    /// What a page shows a reader, each text on its own (a unit separator between them, so the end of one and the
    /// start of the next never read as one phrase), white space collapsed: the body's texts, inert templates' texts
    /// (the pack builder clones them) and the attributes read aloud or shown (aria-label, alt, title, placeholder),
    /// leaving out scripts, styles and every element marked as English.
    /// </summary>
    private static string ShownText(IDocument document)
    {
        var roots = new List<INode> { document.Body! };
        roots.AddRange(document.QuerySelectorAll("template").OfType<IHtmlTemplateElement>().Select(t => (INode)t.Content));
        var text = new StringBuilder();
        foreach (var root in roots)
        {
            foreach (var english in Elements(root).Where(e => e.GetAttribute("lang") is { } lang && (lang == "en" || lang.StartsWith("en-", StringComparison.Ordinal))).ToList())
                english.Remove();
            foreach (var code in Elements(root).Where(e => e.LocalName is "script" or "style").ToList()) code.Remove();
            foreach (var node in Texts(root)) text.Append(Space().Replace(node.TextContent, " ")).Append('\u001f');
            foreach (var element in Elements(root))
                foreach (var name in new[] { "aria-label", "alt", "title", "placeholder" })
                    if (element.GetAttribute(name) is { } value) text.Append(Space().Replace(value, " ")).Append('\u001f');
        }
        return text.ToString();
    }

    private static IEnumerable<INode> Texts(INode node) =>
        node.NodeType == NodeType.Text ? [node] : node.ChildNodes.SelectMany(Texts);

    private static IEnumerable<IElement> Elements(INode root) =>
        root is IElement e ? e.QuerySelectorAll("*").Prepend(e) : ((IParentNode)root).QuerySelectorAll("*");

    [GeneratedRegex("""^// [^\n]*\nself\.peerhubStrings = (\{.*\});\n$""", RegexOptions.Singleline)]
    private static partial Regex StringsScript();

    [GeneratedRegex(@"<html lang=""([a-z-]+)""")]
    private static partial Regex HtmlLang();

    [GeneratedRegex(@"<script src=""([^""]+)""")]
    private static partial Regex ScriptSources();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

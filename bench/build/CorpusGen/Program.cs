// Writes the build benchmark's corpus: N synthetic pages as a PeerHub content folder and the same N Markdown
// bodies as a Hugo site. Seeded, so the same N always gives byte-identical files.
// Usage: dotnet run -c Release -- <pages> <out-dir> [--spanish SHARE]   (writes <out-dir>/peerhub and <out-dir>/hugo)
// --spanish SHARE (0 to 1) makes the hub bilingual, as the real hub is: site.yml lists Spanish under `languages:`
// and that share of the pages gets a Spanish translation beside it (page.es.md); Hugo gets the same translations
// as a second language whose gaps are filled with the English pages, so both build every page in both languages.
// The English pages are the same with or without it, except that an English link to a heading of a guide that
// is translated leaves out the #heading (that heading has another id on the Spanish page the link leads to there).
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PeerHub.Bench.CorpusGen;

public static class Program
{
    public static int Main(string[] args)
    {
        var spanish = 0.0;
        if (args.Length == 4 && args[2] == "--spanish"
            && double.TryParse(args[3], NumberStyles.Float, CultureInfo.InvariantCulture, out spanish) && spanish is >= 0 and <= 1)
            args = args[..2];
        if (args.Length != 2 || !int.TryParse(args[0], out var total) || total < 100)
        {
            Console.Error.WriteLine("usage: CorpusGen <pages (>= 100)> <out-dir> [--spanish SHARE (0 to 1)]");
            return 2;
        }
        var plan = CorpusPlan.For(total);
        var corpus = new Corpus(plan, new Random(20260108), spanish);
        var outDir = Path.GetFullPath(args[1]);
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        corpus.WritePeerHub(Path.Combine(outDir, "peerhub"));
        corpus.WriteHugo(Path.Combine(outDir, "hugo"));
        Console.WriteLine($"{plan.Total} pages: {plan.Tiers} tiers, {plan.Models} models, {plan.Scenarios} scenarios, " +
            $"{plan.Curricula} curricula, {plan.Guides} guide pages (+ home, about and the guides index)" +
            (spanish > 0 ? $", {corpus.TranslationCount} of them translated to Spanish," : "") + $" in {outDir}");
        return 0;
    }
}

/// <summary>How N pages split over the content types, in roughly the hub's own proportions.</summary>
public sealed record CorpusPlan(int Total, int Tiers, int Models, int Scenarios, int Curricula, int Guides)
{
    public static CorpusPlan For(int total)
    {
        const int tiers = 3, fixedPages = 3; // home, about, guides/index
        var models = total * 8 / 100;
        var scenarios = total * 40 / 100;
        var curricula = total * 4 / 100;
        var guides = total - tiers - fixedPages - models - scenarios - curricula;
        return new CorpusPlan(total, tiers, models, scenarios, curricula, guides);
    }
}

/// <summary>One synthetic page: where it lives, its PeerHub front matter, its Hugo front matter and its body.</summary>
public sealed record CorpusPage(string Path, string Url, string Title, string Summary, string PeerHubFrontMatter, string Body, int Weight = 0)
{
    /// <summary>The page's Spanish translation, when it has one: the translated fields and the Spanish body.</summary>
    public CorpusPage? Spanish { get; set; }
}

public sealed class Corpus
{
    private readonly CorpusPlan _plan;
    private readonly Random _random;
    // The typed requirements' own generator: fields added since the first figures draw from it, not from _random, so
    // the English pages (titles, bodies, links, which scenarios each pack prints) stay those of the earlier figures.
    private readonly Random _typed = new(20261201);
    private readonly Words _typedWords;
    private readonly List<CorpusPage> _pages = [];
    /// <summary>The addresses of the pages translated to Spanish, chosen before any page is written.</summary>
    private readonly HashSet<string> _translated = [];
    private readonly bool _bilingual;

    public Corpus(CorpusPlan plan, Random random, double spanishShare = 0)
    {
        _plan = plan;
        _random = random;
        _typedWords = new Words(_typed);
        _bilingual = spanishShare > 0;
        if (_bilingual) ChooseTranslations(spanishShare);
        Generate();
        if (_bilingual) Translate(new Random(20261205));
    }

    public int TranslationCount => _pages.Count(p => p.Spanish is not null);

    /// <summary>
    /// Picks the pages to translate, a share of each kind, with a generator of its own so the English pages stay the
    /// same. Home, about and the guides' index are always translated, as the real hub's are.
    /// </summary>
    private void ChooseTranslations(double share)
    {
        var random = new Random(20261205);
        _translated.UnionWith(["/", "/about/", "/guides/"]);
        IEnumerable<string> urls = Enumerable.Range(1, _plan.Tiers).Select(t => $"/tiers/tier-{t}/")
            .Concat(Enumerable.Range(0, _plan.Models).Select(i => $"/models/{Slug("model", i)}/"))
            .Concat(Enumerable.Range(0, _plan.Scenarios).Select(i => $"/scenarios/{Slug("scenario", i)}/"))
            .Concat(Enumerable.Range(0, _plan.Curricula).Select(i => $"/curricula/{Slug("curriculum", i)}/"))
            .Concat(Enumerable.Range(0, _plan.Guides).Select(i => $"/guides/{Slug("guide", i)}/"));
        foreach (var url in urls)
            if (random.NextDouble() < share) _translated.Add(url);
    }

    /// <summary>
    /// Writes each chosen page's Spanish translation: what reads differently in Spanish (titles, summaries, a scenario's
    /// role cards, setup, prompts, red flags, escalation and debrief, a model's supervision and evidence, a course's
    /// audience, a guide's tags) and a Spanish body; references, numbers and taxonomy keys stay the source's.
    /// </summary>
    private void Translate(Random random)
    {
        var words = new Words(random, Spanish.Terms);
        foreach (var page in _pages.Where(p => _translated.Contains(p.Url)))
        {
            var title = words.Title(page.Url.StartsWith("/scenarios/", StringComparison.Ordinal) ? 4 : 3);
            var summary = words.Sentence(20);
            var fm = new StringBuilder($"title: {Q(title)}\nsummary: {Q(summary)}\n");
            var body = "";
            switch (page.Url.Split('/')[1])
            {
                case "tiers":
                    fm.Append($"who: {words.Title(2)}\n");
                    body = Body(words, 450, page.Url, random, spanish: true);
                    break;
                case "models":
                    fm.Append($"supervision: {Q(words.Sentence(20))}\nevidence:\n  summary: {Q(words.Sentence(16))}\n");
                    body = Body(words, 500, page.Url, random, spanish: true);
                    break;
                case "scenarios":
                    fm.Append($"content_warning: {Q(words.Sentence(14))}\nroles:\n");
                    foreach (var role in new[] { "Compañero de apoyo", $"Estudiante ({words.Title(1)})", "Observador" })
                        fm.Append($"  - name: {Q(role)}\n    brief: {Q(words.Sentence(55))}\n");
                    fm.Append($"setup: {Q(words.Sentence(40))}\n");
                    fm.Append(YamlList("prompts", words, 4, 14)).Append(YamlList("red_flags", words, 3, 12))
                      .Append(YamlList("escalation", words, 3, 16)).Append(YamlList("debrief", words, 4, 12));
                    body = $"## Variantes\n\n- {words.Sentence(14)}\n- {words.Sentence(12)}\n- {words.Sentence(16)}\n";
                    break;
                case "curricula":
                    fm.Append($"audience: {Q(words.Sentence(10))}\n");
                    body = Body(words, 200, page.Url, random, spanish: true);
                    break;
                case "guides" when page.Url != "/guides/":
                    fm.Append($"tags: [{string.Join(", ", words.Distinct(2))}]\n");
                    body = Body(words, 600, page.Url, random, spanish: true);
                    break;
                default:
                    body = Body(words, page.Url == "/guides/" ? 150 : 300, page.Url, random, spanish: true);
                    break;
            }
            page.Spanish = new CorpusPage(page.Path[..^".md".Length] + ".es.md", page.Url, title, summary, fm.ToString(), body, page.Weight);
        }
    }

    private static string Slug(string kind, int i) => $"{kind}-{i + 1:00000}";

    private void Generate()
    {
        var words = new Words(_random);
        _pages.Add(new CorpusPage("index.md", "/", "PeerHub benchmark", "A synthetic hub for the build benchmark.",
            "title: PeerHub benchmark\nsummary: A synthetic hub for the build benchmark.\n", Body(words, 300, "/")));
        _pages.Add(new CorpusPage("about.md", "/about/", "About", "About the benchmark hub.",
            "title: About\nsummary: About the benchmark hub.\n", Body(words, 300, "/about/")));
        _pages.Add(new CorpusPage("guides/index.md", "/guides/", "Guides", "Every guide in the benchmark hub.",
            "title: Guides\nsummary: Every guide in the benchmark hub.\nweight: 1\n", Body(words, 150, "/guides/")));

        for (var t = 1; t <= _plan.Tiers; t++)
        {
            var title = $"Tier {t}: {words.Title(2)}";
            var summary = words.Sentence(18);
            _pages.Add(new CorpusPage($"tiers/tier-{t}.md", $"/tiers/tier-{t}/", title, summary,
                $"tier: {t}\ntitle: {Q(title)}\nwho: {words.Title(2)}\nsummary: {Q(summary)}\n", Body(words, 450, $"/tiers/tier-{t}/")));
        }

        for (var i = 0; i < _plan.Models; i++)
        {
            var title = words.Title(3);
            var summary = words.Sentence(24);
            var tiers = string.Join(", ", Enumerable.Range(1, 3).Where(_ => _random.Next(2) == 0).DefaultIfEmpty(2));
            var fm = new StringBuilder()
                .Append($"title: {Q(title)}\nsummary: {Q(summary)}\ntiers: [{tiers}]\n")
                .Append($"intensity: {Intensities[_random.Next(3)]}\n")
                .Append($"training_hours:\n  min: {4 + _random.Next(8)}\n  max: {12 + _random.Next(10)}\n")
                .Append($"clinical_support: {ClinicalSupport[_typed.Next(4)]}\n")
                .Append($"supervision: {Q(words.Sentence(20))}\nadult_hours_per_week:\n  min: {1 + _typed.Next(3)}\n  max: {4 + _typed.Next(3)}\n")
                .Append("grades:\n  from: 6\n  to: 12\n");
            // The draws of the staff_time sentence that models had before typed requirements, made and dropped so
            // every later page is the one the earlier figures were measured on.
            _ = words.Sentence(10);
            fm.Append($"evidence:\n  summary: {Q(_typedWords.Sentence(16))}\n")
                .Append($"sources: [{string.Join(", ", Pick(Sources.Count, 2).Select(s => Sources.Id(s)))}]\n")
                .Append($"tags: [{string.Join(", ", words.Distinct(3))}]\n");
            _pages.Add(new CorpusPage($"models/{Slug("model", i)}.md", $"/models/{Slug("model", i)}/", title, summary, fm.ToString(),
                Body(words, 500, $"/models/{Slug("model", i)}/")));
        }

        for (var i = 0; i < _plan.Scenarios; i++)
        {
            var title = words.Title(4);
            var summary = words.Sentence(22);
            var fm = new StringBuilder()
                .Append($"title: {Q(title)}\nsummary: {Q(summary)}\n")
                .Append($"models: [{string.Join(", ", Pick(_plan.Models, 1 + _random.Next(3)).Select(m => Slug("model", m)))}]\n")
                .Append($"skills: [{string.Join(", ", Pick(Vocabulary.Skills.Length, 3).Select(s => Vocabulary.Skills[s]))}]\n")
                .Append($"topics: [{string.Join(", ", Pick(Vocabulary.Topics.Length, 2).Select(s => Vocabulary.Topics[s]))}]\n")
                .Append($"difficulty: {Difficulties[_random.Next(3)]}\n")
                .Append("grade_bands: [middle, high]\n")
                .Append($"minutes: {15 + 5 * _random.Next(6)}\n")
                .Append($"content_warning: {Q(words.Sentence(14))}\nroles:\n");
            foreach (var role in new[] { "Peer helper", $"Student ({words.Title(1)})", "Observer" })
                fm.Append($"  - name: {Q(role)}\n    brief: {Q(words.Sentence(55))}\n");
            fm.Append($"setup: {Q(words.Sentence(40))}\n");
            fm.Append(YamlList("prompts", words, 4, 14)).Append(YamlList("red_flags", words, 3, 12))
              .Append(YamlList("escalation", words, 3, 16)).Append(YamlList("debrief", words, 4, 12))
              .Append(YamlList("facilitator_notes", words, 3, 20));
            var body = $"## Variations\n\n- {words.Sentence(14)}\n- {words.Sentence(12)}\n- {words.Sentence(16)}\n";
            _pages.Add(new CorpusPage($"scenarios/{Slug("scenario", i)}.md", $"/scenarios/{Slug("scenario", i)}/", title, summary, fm.ToString(), body));
        }

        for (var i = 0; i < _plan.Curricula; i++)
        {
            var title = words.Title(3);
            var summary = words.Sentence(26);
            var fm = new StringBuilder()
                .Append($"title: {Q(title)}\nsummary: {Q(summary)}\naudience: {Q(words.Sentence(10))}\n")
                .Append($"models: [{string.Join(", ", Pick(_plan.Models, 2).Select(m => Slug("model", m)))}]\n")
                .Append($"sources: [{Sources.Id(_random.Next(Sources.Count))}]\nsessions:\n");
            for (var s = 0; s < 6 + _random.Next(5); s++)
            {
                fm.Append($"  - title: {Q(words.Title(4))}\n    minutes: {45 + 15 * _random.Next(3)}\n");
                fm.Append(YamlList("objectives", words, 3, 12, "    ")).Append(YamlList("materials", words, 2, 8, "    "))
                  .Append(YamlList("activities", words, 4, 18, "    "));
                fm.Append($"    scenarios: [{string.Join(", ", Pick(_plan.Scenarios, 1 + _random.Next(2)).Select(x => Slug("scenario", x)))}]\n");
            }
            _pages.Add(new CorpusPage($"curricula/{Slug("curriculum", i)}.md", $"/curricula/{Slug("curriculum", i)}/", title, summary, fm.ToString(),
                Body(words, 200, $"/curricula/{Slug("curriculum", i)}/")));
        }

        for (var i = 0; i < _plan.Guides; i++)
        {
            var title = words.Title(4);
            var summary = words.Sentence(20);
            var weight = _random.Next(100);
            _pages.Add(new CorpusPage($"guides/{Slug("guide", i)}.md", $"/guides/{Slug("guide", i)}/", title, summary,
                $"title: {Q(title)}\nsummary: {Q(summary)}\nweight: {weight}\nsources: [{Sources.Id(_random.Next(Sources.Count))}]\ntags: [{string.Join(", ", words.Distinct(2))}]\n",
                Body(words, 600, $"/guides/{Slug("guide", i)}/"), weight));
        }
    }

    /// <summary>A Markdown body of about <paramref name="wordCount"/> words: headings, paragraphs, lists, a table, links.</summary>
    /// <param name="random">The Spanish bodies' own generator, so the English corpus stays as it was.</param>
    /// <param name="spanish">Whether the body is a Spanish translation's: Spanish headings and furniture.</param>
    private string Body(Words words, int wordCount, string selfUrl, Random? random = null, bool spanish = false)
    {
        random ??= _random;
        var headings = spanish ? Spanish.Headings : Vocabulary.Headings;
        var sb = new StringBuilder();
        var written = 0;
        var section = 0;
        while (written < wordCount)
        {
            sb.Append($"## {headings[section % headings.Length]}\n\n");
            var paragraph = words.Paragraph(60 + random.Next(40), out var n);
            sb.Append(paragraph).Append(' ').Append(Link(words, random, spanish)).Append(".\n\n");
            written += n + 4;
            switch (section % 4)
            {
                case 0:
                    for (var i = 0; i < 4; i++) sb.Append($"- **{words.Title(2)}**: {words.Sentence(10)}\n");
                    written += 48;
                    break;
                case 1:
                    for (var i = 1; i <= 4; i++) sb.Append($"{i}. {words.Sentence(8)} {(spanish ? "Vea" : "See")} {Link(words, random, spanish)}.\n");
                    written += 48;
                    break;
                case 2:
                    sb.Append(spanish ? "| Paso | Quién | Cuándo |\n| --- | --- | --- |\n" : "| Step | Who | When |\n| --- | --- | --- |\n");
                    for (var i = 0; i < 3; i++) sb.Append($"| {words.Title(2)} | {words.Title(1)} | {(spanish ? "semana" : "week")} {i + 1} |\n");
                    written += 15;
                    break;
                default:
                    var top = spanish ? $"Volver [al principio]({selfUrl}#{Spanish.HeadingIds[0]})" : $"Back to [the top]({selfUrl}#{Vocabulary.HeadingIds[0]})";
                    sb.Append($"### {words.Title(3)}\n\n{words.Paragraph(40, out var m)} {top}.\n");
                    written += m;
                    break;
            }
            sb.Append('\n');
            section++;
        }
        return sb.ToString();
    }

    /// <summary>A root-relative link to another page of the corpus, sometimes to one of its headings.</summary>
    /// <param name="spanish">In a Spanish body: a heading of a translated guide has its Spanish id.</param>
    private string Link(Words words, Random? random = null, bool spanish = false)
    {
        random ??= _random;
        string url = random.Next(4) switch
        {
            0 when _plan.Models > 0 => $"/models/{Slug("model", random.Next(_plan.Models))}/",
            1 when _plan.Scenarios > 0 => $"/scenarios/{Slug("scenario", random.Next(_plan.Scenarios))}/",
            2 when _plan.Guides > 0 => GuideLink(Slug("guide", random.Next(_plan.Guides)), random.Next(2), spanish),
            _ => $"/tiers/tier-{1 + random.Next(_plan.Tiers)}/",
        };
        return $"[{words.Title(2).ToLowerInvariant()}]({url})";
    }

    /// <summary>
    /// A link to a guide's first or second heading. A link in an English body is followed from the page's Spanish copy
    /// too when the page is not translated, and leads there to the Spanish guide, so it names no heading of a
    /// translated guide, whose headings have Spanish ids; a Spanish body names the heading as the guide it leads to has it.
    /// </summary>
    private string GuideLink(string slug, int heading, bool spanish)
    {
        var url = $"/guides/{slug}/";
        if (!_translated.Contains(url)) return url + "#" + Vocabulary.HeadingIds[heading];
        return spanish ? url + "#" + Spanish.HeadingIds[heading] : url;
    }

    private IEnumerable<int> Pick(int count, int n) =>
        Enumerable.Range(0, n).Select(_ => _random.Next(count)).Distinct().Order();

    private static readonly string[] ClinicalSupport = ["none", "on_call", "regular_check_ins", "every_session"];
    private static readonly string[] Intensities = ["light", "moderate", "high"];
    private static readonly string[] Difficulties = ["introductory", "intermediate", "advanced"];

    private static string YamlList(string key, Words words, int items, int length, string indent = "")
    {
        var sb = new StringBuilder($"{indent}{key}:\n");
        for (var i = 0; i < items; i++) sb.Append($"{indent}  - {Q(words.Sentence(length))}\n");
        return sb.ToString();
    }

    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public void WritePeerHub(string dir)
    {
        foreach (var page in _pages)
        {
            var text = $"---\n{page.PeerHubFrontMatter}---\n{page.Body}";
            Write(dir, page.Path, text);
            // A translation records the version of its source it was made from, as `peerhub translations --mark` does.
            if (page.Spanish is { } es)
                Write(dir, es.Path, $"---\ntranslated_from: {Fingerprint(text)}\n{es.PeerHubFrontMatter}---\n{es.Body}");
        }
        Write(dir, "site.yml", _bilingual ? Vocabulary.SiteYml + Spanish.SiteYml : Vocabulary.SiteYml);
        Write(dir, "data/sources.yml", Sources.Yaml());
        Write(dir, "data/resources.yml", Vocabulary.ResourcesYml);
    }

    /// <summary>
    /// The same pages for Hugo: same folders and bodies; sections get an _index.md for their list page. A bilingual
    /// corpus puts the English pages in content/en and the translations in content/es, and mounts content/en for
    /// Spanish too, under content/es, so Hugo fills the missing translations with the English pages (its way of
    /// falling back, since 0.96) and, like PeerHub, builds every page in both languages.
    /// </summary>
    public void WriteHugo(string dir)
    {
        var english = _bilingual ? "content/en" : "content";
        static string HugoPath(string path) =>
            path == "index.md" ? "_index.md" : path.EndsWith("/index.md") ? path[..^"index.md".Length] + "_index.md" : path;
        static string HugoPage(CorpusPage page) => $"---\ntitle: {Q(page.Title)}\nsummary: {Q(page.Summary)}\nweight: {page.Weight}\n---\n{page.Body}";
        foreach (var page in _pages)
        {
            Write(dir, Path.Combine(english, HugoPath(page.Path)), HugoPage(page));
            if (page.Spanish is { } es) Write(dir, Path.Combine("content/es", HugoPath(page.Path)), HugoPage(es));
        }
        foreach (var section in new[] { "tiers", "models", "scenarios", "curricula" })
            Write(dir, $"{english}/{section}/_index.md", $"---\ntitle: {Q(section)}\n---\n");
        foreach (var (name, text) in _bilingual ? HugoSite.BilingualFiles : HugoSite.Files) Write(dir, name, text);
    }

    private static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"))))[..12];

    private static void Write(string dir, string relative, string text)
    {
        var path = Path.Combine(dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
    }
}

/// <summary>Seeded word salad from a small vocabulary about peer support, so text and search terms look plausible.</summary>
public sealed class Words(Random random, string[]? terms = null)
{
    private readonly string[] _terms = terms ?? Vocabulary.Terms;

    public string Title(int n) =>
        string.Join(' ', Enumerable.Range(0, n).Select(_ => _terms[random.Next(_terms.Length)]))
            is var s ? char.ToUpperInvariant(s[0]) + s[1..] : "";

    public string Sentence(int n) => Title(n) + ".";

    public IEnumerable<string> Distinct(int n) =>
        Enumerable.Range(0, n).Select(_ => _terms[random.Next(_terms.Length)]).Distinct();

    public string Paragraph(int approxWords, out int written)
    {
        var sb = new StringBuilder();
        written = 0;
        while (written < approxWords)
        {
            var n = 8 + random.Next(12);
            if (sb.Length > 0) sb.Append(' ');
            var sentence = Title(n).Split(' ');
            if (random.Next(5) == 0) sentence[1] = $"*{sentence[1]}*"; // some emphasis, as real prose has
            sb.Append(string.Join(' ', sentence)).Append('.');
            written += n;
        }
        return sb.ToString();
    }
}

public static class Sources
{
    public const int Count = 20;
    public static string Id(int i) => $"source-{i + 1:00}";

    public static string Yaml()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Count; i++)
            sb.Append($"- id: {Id(i)}\n  title: Benchmark source {i + 1}\n  publisher: Benchmark publisher {i % 5 + 1}\n  url: https://example.org/sources/{i + 1}/\n  date: \"20{10 + i:00}\"\n\n");
        return sb.ToString();
    }
}

public static class Vocabulary
{
    public static readonly string[] Terms = (
        "peer support student mentor listening school counselor program training session wellbeing stress " +
        "friendship belonging boundaries confidentiality referral adult advisor supervision check-in goal " +
        "feelings empathy reflection question safety plan campus classroom teacher family community trust " +
        "respect kindness practice role-play debrief observer scenario group club ambassador mindfulness " +
        "breathing sleep exam transition newcomer grade semester term schedule log evaluation survey data " +
        "feedback outcome impact staff budget funding policy procedure consent parent caregiver district " +
        "leader principal nurse wellness center hotline crisis escalation warning signal pause calm quiet " +
        "honest clear steady gentle practical small weekly monthly first second third every together").Split(' ');

    public static readonly string[] Skills =
    [
        "active listening", "empathy", "reflecting feelings", "open questions", "boundaries", "confidentiality limits",
        "getting an adult", "encouraging help-seeking", "problem solving", "goal setting", "de-escalation", "closure",
        "self-care", "cultural humility", "documentation", "summarising", "silence", "validation", "referral", "mediation",
    ];

    public static readonly string[] Topics =
    [
        "exam stress", "friendship", "family", "transition", "belonging", "sleep", "online life", "sport", "identity",
        "grief", "bullying", "loneliness", "motivation", "money worries", "moving school", "club life", "future plans",
        "body image", "conflict", "volunteering", "attendance", "homework", "relationships", "new country", "siblings",
    ];

    public static readonly string[] Headings = ["Overview", "How to start", "What to watch for", "Training and supervision", "Evidence", "Next steps"];
    public static readonly string[] HeadingIds = ["overview", "how-to-start"];

    public const string SiteYml = """
        title: PeerHub benchmark
        description: A synthetic hub for the build benchmark.
        base_url: https://peerhub.example.org/
        language: en
        edit_url: https://github.com/peerhub/peerhub/edit/main/content/
        nav:
          - title: Tiers
            url: /tiers/
          - title: Program models
            url: /models/
          - title: Training
            url: /curricula/
          - title: Scenarios
            url: /scenarios/
          - title: Guides
            url: /guides/
          - title: Resources
            url: /resources/
        crisis_checked: "2026-11-01"
        crisis:
          - name: 988 Suicide & Crisis Lifeline
            action: Call or text 988
            href: "tel:988"
            detail: Free and confidential, 24/7
          - name: Emergency
            action: Call 911 in an emergency
            href: "tel:911"

        """;

    public const string ResourcesYml = """
        - id: benchmark-webinar
          title: A benchmark webinar
          url: https://example.org/webinar/
          kind: webinar
          publisher: Benchmark publisher
          summary: A webinar for the benchmark.
          topics: [getting started]
          tiers: [1, 2]
        - id: benchmark-guide
          title: A benchmark guide
          url: https://example.org/guide/
          kind: guide
          publisher: Benchmark publisher
          summary: A guide for the benchmark.
          topics: [training]
          tiers: [2]

        """;
}

/// <summary>The Spanish pages' words, headings and the languages block of site.yml (the real hub's, shortened).</summary>
public static class Spanish
{
    public static readonly string[] Terms = (
        "apoyo entre pares estudiante mentor escuchar escuela consejero programa capacitación sesión bienestar estrés " +
        "amistad pertenencia límites confidencialidad derivación adulto asesor supervisión reunión meta sentimientos " +
        "empatía reflexión pregunta seguridad plan plantel aula maestro familia comunidad confianza respeto amabilidad " +
        "práctica juego de roles reflexión observador situación grupo club embajador atención plena respiración sueño " +
        "examen transición recién llegado grado semestre horario registro evaluación encuesta datos comentarios resultado " +
        "impacto personal presupuesto fondos política procedimiento permiso padres tutores distrito líder director " +
        "enfermera centro línea crisis señal alerta pausa calma tranquilo honesto claro constante amable práctico " +
        "pequeño semanal mensual primero segundo tercero cada juntos niños compañeros ayuda escuchando información").Split(' ');

    public static readonly string[] Headings = ["Resumen", "Primeros pasos", "Qué observar", "Capacitación y supervisión", "Evidencia", "Próximos pasos"];
    public static readonly string[] HeadingIds = ["resumen", "primeros-pasos"];

    public const string SiteYml = """
        languages:
          - code: es
            name: Español
            title: PeerHub de prueba
            description: Un sitio sintético para medir la compilación.
            nav:
              - title: Niveles
                url: /tiers/
              - title: Modelos
                url: /models/
              - title: Capacitación
                url: /curricula/
              - title: Juegos de roles
                url: /scenarios/
              - title: Guías
                url: /guides/
              - title: Recursos
                url: /resources/
            crisis:
              - name: 988 Línea de Prevención del Suicidio y Crisis
                action: Llame al 988 y marque 2
                href: "tel:988"
                detail: Gratis y confidencial, las 24 horas
              - name: Emergencias
                action: Llame al 911 en una emergencia
                href: "tel:911"

        """;
}

/// <summary>A minimal Hugo theme: a base frame with the nav, a single page and a list page.</summary>
public static class HugoSite
{
    public static readonly (string Name, string Text)[] Files =
    [
        ("hugo.toml", """
            baseURL = "https://peerhub.example.org/"
            languageCode = "en"
            title = "PeerHub benchmark"
            disableKinds = ["taxonomy", "term", "RSS"]
            [markup.goldmark.renderer]
              unsafe = false
            [[menu.main]]
              name = "Tiers"
              url = "/tiers/"
              weight = 1
            [[menu.main]]
              name = "Program models"
              url = "/models/"
              weight = 2
            [[menu.main]]
              name = "Training"
              url = "/curricula/"
              weight = 3
            [[menu.main]]
              name = "Scenarios"
              url = "/scenarios/"
              weight = 4
            [[menu.main]]
              name = "Guides"
              url = "/guides/"
              weight = 5

            """),
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ .Site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} | {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Summary | plainify }}">
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
            <nav aria-label="Main"><ul>{{ range .Site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}</ul></nav>
            </header>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer><p>{{ .Site.Title }}</p></footer>
            </body>
            </html>

            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p class="summary">{{ .Params.summary }}</p>
            {{ .TableOfContents }}
            {{ .Content }}
            </article>
            {{ end }}

            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ .Content }}
            <ul class="cards">
            {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>
            {{ end }}
            </ul>
            {{ end }}

            """),
    ];

    /// <summary>
    /// The bilingual site: English at /, Spanish under /es/ with its own menu and interface strings (i18n/), each page
    /// naming its translations (hreflang) and linking to the other language, as PeerHub's pages do. content/en is
    /// mounted for Spanish as well, after content/es, to fill the pages not translated (Hugo 0.96's vertical merge).
    /// </summary>
    public static readonly (string Name, string Text)[] BilingualFiles =
    [
        ("hugo.toml", """
            baseURL = "https://peerhub.example.org/"
            defaultContentLanguage = "en"
            disableKinds = ["taxonomy", "term", "RSS"]
            [markup.goldmark.renderer]
              unsafe = false
            [languages.en]
              languageCode = "en"
              languageName = "English"
              title = "PeerHub benchmark"
              weight = 1
            [[languages.en.menu.main]]
              name = "Tiers"
              url = "/tiers/"
              weight = 1
            [[languages.en.menu.main]]
              name = "Program models"
              url = "/models/"
              weight = 2
            [[languages.en.menu.main]]
              name = "Training"
              url = "/curricula/"
              weight = 3
            [[languages.en.menu.main]]
              name = "Scenarios"
              url = "/scenarios/"
              weight = 4
            [[languages.en.menu.main]]
              name = "Guides"
              url = "/guides/"
              weight = 5
            [languages.es]
              languageCode = "es"
              languageName = "Español"
              title = "PeerHub de prueba"
              weight = 2
            [[languages.es.menu.main]]
              name = "Niveles"
              url = "/es/tiers/"
              weight = 1
            [[languages.es.menu.main]]
              name = "Modelos"
              url = "/es/models/"
              weight = 2
            [[languages.es.menu.main]]
              name = "Capacitación"
              url = "/es/curricula/"
              weight = 3
            [[languages.es.menu.main]]
              name = "Juegos de roles"
              url = "/es/scenarios/"
              weight = 4
            [[languages.es.menu.main]]
              name = "Guías"
              url = "/es/guides/"
              weight = 5
            [module]
            [[module.mounts]]
              source = "content/en"
              target = "content"
              lang = "en"
            [[module.mounts]]
              source = "content/es"
              target = "content"
              lang = "es"
            [[module.mounts]]
              source = "content/en"
              target = "content"
              lang = "es"

            """),
        ("i18n/en.toml", """
            skip = "Skip to content"
            language = "Language"

            """),
        ("i18n/es.toml", """
            skip = "Saltar al contenido"
            language = "Idioma"

            """),
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ .Site.Language.Lang }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} | {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Summary | plainify }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
            {{ if eq .Language.Lang "en" }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">
            {{ end }}{{ end }}
            </head>
            <body>
            <a class="skip" href="#main">{{ i18n "skip" }}</a>
            <header><a href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a>
            <nav aria-label="Main"><ul>{{ range .Site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}</ul></nav>
            <p class="language-switch" aria-label="{{ i18n "language" }}">{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</p>
            </header>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer><p>{{ .Site.Title }}</p></footer>
            </body>
            </html>

            """),
        ("layouts/_default/single.html", Files[2].Text),
        ("layouts/_default/list.html", Files[3].Text),
    ];
}

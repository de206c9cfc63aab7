using System.Text;
using PeerHub.Model;

namespace PeerHub.Bench.Serve;

/// <summary>
/// Writes a synthetic site of a given size: tiers, program models, curricula, pages, and role-play scenarios
/// for the rest, with front matter and bodies the size of the real hub's. Seeded, so every run is the same.
/// </summary>
public static class Corpus
{
    private static readonly string[] Skills = ["active listening", "empathy", "boundaries", "getting an adult", "reflecting feelings", "open questions", "summarising", "recognising red flags"];
    private static readonly string[] Topics = ["exam stress", "friendship", "family change", "transition", "loneliness", "sleep"];
    private static readonly string[] Words = "peer helper student listen support school counselor group trust feeling practice week mentor plan calm notice question answer time adult safe respect".Split(' ');

    public const int Models = 25, Curricula = 40, Pages = 30;

    /// <summary>The path of scenario number <paramref name="i"/>, relative to the site folder.</summary>
    public static string ScenarioPath(int i) => $"content/scenarios/scenario-{i:0000}.md";

    public static void Write(string dir, int pageCount)
    {
        var random = new Random(8);
        void File(string path, string text)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        File("content/site.yml", """
            title: Bench Hub
            description: A generated hub for timing serve.
            base_url: https://example.org/peerhub/
            edit_url: https://example.org/edit/content/
            nav:
              - title: Models
                url: /models/
              - title: Scenarios
                url: /scenarios/
            crisis_checked: "2026-11-01"
            crisis:
              - name: 988 Suicide & Crisis Lifeline
                action: Call or text 988
                href: "tel:988"
            """);
        File("content/data/sources.yml", "- id: deck\n  title: The deck\n  publisher: CSHA\n  url: https://example.org/deck\n");
        File("content/data/resources.yml", "- id: webinar\n  title: A webinar\n  url: https://example.org/webinar\n  kind: webinar\n  publisher: CSHA\n  tiers: [1]\n");
        File("content/about.md", "---\ntitle: About\nsummary: About the hub.\n---\nAbout this generated hub.\n");
        File("content/index.md", "---\ntitle: Bench Hub\nsummary: Home.\n---\nStart with the [models](/models/).\n");
        for (var t = 1; t <= 3; t++)
            File($"content/tiers/tier-{t}.md", $"---\ntier: {t}\ntitle: \"Tier {t}\"\nwho: Students of tier {t}\nsummary: Tier {t} support.\n---\n{Body(random, 4)}");
        for (var m = 0; m < Models; m++)
            File($"content/models/model-{m:00}.md", $"""
                ---
                title: Model {m}
                summary: {Sentence(random, 12)}
                tiers: [{1 + m % 3}]
                intensity: {(m % 3 == 0 ? "light" : m % 3 == 1 ? "moderate" : "high")}
                training_hours:
                  min: {4 + m % 10}
                  max: {8 + m % 10}
                clinical_support: on_call
                supervision: Weekly with the counselor
                adult_hours_per_week:
                  min: 2
                  max: 3
                grades:
                  from: 6
                  to: 12
                evidence:
                  summary: No published evaluation.
                sources: [deck]
                tags: [{Words[m % Words.Length]}]
                ---
                {Body(random, 6)}
                """);
        for (var p = 0; p < Pages; p++)
            File($"content/guides/guide-{p:00}.md", $"---\ntitle: Guide {p}\nsummary: {Sentence(random, 10)}\n---\n{Body(random, 5)}");
        File("content/guides/index.md", "---\ntitle: Guides\nsummary: How-to guides.\n---\nAll the guides.\n");

        var scenarios = pageCount - 2 - 3 - Models - Pages - 1 - Curricula;
        for (var s = 0; s < scenarios; s++) File(ScenarioPath(s), Scenario(random, s));
        for (var c = 0; c < Curricula; c++)
        {
            var sessions = string.Concat(Enumerable.Range(0, 4).Select(k => $"""

                  - title: Session {k}
                    minutes: 60
                    objectives: [{Sentence(random, 5)}]
                    activities: ["10 min: warm-up", "30 min: role-play"]
                    scenarios: [scenario-{(c * 4 + k) % scenarios:0000}]
                """));
            File($"content/curricula/curriculum-{c:00}.md",
                $"---\ntitle: Curriculum {c}\nsummary: {Sentence(random, 10)}\naudience: New peer mentors\nmodels: [model-{c % Models:00}]\nsessions:{sessions}\n---\n{Body(random, 3)}");
        }
    }

    /// <summary>A scenario's file; <paramref name="extra"/> is appended to its body, so a bench can change only the body.</summary>
    public static string Scenario(Random random, int s, string extra = "") => $"""
        ---
        title: Scenario {s}
        summary: {Sentence(random, 14)}
        models: [model-{s % Models:00}]
        skills: [{Skills[s % Skills.Length]}, {Skills[(s / 8) % Skills.Length]}]
        topics: [{Topics[s % Topics.Length]}]
        difficulty: intermediate
        grade_bands: [high]
        minutes: 20
        roles:
          - name: Peer mentor
            brief: {Sentence(random, 16)}
          - name: Student
            brief: {Sentence(random, 16)}
        setup: {Sentence(random, 20)}
        prompts: [{Sentence(random, 8)}, {Sentence(random, 8)}]
        debrief: [{Sentence(random, 8)}?]
        facilitator_notes: [Agree a step-out signal first.]
        ---
        {Body(random, 6)}{extra}
        """;

    private static string Body(Random random, int paragraphs)
    {
        var sb = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p % 2 == 0) sb.Append($"## {Capitalise(Sentence(random, 3))}\n\n");
            sb.Append(Capitalise(Sentence(random, 60))).Append(".\n\n");
        }
        return sb.ToString();
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

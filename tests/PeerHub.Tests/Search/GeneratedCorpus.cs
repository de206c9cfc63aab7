using PeerHub.Search;

namespace PeerHub.Tests.Search;

/// <summary>
/// A seeded, generated corpus for conformance at scale and for the benchmark (which links this file):
/// Zipf-like word choice from a mixed vocabulary, varied lengths, some empty or missing fields, tag
/// lists, document boosts and refs with slashes.
/// </summary>
internal static class GeneratedCorpus
{
    public static readonly SearchField[] Fields =
    [
        new("title", 10),
        new("body"),
        new("tags", 3),
    ];

    public static readonly string[] Vocabulary =
    [
        "mentoring", "mentor", "mentors", "mentee", "peer", "peers", "support", "supporting", "supported",
        "confidentiality", "confidential", "safeguarding", "red", "flags", "flag", "tier", "restorative",
        "circles", "circle", "mindfulness", "mindful", "breathing", "planning", "plan", "plans", "planned",
        "goals", "goal", "session", "sessions", "listening", "listen", "boundaries", "wellbeing", "well-being",
        "self-care", "anxiety", "anxious", "depression", "mood", "bullying", "cyber-bullying", "exam", "stress",
        "school", "college", "family", "families", "friends", "friendship", "trust", "trusted", "respect",
        "youth", "young", "people", "person", "community", "volunteer", "volunteers", "training", "trained",
        "supervision", "supervisor", "report", "reporting", "record", "records", "disclosure", "risk",
        "assessment", "relational", "rational", "generational", "conditional", "hopefulness", "usefulness",
        "electricity", "adoption", "controllers", "formalities", "sensibilities", "happy", "happiness",
        "café", "naïve", "señor", "résumé", "façade", "über", "straße", "İstanbul", "ΟΔΥΣΣΕΥΣ",
        "the", "and", "a", "of", "to", "in", "is", "you", "that", "it", "for", "on", "with", "as", "be",
        "2", "10", "24", "100%", "3.5", "v2.0", "e-mail", "don't", "it's", "(note)", "\"quoted\"", "end.",
        "yes", "yoga", "yearly", "yellow", "agreed", "feed", "bleed", "hopping", "hoping", "filing",
        "sky", "cry", "by", "say", "try", "crying", "generalisation", "generalization", "conflict",
        "group", "groups", "lead", "leader", "leadership", "inclusion", "inclusive", "access", "accessible",
        "—", "...", "&", "!!!",
    ];

    private static readonly string[] Sections = ["models", "guides", "stories", "resources/a", "resources/b"];

    /// <summary>Builds <paramref name="count"/> documents from <paramref name="seed"/>.</summary>
    public static List<SearchDocument> Create(int count, int seed = 20240601)
    {
        var random = new Random(seed);
        var documents = new List<SearchDocument>(count);
        for (int i = 0; i < count; i++)
        {
            var fields = new Dictionary<string, SearchValue>();
            int roll = random.Next(100);
            if (roll != 0)
            {
                fields["title"] = Words(random, 1 + random.Next(6), capitalise: true);
            }

            if (roll > 3)
            {
                fields["body"] = Words(random, random.Next(roll < 10 ? 20 : 400), capitalise: false);
            }
            else if (roll > 1)
            {
                fields["body"] = "";
            }

            if (random.Next(3) == 0)
            {
                var tags = new string[random.Next(4)];
                for (int t = 0; t < tags.Length; t++)
                {
                    tags[t] = random.Next(5) == 0 ? "Tier " + random.Next(1, 4) : Pick(random);
                }

                fields["tags"] = tags;
            }

            string docRef = random.Next(50) == 0
                ? i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : $"/{Sections[random.Next(Sections.Length)]}/{Pick(random).Replace(' ', '-')}-{i}/";
            double boost = random.Next(10) == 0 ? 1 + random.Next(1, 5) / 2.0 : 1;
            documents.Add(new SearchDocument(docRef, fields, boost));
        }

        return documents;
    }

    /// <summary>Queries of every kind, drawn from the vocabulary with the same seed.</summary>
    public static List<string> Queries(int count, int seed = 7)
    {
        var random = new Random(seed);
        var queries = new List<string>(count);
        string W() => Trim(Pick(random));
        for (int i = 0; queries.Count < count; i++)
        {
            string word = W();
            string q = (i % 12) switch
            {
                0 => word,
                1 => W() + " " + W(),
                2 => "title:" + word,
                3 => word.Length > 2 ? word[..3] + "*" : word + "*",
                4 => word + "~1",
                5 => "+" + word + " -" + W(),
                6 => word + "^10 " + W(),
                7 => "body:" + word + " tags:" + W(),
                8 => word.ToUpperInvariant(),
                9 => "+" + word + " +" + W(),
                10 => "*" + (word.Length > 2 ? word[^2..] : word),
                _ => W() + " " + W() + " " + W(),
            };
            queries.Add(q);
        }

        return queries;
    }

    // The query parser treats ':', '^', '~', '*', '+', '-' as syntax; keep query words plain.
    private static string Trim(string word)
    {
        var chars = word.Where(c => char.IsLetterOrDigit(c)).ToArray();
        return chars.Length == 0 ? "mentoring" : new string(chars).ToLowerInvariant();
    }

    private static string Pick(Random random)
    {
        // Zipf-like: low indexes are far more frequent.
        double u = random.NextDouble();
        int index = (int)(Math.Pow(u, 2.2) * Vocabulary.Length);
        return Vocabulary[Math.Min(index, Vocabulary.Length - 1)];
    }

    private static string Words(Random random, int count, bool capitalise)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(random.Next(15) switch { 0 => " - ", 1 => "\n", 2 => ",  ", 3 => "\t", _ => " " });
            }

            string word = random.Next(40) == 0 ? "w" + random.Next(5000) : Pick(random);
            if (capitalise && i == 0 && word.Length > 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            builder.Append(word);
        }

        return builder.ToString();
    }
}

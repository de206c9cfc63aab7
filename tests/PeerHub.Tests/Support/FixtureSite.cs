using System.Text;
using PeerHub.Site;
using PeerHub.Model;

namespace PeerHub.Tests.Support;

/// <summary>
/// A small, valid site written inline, Hugo style, built with the real default theme. Tests change one file
/// with <see cref="With"/> and build.
/// </summary>
public sealed class FixtureSite
{
    private readonly Dictionary<string, string> _files;
    private readonly Dictionary<string, byte[]> _raw = new(StringComparer.Ordinal);

    private FixtureSite(Dictionary<string, string> files) => _files = files;

    public static FixtureSite Minimal() => new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["content/site.yml"] = """
            title: Test Hub
            description: A hub for tests.
            base_url: https://example.org/peerhub/
            edit_url: https://example.org/edit/content/
            nav:
              - title: Models
                url: /models/
            crisis_checked: "2026-11-01"
            crisis:
              - name: 988 Suicide & Crisis Lifeline
                action: Call or text 988
                href: "tel:988"
              - name: Crisis Text Line
                action: Text HOME to 741741
              - name: Emergency
                action: Call 911 in an emergency
            """,
        ["content/index.md"] = "---\ntitle: Test Hub\nsummary: Home.\n---\nSee [mentoring](/models/peer-mentoring/) and [about](/about/).\n",
        ["content/about.md"] = "---\ntitle: About\nsummary: About the hub.\nsources: [deck]\n---\n## Who we are\n\nA [link home](/).\n",
        ["content/tiers/tier-1.md"] = "---\ntier: 1\ntitle: \"Tier 1: Universal\"\nwho: All students\nsummary: For everyone.\n---\nBody of tier one.\n",
        ["content/tiers/tier-2.md"] = "---\ntier: 2\ntitle: \"Tier 2: Targeted\"\nwho: Some students\nsummary: For some.\n---\nBody of tier two.\n",
        ["content/models/peer-mentoring.md"] = """
            ---
            title: Peer mentoring
            summary: Older students meet younger ones.
            tiers: [2]
            intensity: high
            training_hours: "12-20"
            supervision: Weekly with the counselor
            staff_time: 3 hours a week
            grades: "6-12"
            sources: [deck]
            ---
            ## Good fit when

            You have a counselor with time.
            """,
        ["content/models/wellness-peers.md"] = """
            ---
            title: Wellness peers
            summary: Peers share wellness tips.
            tiers: [1, 2]
            intensity: light
            training_hours: "4"
            supervision: Monthly
            staff_time: 1 hour a week
            grades: "9-12"
            ---
            Wellness body.
            """,
        ["content/scenarios/exam-stress.md"] = """
            ---
            title: Exam stress
            summary: A mentee is worried about finals.
            models: [peer-mentoring]
            skills: [active listening, empathy]
            topics: [exam stress]
            difficulty: introductory
            minutes: 20
            roles:
              - name: Peer mentor
                brief: You are meeting Sam for your weekly check-in.
              - name: Student (Sam)
                brief: You are worried about finals.
            setup: Sam arrives looking tired.
            prompts: [Sam says they have not slept.]
            debrief: [What helped Sam feel heard?]
            facilitator_notes: [Agree a step-out signal first.]
            ---
            """,
        ["content/scenarios/a-worrying-disclosure.md"] = """
            ---
            title: A worrying disclosure
            summary: A mentee says something that must go to an adult.
            models: [peer-mentoring]
            skills: [recognising red flags, getting an adult]
            topics: [self-harm]
            difficulty: advanced
            minutes: 30
            content_warning: Talks about self-harm (no details).
            roles:
              - name: Peer mentor
                brief: You are meeting Alex.
              - name: Student (Alex)
                brief: You have been struggling.
            setup: Alex is quiet today.
            red_flags: [Alex mentions hurting themselves.]
            escalation: [Say you cannot keep it secret., Walk with Alex to the school counselor now.]
            debrief: [How did the mentor explain why an adult was needed?]
            facilitator_notes: [Agree a step-out signal first.]
            ---
            """,
        ["content/curricula/foundations.md"] = """
            ---
            title: Foundations
            summary: The basics.
            audience: New peer mentors
            models: [peer-mentoring]
            sessions:
              - title: Listening
                minutes: 60
                objectives: [Listen well]
                activities: ["10 min: warm-up"]
                scenarios: [exam-stress]
              - title: Red flags
                minutes: 90
                objectives: [Spot red flags]
                activities: ["20 min: role-play"]
                scenarios: [a-worrying-disclosure]
            ---
            How to run it.
            """,
        ["content/data/sources.yml"] = "- id: deck\n  title: The deck\n  publisher: CSHA\n  url: https://example.org/deck\n",
        ["content/data/resources.yml"] = "- id: webinar\n  title: A webinar\n  url: https://example.org/webinar\n  kind: webinar\n  publisher: CSHA\n  tiers: [1]\n",
    });

    public FixtureSite With(string path, string text)
    {
        var copy = new Dictionary<string, string>(_files, StringComparer.Ordinal) { [path] = text };
        return new FixtureSite(copy);
    }

    /// <summary>Sets a file's exact bytes, for encodings the text API cannot express.</summary>
    public FixtureSite WithBytes(string path, byte[] bytes)
    {
        var copy = new FixtureSite(new Dictionary<string, string>(_files, StringComparer.Ordinal));
        foreach (var (k, v) in _raw) copy._raw[k] = v;
        copy._files.Remove(path);
        copy._raw[path] = bytes;
        return copy;
    }

    public FixtureSite Without(string path)
    {
        var copy = new Dictionary<string, string>(_files, StringComparer.Ordinal);
        copy.Remove(path);
        return new FixtureSite(copy);
    }

    /// <summary>The site's files plus the real theme from the repository.</summary>
    public SiteInput Input()
    {
        var theme = Directory.EnumerateFiles(Repo.Theme, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Theme, f).Replace('\\', '/'))
            .Where(rel => rel.StartsWith("layouts/") || rel.StartsWith("static/") || rel.StartsWith("strings/"))
            .ToDictionary(rel => rel, rel => new InputFile(rel, "themes/default/" + rel, File.ReadAllBytes(Path.Combine(Repo.Theme, rel))));
        foreach (var package in SiteInput.ThemePackages(Repo.Theme)) theme[package.RelativePath] = package;
        var mine = SiteInput.FromMemory(_files);
        foreach (var file in mine.Theme) theme[file.RelativePath] = file;   // "theme/..." entries override the real theme
        var content = mine.Content.Concat(_raw.Where(kv => kv.Key.StartsWith("content/"))
            .Select(kv => new InputFile(kv.Key["content/".Length..], kv.Key, kv.Value)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        return new SiteInput(content, theme.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList());
    }

    public BuildResult Build() => SiteBuilder.Build(Input());

    /// <summary>Writes the site's source files to a folder, for tests of the command line.</summary>
    public void WriteTo(string dir)
    {
        foreach (var (path, text) in _files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
        foreach (var (path, bytes) in _raw)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    public static string Html(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files![path]);
}

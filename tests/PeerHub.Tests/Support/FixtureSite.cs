using PeerHub.Content;
using System.Text;
using PeerHub.Site;
using PeerHub.Model;

namespace PeerHub.Tests.Support;

/// <summary>
/// A small, valid site written inline, Hugo style. It is built with the in-memory <see cref="MinimalTheme"/> unless
/// <see cref="WithRealTheme"/> asks for the repository's themes/default. Tests change one file with
/// <see cref="With"/> and build.
/// </summary>
public sealed class FixtureSite
{
    private readonly Dictionary<string, string> _files;
    private readonly Dictionary<string, byte[]> _raw;

    private readonly ThemeChoice _theme;

    private enum ThemeChoice { Minimal, Real, RealWithNpm }

    /// <summary>Whether the site is built with the repository's themes/default instead of <see cref="MinimalTheme"/>.</summary>
    public bool UsesRealTheme => _theme != ThemeChoice.Minimal;

    private FixtureSite(Dictionary<string, string> files, Dictionary<string, byte[]>? raw = null, ThemeChoice theme = ThemeChoice.Minimal)
    {
        _files = files;
        _raw = raw ?? new Dictionary<string, byte[]>(StringComparer.Ordinal);
        _theme = theme;
    }

    /// <summary>A copy with its own dictionaries, so each step of a chain of <c>With</c>s leaves the one before alone.</summary>
    private FixtureSite Copy(ThemeChoice? theme = null) => new(
        new Dictionary<string, string>(_files, StringComparer.Ordinal),
        new Dictionary<string, byte[]>(_raw, StringComparer.Ordinal),
        theme ?? _theme);

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
            training_hours: {min: 1, max: 20}
            clinical_support: regular_check_ins
            supervision: Weekly with the counselor
            adult_hours_per_week: {min: 1, max: 3}
            grades: {from: 6, to: 12}
            evidence: {summary: No published evaluation was found.}
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
            training_hours: {min: 4, max: 4}
            clinical_support: regular_check_ins
            supervision: Monthly
            adult_hours_per_week: {min: 1, max: 3}
            grades: {from: 9, to: 12}
            evidence: {summary: No published evaluation was found.}
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
            grade_bands: [high]
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
            grade_bands: [high]
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
            hope: People get through this with support, and asking for help is a strong thing to do. 988 is there any time.
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

    /// <summary>The text of one of the site's files, to change part of it.</summary>
    public string Text(string path) => _files[path];

    /// <summary>Sets a file's text ("content/..." or "theme/..." to override a theme file); it replaces bytes set for the same path.</summary>
    public FixtureSite With(string path, string text)
    {
        var copy = Copy();
        copy._raw.Remove(path);
        copy._files[path] = text;
        return copy;
    }

    /// <summary>The site with Spanish listed in site.yml (its title, description and crisis line); nothing translated yet.</summary>
    public FixtureSite WithSpanishListed() => With("content/site.yml", Text("content/site.yml") + """

        languages:
          - code: es
            name: Español
            title: Centro de prueba
            description: Un sitio para pruebas.
            crisis:
              - name: 988 Línea de Prevención del Suicidio y Crisis
                action: Llame al 988 y marque 2
                href: "tel:988"
        """);

    /// <summary>Sets a file's exact bytes, for encodings the text API cannot express.</summary>
    public FixtureSite WithBytes(string path, byte[] bytes)
    {
        var copy = Copy();
        copy._files.Remove(path);
        copy._raw[path] = bytes;
        return copy;
    }

    /// <summary>Removes a file, whether set as text or as bytes.</summary>
    public FixtureSite Without(string path)
    {
        var copy = Copy();
        copy._files.Remove(path);
        copy._raw.Remove(path);
        return copy;
    }

    /// <summary>
    /// Builds with the repository's themes/default: its layouts and static files, and lunr.js from its node_modules.
    /// Without <c>npm ci</c> a stub lunr.js stands in, which is enough for tests of the markup; tests that run the
    /// theme's scripts in a browser pass <paramref name="npmPackages"/> so the missing package fails the build instead.
    /// </summary>
    public FixtureSite WithRealTheme(bool npmPackages = false) => Copy(npmPackages ? ThemeChoice.RealWithNpm : ThemeChoice.Real);

    /// <summary>Builds with the in-memory <see cref="MinimalTheme"/> (the default).</summary>
    public FixtureSite WithMinimalTheme() => Copy(ThemeChoice.Minimal);

    /// <summary>The site's files plus the theme: <see cref="MinimalTheme"/>, or the real one from the repository.</summary>
    public SiteInput Input()
    {
        var theme = ThemeFiles().ToDictionary(f => f.RelativePath);
        var mine = SiteInput.FromMemory(_files);
        foreach (var file in mine.Theme) theme[file.RelativePath] = file;   // "theme/..." entries override the theme
        var content = mine.Content.Concat(_raw.Where(kv => kv.Key.StartsWith("content/"))
            .Select(kv => new InputFile(kv.Key["content/".Length..], kv.Key, kv.Value)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        return new SiteInput(content, theme.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList());
    }

    /// <summary>The theme's files as the generator sees them (node_modules' lunr.js already mapped to static/js/vendor/).</summary>
    private IEnumerable<InputFile> ThemeFiles()
    {
        if (_theme == ThemeChoice.Minimal) return MinimalTheme.InputFiles();
        var theme = Directory.EnumerateFiles(Repo.Theme, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Theme, f).Replace('\\', '/'))
            .Where(rel => rel.StartsWith("layouts/") || rel.StartsWith("static/") || rel.StartsWith("strings/"))
            .ToDictionary(rel => rel, rel => new InputFile(rel, "themes/default/" + rel, File.ReadAllBytes(Path.Combine(Repo.Theme, rel))));
        foreach (var package in SiteReader.ThemePackages(Repo.Theme)) theme[package.RelativePath] = package;
        foreach (var package in ThemePackageFile.All)
            if (_theme == ThemeChoice.Real && !theme.ContainsKey(package.ThemePath))
                theme[package.ThemePath] = MinimalTheme.InputFiles().Single(f => f.RelativePath == package.ThemePath);
        return theme.Values;
    }

    public BuildResult Build() => SiteBuilder.Build(Input());

    /// <summary>The theme folder <see cref="WriteTo"/> writes into <paramref name="dir"/>, to pass as <c>--theme</c>.</summary>
    public static string ThemeDir(string dir) => Path.Combine(dir, "themes", "default");

    /// <summary>
    /// Writes the site's source files to a folder, for tests of the command line, with its theme as themes/default
    /// (<see cref="ThemeDir"/>): the minimal one, or a copy of the real one (so a test may edit it), lunr.js under
    /// node_modules as npm puts it (lunr-languages too). "theme/..." overrides are written into that copy.
    /// </summary>
    public void WriteTo(string dir)
    {
        var themeDir = ThemeDir(dir);
        foreach (var file in ThemeFiles())
        {
            var onDisk = ThemePackageFile.All.FirstOrDefault(p => p.ThemePath == file.RelativePath)?.NodeModulesPath ?? file.RelativePath;
            var full = Path.Combine(themeDir, onDisk);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, file.Bytes);
        }
        foreach (var (path, text) in _files)
        {
            var full = path.StartsWith("theme/", StringComparison.Ordinal) ? Path.Combine(themeDir, path["theme/".Length..]) : Path.Combine(dir, path);
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

using PeerHub.Content;
using PeerHub.Tests.Support;
using PeerHub.Model;

namespace PeerHub.Tests.Packs;

/// <summary>The sites the pack tests build: the small fixture with a third scenario, and the real hub.</summary>
public static class PackSites
{
    /// <summary>The fixture plus a third scenario with four roles, so the builder can pick and reorder three; with the real theme, whose pack markup and scripts these tests are about.</summary>
    public static FixtureSite Fixture() => FixtureSite.Minimal().WithRealTheme(npmPackages: true).With("content/scenarios/new-student-lunch.md", """
        ---
        title: New student at lunch
        summary: A new student eats alone.
        models: [peer-mentoring, wellness-peers]
        skills: [empathy, inclusion]
        difficulty: introductory
        grade_bands: [high]
        minutes: 15
        roles:
          - name: Buddy
            brief: You notice Kim eating alone on her second day.
          - name: Student (Kim)
            brief: You are new and shy.
          - name: Friend of the buddy
            brief: You want to go and play football.
          - name: Observer
            brief: Stay silent until the debrief; note how the buddy opened the talk.
        setup: The cafeteria is loud and Kim sits at the end of a table.
        prompts: [Kim says she is fine on her own.]
        debrief: [How did the buddy make joining easy to refuse?]
        facilitator_notes: [Watch for the buddy pushing too hard.]
        ---
        """);

    /// <summary>
    /// The real hub's content. PEERHUB_PACKS_CONTENT may point at another content folder (a copy of the writers'
    /// latest) to run these tests before that content is merged.
    /// </summary>
    public static SiteInput RealHub() =>
        Environment.GetEnvironmentVariable("PEERHUB_PACKS_CONTENT") is { Length: > 0 } dir
            ? SiteReader.FromDisk(dir, Repo.Theme)
            : BuiltSite.RealHub();
}

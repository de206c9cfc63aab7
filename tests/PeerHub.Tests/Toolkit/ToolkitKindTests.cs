using System.Text.RegularExpressions;
using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Toolkit;

/// <summary>
/// The toolkit kind (issue 20): fixture sites with templates, each rule's located error, and what the real theme makes
/// of a template: placeholders marked for the profile script, every control labelled, the flowchart as an SVG with its
/// text version, and the links between templates, models and curriculum sessions.
/// </summary>
public partial class ToolkitKindTests
{
    private static string[] Problems(FixtureSite site) => site.Build().Diagnostics.Select(d => d.ToString()).ToArray();

    private static FixtureSite WithTemplate(string slug, string text) => ToolkitSites.Fixture().With($"content/toolkit/{slug}.md", text);

    /// <summary>A one-block template around the given block lines (each indented by two spaces under `blocks:`).</summary>
    private static string Template(string blocks, string extra = "") => $"""
        ---
        title: A form
        summary: A form for tests.
        audience: [staff]
        purpose: Tests one rule.
        fit: {"{"}letter: 1, a4: 1{"}"}
        {extra}blocks:
        {blocks}
        ---

        """;

    [Fact]
    public void Fixture_builds_a_page_per_template_the_listing_and_the_profile_page()
    {
        var result = ToolkitSites.Fixture().Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        foreach (var path in new[] { "toolkit/permission-form/index.html", "toolkit/red-flag-card/index.html", "toolkit/contact-log/index.html",
                     "toolkit/index.html", "toolkit/profile/index.html" })
            Assert.True(result.Files!.ContainsKey(path), $"no {path}");
        Assert.Contains("\"toolkit/permission-form/\"", FixtureSite.Html(result, "search/docs.json"));
        Assert.Contains("<loc>https://example.org/peerhub/toolkit/profile/</loc>", FixtureSite.Html(result, "sitemap.xml"));
    }

    [Fact]
    public void A_block_has_exactly_one_key()
    {
        var site = WithTemplate("two-keys", Template("  - heading: Contacts\n    text: Write one line per contact.\n  - field: {label: Name}\n  - {}"));

        Assert.Equal(
            [
                "content/toolkit/two-keys.md:8:5: error PH0010: a block has exactly one key, but this one has `heading` and `text`; make each its own block (`- heading: ...`, `- text: ...`). A translation keeps each block's key",
                "content/toolkit/two-keys.md:11:5: error PH0010: a block needs one key: heading, text, checkboxes, field, lines, table, signature, notice, flowchart, cards, page_break",
            ],
            Problems(site));
    }

    [Fact]
    public void An_unknown_block_key_is_a_located_error_with_a_hint()
    {
        var problem = Assert.Single(Problems(WithTemplate("typo", Template("  - checkbox: {label: Topics, items: [Friends]}"))));
        Assert.StartsWith("content/toolkit/typo.md:8:5: error PH0004: unknown key `checkbox`; did you mean `checkboxes`?", problem);
    }

    [Fact]
    public void An_unknown_placeholder_is_a_located_error_with_a_hint()
    {
        var site = WithTemplate("typo", Template("  - text: \"{schol_name} runs {program_name}.\"\n  - field: {label: \"{Teacher}\"}"));

        Assert.Equal(
            [
                "content/toolkit/typo.md:8:11: error PH0010: `{schol_name}` is not a placeholder; did you mean `{school_name}`? (placeholders: {school_name}, {program_name}, {adult_advisor}, {adult_advisor_contact}, {counselor}, {counselor_contact}, {meeting_place}, {after_hours}, {local_crisis}, {district_policy_url})",
                "content/toolkit/typo.md:9:20: error PH0010: `{Teacher}` is not a placeholder (placeholders: {school_name}, {program_name}, {adult_advisor}, {adult_advisor_contact}, {counselor}, {counselor_contact}, {meeting_place}, {after_hours}, {local_crisis}, {district_policy_url})",
            ],
            Problems(site));
    }

    [Fact]
    public void A_placeholder_in_a_title_is_an_error_because_lists_and_search_show_it_unfilled()
    {
        var site = WithTemplate("titled", Template("  - heading: Hello").Replace("title: A form", "title: \"{school_name} form\""));
        Assert.Equal(
            ["content/toolkit/titled.md:2:8: error PH0010: `{school_name}` in the title: titles and summaries show in lists and search, where no school's details are filled in; write it without the placeholder"],
            Problems(site));
    }

    [Fact]
    public void A_notice_id_not_in_notices_yml_is_a_located_error()
    {
        var site = WithTemplate("noticed", Template("  - notice: confidentiality-limit"));
        Assert.Equal(
            ["content/toolkit/noticed.md:8:13: error PH0006: there is no notice `confidentiality-limit` in content/data/notices.yml; did you mean `confidentiality-limits`?"],
            Problems(site));
    }

    [Fact]
    public void Flowchart_steps_must_name_steps_that_exist_and_all_connect()
    {
        var site = WithTemplate("chart", Template("""
              - flowchart:
                  label: What to do
                  steps:
                    - id: start
                      text: You notice something
                      next: ask
                    - id: ask
                      text: Is anyone in danger?
                      branches:
                        - {label: "Yes", to: emergncy}
                        - {label: "No", to: advisor}
                    - id: advisor
                      text: Tell the adult advisor.
                      next: advisor
                    - id: ask
                      text: Asked twice
                    - id: lonely
                      text: Nothing leads here
                      next: start
                      branches:
                        - {label: "Only", to: advisor}
            """));

        Assert.Equal(
            [
                "content/toolkit/chart.md:17:34: error PH0006: `to` names the step `emergncy`, but this flowchart has no step with that id (steps: start, ask, advisor, lonely)",
                "content/toolkit/chart.md:21:17: error PH0010: the step `advisor` leads to itself",
                "content/toolkit/chart.md:22:15: error PH0005: the step id `ask` is already used at line 14; each step needs its own",
                "content/toolkit/chart.md:24:15: error PH0010: no step leads to `lonely`: name it in another step's `next` or in a branch's `to`, or remove it (the first step is where the chart starts)",
                "content/toolkit/chart.md:27:11: error PH0010: the step `lonely` has both `next` and `branches`; a step goes on one way (`next`) or several labelled ways (`branches`)",
                "content/toolkit/chart.md:27:11: error PH0010: the step `lonely` has one branch; write `next: advisor` for one way on, or add the other branches",
            ],
            Problems(site));
    }

    [Fact]
    public void Fit_is_one_or_two_sheets_on_each_paper()
    {
        var site = WithTemplate("long", Template("  - heading: Hello").Replace("fit: {letter: 1, a4: 1}", "fit: {letter: 3, a4: 0}"));
        Assert.Equal(
            [
                "content/toolkit/long.md:6:15: error PH0010: `fit.letter` is the number of sheets the template prints on, 1 or 2, not 3; a longer form is two templates",
                "content/toolkit/long.md:6:22: error PH0010: `fit.a4` is the number of sheets the template prints on, 1 or 2, not 0; a longer form is two templates",
            ],
            Problems(site));
    }

    [Fact]
    public void Cards_copies_and_page_breaks_are_checked_where_they_are_written()
    {
        var site = WithTemplate("cut", Template("  - cards: {label: Sort these, items: []}\n  - page_break: false", "copies: 20\n"));
        Assert.Equal(
            [
                "content/toolkit/cut.md:7:9: error PH0010: `copies` is how many copies print on each sheet to cut apart, 2 to 12, not 20; leave it out for one form a sheet",
                "content/toolkit/cut.md:9:32: error PH0010: `cards.items` must list at least one card",
                "content/toolkit/cut.md:10:17: error PH0010: `page_break: false` does nothing; leave the block out, or write `page_break: true` to start a new sheet",
            ],
            Problems(site));
    }

    [Fact]
    public void Cards_are_a_labelled_list_and_further_copies_print_without_ids_hidden_from_screens()
    {
        var site = WithTemplate("cut", Template(
            "  - heading: Help at school\n  - cards: {label: Sort these, items: [\"**1.** Asking is strong\", \"{adult_advisor} can help\"]}\n  - page_break: true\n  - field: {label: Name}",
            "copies: 3\n")).WithRealTheme();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = FixtureSite.Html(result, "toolkit/cut/index.html");

        Assert.Contains("<section class=\"tk-cards\" aria-labelledby=\"tk-2\">\n<h3 id=\"tk-2\" class=\"tk-cards-title\">Sort these</h3>", html);
        Assert.Contains("<li><strong>1.</strong> Asking is strong</li>", html);
        Assert.Contains("<div class=\"tk-break\" aria-hidden=\"true\"></div>", html);
        // Three copies: the first owns every id; the other two carry none, so labels and ids stay unique on the page.
        Assert.Equal(3, Regex.Count(html, "<div class=\"tk-copy"));
        Assert.Equal(2, Regex.Count(html, "<div class=\"tk-copy tk-extra\" aria-hidden=\"true\">"));
        Assert.Single(Regex.Matches(html, "id=\"tk-4\""));
        Assert.Single(Regex.Matches(html, "for=\"tk-4\""));
        Assert.Equal(3, Regex.Count(html, "data-ph=\"adult_advisor\""));
    }

    [Fact]
    public void Lines_rows_and_columns_are_bounded()
    {
        var site = WithTemplate("sizes", Template("  - lines: {label: Notes, count: 0}\n  - table: {label: Log, columns: [], rows: 41}"));
        Assert.Equal(
            [
                "content/toolkit/sizes.md:8:34: error PH0010: `lines.count` is the number of lines to write on, 1 to 30, not 0",
                "content/toolkit/sizes.md:9:25: error PH0010: `table.columns` must list at least one column heading",
                "content/toolkit/sizes.md:9:44: error PH0010: `table.rows` is the number of empty rows, 1 to 40, not 41",
            ],
            Problems(site));
    }

    [Fact]
    public void A_model_a_template_names_must_exist()
    {
        var site = WithTemplate("modelled", Template("  - heading: Hello", "models: [peer-mentorin]\n"));
        Assert.Equal(
            ["content/toolkit/modelled.md:7:10: error PH0006: there is no program model `peer-mentorin` (looked for content/models/peer-mentorin.md); did you mean `peer-mentoring`?"],
            Problems(site));
    }

    [Fact]
    public void A_curriculum_naming_a_template_that_does_not_exist_fails()
    {
        var site = ToolkitSites.Fixture();
        site = site.With("content/curricula/foundations.md", site.Text("content/curricula/foundations.md")
            .Replace("    scenarios: [exam-stress]\n", "    scenarios: [exam-stress]\n    templates: [contact-log, red-flag-crd]\n"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(
            ["content/curricula/foundations.md:12:30: error PH0006: there is no toolkit template `red-flag-crd` (looked for content/toolkit/red-flag-crd.md); did you mean `red-flag-card`?"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Notices_are_checked_in_every_language()
    {
        var site = ToolkitSites.Bilingual(ToolkitSites.Fixture().WithRealTheme())
            .With("content/data/notices.yml", ToolkitSites.Notices + "- id: no-names\n  title: Again\n  text: \"Ask {adult_advisr}.\"\n")
            .With("content/data/notices.es.yml", ToolkitSites.NoticesEs + "- id: sin-nombres\n  title: Sin nombres\n  text: Nunca escriba un nombre.\n");

        Assert.Equal(
            [
                "content/data/notices.es.yml:4:7: error PH0006: there is no notice `sin-nombres` in content/data/notices.yml to translate; a translation keeps each notice's id",
                "content/data/notices.yml:7:7: error PH0005: the id `no-names` is already used by the notice at line 4",
                "content/data/notices.yml:9:9: error PH0010: `{adult_advisr}` is not a placeholder; did you mean `{adult_advisor}`? (placeholders: {school_name}, {program_name}, {adult_advisor}, {adult_advisor_contact}, {counselor}, {counselor_contact}, {meeting_place}, {after_hours}, {local_crisis}, {district_policy_url})",
            ],
            Problems(site));
    }

    [GeneratedRegex("<(input|textarea|select)\\b[^>]*>")]
    private static partial Regex Control();

    [Fact]
    public void Placeholders_render_as_marked_spans_with_a_blank_to_write_on()
    {
        var result = ToolkitSites.Fixture().WithRealTheme().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = FixtureSite.Html(result, "toolkit/permission-form/index.html");

        Assert.Contains("<span class=\"ph\" data-ph=\"school_name\"><span class=\"ph-blank\">school name</span></span> runs <span class=\"ph\" data-ph=\"program_name\">", html);
        // The notice's own placeholder is filled too, and the page says which details it fills in.
        Assert.Contains("the peer helper and <span class=\"ph\" data-ph=\"adult_advisor\">", html);
        Assert.Contains("Filled in from your school profile: School name, Program name, Adult advisor, How to reach the adult advisor, Meeting place.", html);
        Assert.Contains("<script src=\"../../js/toolkit.js\" defer></script>", html);
        Assert.DoesNotContain("{school_name}", html);
    }

    [Fact]
    public void Every_form_control_has_a_label()
    {
        var result = ToolkitSites.Fixture().WithRealTheme().Build();
        foreach (var path in new[] { "toolkit/permission-form/index.html", "toolkit/contact-log/index.html", "toolkit/red-flag-card/index.html", "toolkit/profile/index.html" })
        {
            var html = FixtureSite.Html(result, path);
            foreach (Match control in Control().Matches(html))
            {
                var tag = control.Value;
                if (tag.Contains("type=\"hidden\"", StringComparison.Ordinal)) continue;
                var id = Regex.Match(tag, "id=\"([^\"]+)\"").Groups[1].Value;
                Assert.True(tag.Contains("aria-label=\"", StringComparison.Ordinal) || (id.Length > 0 && Regex.IsMatch(html, $"<label[^>]* for=\"{id}\"")),
                    $"{path}: {tag} has no label");
            }
        }
        var log = FixtureSite.Html(result, "toolkit/contact-log/index.html");
        Assert.Contains("<caption>Contacts this week</caption>", log);
        Assert.Contains("<th scope=\"col\">Minutes</th>", log);
        Assert.Contains("aria-label=\"Minutes, row 8\"", log);
        var form = FixtureSite.Html(result, "toolkit/permission-form/index.html");
        Assert.Contains("<legend>I give permission for my child to</legend>", form);
        Assert.Contains("<label for=\"tk-7-sign\">Signature: Parent or guardian</label>", form);
        Assert.Contains("<textarea id=\"tk-6\" rows=\"3\"></textarea>", form);
    }

    [Fact]
    public void A_label_that_starts_like_a_list_or_a_heading_stays_a_label()
    {
        var site = WithTemplate("numbered", Template("  - lines: {label: \"1. Did something happen at home?\", count: 1}\n  - heading: \"# 2 of 3\"\n  - checkboxes: {label: \"- Choose\", items: [\"3) Often\", \"> Never\"]}")).WithRealTheme();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = FixtureSite.Html(result, "toolkit/numbered/index.html");

        Assert.Contains("<label for=\"tk-1\">1. Did something happen at home?</label>", html);
        Assert.Contains("<h2 class=\"tk-heading\" id=\"tk-2\"># 2 of 3</h2>", html);
        Assert.Contains("<legend>- Choose</legend>", html);
        Assert.Contains("<label for=\"tk-3-1\">3) Often</label>", html);
        Assert.Contains("<label for=\"tk-3-2\">&gt; Never</label>", html);
    }

    [Fact]
    public void A_flowchart_is_an_svg_image_labelled_by_its_title_and_its_steps_in_words()
    {
        var result = ToolkitSites.Fixture().WithRealTheme().Build();
        var html = FixtureSite.Html(result, "toolkit/red-flag-card/index.html");

        Assert.Contains("<figcaption id=\"tk-1-title\" class=\"tk-flow-title\">What to do when you see a red flag</figcaption>", html);
        Assert.Contains("role=\"img\" aria-labelledby=\"tk-1-title tk-1-steps\"", html);
        Assert.Contains("<ol id=\"tk-1-steps\">", html);
        Assert.Contains("<li id=\"tk-1-step-2\">Is anyone in danger right now? (<span class=\"tk-flow-way\">Yes: <a href=\"#tk-1-step-3\">Step 3</a></span>; <span class=\"tk-flow-way\">No: <a href=\"#tk-1-step-4\">Step 4</a></span>)</li>", html);
        // Each box's text is in the SVG, placeholders marked for the profile script to fill.
        Assert.Contains(">Is anyone in danger right now?</text>", html);
        Assert.Contains("<tspan class=\"ph\" data-ph=\"adult_advisor\"><tspan class=\"ph-blank\"", html);
        Assert.Matches(">Yes</text>", html);
    }

    [Fact]
    public void Models_list_the_templates_that_name_them_and_sessions_link_theirs()
    {
        var site = ToolkitSites.Fixture().WithRealTheme();
        site = site.With("content/curricula/foundations.md", site.Text("content/curricula/foundations.md")
            .Replace("    scenarios: [exam-stress]\n", "    scenarios: [exam-stress]\n    templates: [contact-log, red-flag-card]\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var model = FixtureSite.Html(result, "models/peer-mentoring/index.html");
        Assert.Contains("<h2 id=\"model-templates\">Forms and letters for this model</h2>", model);
        Assert.Contains("<li><a href=\"../../toolkit/permission-form/\">Parent or guardian permission form</a>", model);
        Assert.DoesNotContain("red-flag-card", model);
        var course = FixtureSite.Html(result, "curricula/foundations/index.html");
        Assert.Contains("<p class=\"session-templates\">Forms to print: <a href=\"../../toolkit/contact-log/\">Contact log</a>, <a href=\"../../toolkit/red-flag-card/\">Red flag card</a></p>", course);
        Assert.Contains("<dt>Used in</dt><dd><a href=\"../../curricula/foundations/\">Foundations</a></dd>", FixtureSite.Html(result, "toolkit/red-flag-card/index.html"));
    }

    [Fact]
    public void The_listing_groups_templates_by_audience()
    {
        var result = ToolkitSites.Fixture().WithRealTheme().Build();
        var listing = FixtureSite.Html(result, "toolkit/index.html");

        var groups = Regex.Matches(listing, "<h2 id=\"for-[a-z-]+\">([^<]+)</h2>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["For families", "For peer helpers", "For the adult advisor"], groups);
        // A template for two audiences is in both groups.
        Assert.Equal(2, Regex.Count(listing, "href=\"red-flag-card/\""));
        Assert.Contains("<h1>School toolkit</h1>", listing);
    }

    [Fact]
    public void A_translation_keeps_every_block_and_its_notices_come_from_notices_es_yml()
    {
        var result = ToolkitSites.Bilingual(ToolkitSites.Fixture().WithRealTheme()).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        var es = FixtureSite.Html(result, "es/toolkit/permission-form/index.html");
        Assert.Contains("<html lang=\"es\">", es);
        Assert.Contains("<title>Formulario de permiso de los padres o tutores", es);
        Assert.Contains("<span class=\"ph\" data-ph=\"school_name\"><span class=\"ph-blank\">nombre de la escuela</span></span> tiene", es);
        Assert.Contains("<h3 id=\"tk-5\">Lo que queda en privado y lo que no</h3>", es);
        Assert.Contains("<label for=\"tk-7-sign\">Firma: Padre, madre o tutor</label>", es);
        // A notice with no Spanish yet is shown in English, marked so.
        var log = FixtureSite.Html(result, "es/toolkit/contact-log/index.html");
        Assert.Contains("<section class=\"tk-notice\" aria-labelledby=\"tk-1\" lang=\"en\">", log);
        Assert.Contains("<label for=\"profile-school-name\">Nombre de la escuela</label>", FixtureSite.Html(result, "es/toolkit/profile/index.html"));
    }

    [Fact]
    public void A_translation_keeps_each_blocks_key_and_may_repeat_but_not_change_a_number()
    {
        var site = ToolkitSites.Bilingual(ToolkitSites.Fixture().WithRealTheme());
        var spanish = site.Text("content/toolkit/permission-form.es.md");

        var otherKey = site.With("content/toolkit/permission-form.es.md", spanish.Replace("  - heading: Permiso para participar", "  - text: Permiso para participar"));
        Assert.Contains("content/toolkit/permission-form.es.md:7:5: error PH0010: a block has exactly one key, but this one has `heading` and `text`; make each its own block (`- heading: ...`, `- text: ...`). A translation keeps each block's key",
            Problems(otherKey));

        var moreLines = site.With("content/toolkit/permission-form.es.md", spanish.Replace("count: 3", "count: 5"));
        Assert.Equal(
            ["content/toolkit/permission-form.es.md:14:49: error PH0023: `count` is the same in every language: leave it out, or write the source's value (`3`) unchanged"],
            Problems(moreLines));

        var fewerBlocks = site.With("content/toolkit/permission-form.es.md", spanish.Replace("  - heading: Permiso para participar\n", ""));
        Assert.Contains("content/toolkit/permission-form.es.md:6:1: error PH0010: `blocks` has 7 items here and 8 in the source; a translation keeps every item, in the same order",
            Problems(fewerBlocks));
    }
}

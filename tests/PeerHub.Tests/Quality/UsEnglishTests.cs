using System.Text.RegularExpressions;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Quality;

/// <summary>
/// The hub is written in US English. UK spellings and UK school terms crept in from the UK guidance it draws on; this
/// keeps them out of the content and the theme, except inside quoted titles (a UK publication keeps its own name).
/// </summary>
public partial class UsEnglishTests
{
    /// <summary>UK forms and the US form a writer should use instead.</summary>
    private static readonly (string Uk, string Us)[] Variants =
    [
        (@"recognis(e|es|ed|ing)", "recognize"), (@"organis(ation|ations|e|es|ed|ing|er|ers)", "organization, organize"),
        (@"practis(e|es|ed|ing)", "practice (the verb too)"), (@"maths", "math"), (@"favourite(s)?", "favorite"),
        (@"termly", "each semester"), (@"carers?", "parent or guardian"), (@"safeguarding lead", "designated safety lead or counselor"),
        (@"pastoral (lead|team|staff|care)", "student support"), (@"behaviour(s|al)?", "behavior"), (@"colour(s|ed|ful)?", "color"),
        (@"centre(s|d)?", "center"), (@"programmes?", "program"), (@"realis(e|es|ed|ing)", "realize"), (@"apologis(e|es|ed|ing)", "apologize"),
        (@"prioritis(e|es|ed|ing)", "prioritize"), (@"summaris(e|es|ed|ing)", "summarize"), (@"emphasis(e|es|ed|ing)", "emphasize"),
        (@"minimis(e|es|ed|ing)", "minimize"), (@"criticis(e|es|ed|ing)", "criticize"), (@"normalis(e|es|ed|ing)", "normalize"),
        (@"stigmatis(e|es|ed|ing)", "stigmatize"), (@"familiaris(e|es|ed|ing)", "familiarize"), (@"whilst", "while"),
        (@"learnt", "learned"), (@"judgement(s)?", "judgment"), (@"defence", "defense"), (@"licence", "license"),
        (@"enrol(s|ment)?", "enroll"), (@"fulfil(s|ment)?", "fulfill"), (@"mum(s)?", "mom"), (@"year (7|8|9|10|11|12|13)", "grade N"),
        (@"wellbeing", "well-being"), (@"schemes?", "program"), (@"exclusions", "suspensions"), (@"counsell(or|ors|ing)", "counselor, counseling"), (@"travell(ed|ing|er)", "traveled"),
        (@"cancell(ed|ing)", "canceled"), (@"modell(ed|ing)", "modeled"), (@"labell(ed|ing)", "labeled"),
    ];

    private static readonly Regex Pattern = new(
        @"\b(" + string.Join("|", Variants.Select(v => v.Uk)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Quoted or italic titles ("Establish a peer support programme...", *...*) and addresses keep their own spelling.</summary>
    [GeneratedRegex("\"[^\"]*\"|“[^”]*”|\\*[^*\\s][^*]*\\*|_[^_\\s][^_]*_|https?://\\S+|\\(/[^)]*\\)")]
    private static partial Regex Exempt();

    /// <summary>Where a writer's words live: content, the theme's strings and layouts, and the scripts that write text.</summary>
    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Repo.Content, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md") || f.EndsWith(".yml"))
            // A synonym list maps the words readers type, UK spellings among them, to the hub's own words.
            .Where(f => Path.GetFileName(f) != "synonyms.yml")
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Theme, "strings"), "*.yml"))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Theme, "layouts"), "*.*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Theme, "src"), "*.js"));

    /// <summary>Every UK variant outside quotes, as <c>path:line: word (use ...)</c>.</summary>
    public static IEnumerable<string> Findings(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Exempt().Replace(lines[i], "");
            // A source's or resource's title is the publisher's own name for it.
            if (path.EndsWith(".yml") && Regex.IsMatch(line, @"^\s*-?\s*(title|publisher|url|from):")) continue;
            foreach (Match m in Pattern.Matches(line))
            {
                var us = Variants.First(v => Regex.IsMatch(m.Value, $"^({v.Uk})$", RegexOptions.IgnoreCase)).Us;
                yield return $"{path}:{i + 1}: {m.Value} (use {us})";
            }
        }
    }

    [Fact]
    public void Content_and_theme_use_us_spelling_outside_quoted_titles()
    {
        var findings = Files().SelectMany(f => Findings(Path.GetRelativePath(Repo.Root, f), File.ReadAllText(f))).ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} UK spellings or terms:\n" + string.Join("\n", findings));
    }

    [Theory]
    [InlineData("Helpers practise listening.", 1)]
    [InlineData("Our safeguarding lead and the carers meet termly.", 3)]
    [InlineData("Read *Establish a peer support programme in your school*.", 0)]
    [InlineData("The guide \"Recognising red flags\" is quoted.", 0)]
    [InlineData("Helpers practice recognizing red flags at the center.", 0)]
    public void The_check_finds_uk_forms_and_spares_quoted_titles(string line, int expected) =>
        Assert.Equal(expected, Findings("x.md", line).Count());
}

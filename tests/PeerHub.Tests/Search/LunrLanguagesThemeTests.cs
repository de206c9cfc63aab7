using PeerHub.Content;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Search;
using PeerHub.Templates;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests.Search;

/// <summary>
/// lunr-languages' two browser files (lunr.stemmer.support.js, lunr.es.js) reach the site as lunr.min.js does: read from
/// the theme's node_modules, published under js/vendor/, and a located PH0017 error when npm has not installed them.
/// </summary>
public sealed class LunrLanguagesThemeTests
{
    [Fact]
    public void The_theme_reads_lunr_languages_from_node_modules_as_static_files_under_js_vendor()
    {
        LunrNode.RequireLunrLanguages();
        var packages = SiteReader.ThemePackages(Repo.Theme).ToDictionary(f => f.RelativePath);
        foreach (var (file, name) in new[] { (ThemePackageFile.LunrStemmerSupport, "lunr.stemmer.support.js"), (ThemePackageFile.LunrSpanish, "lunr.es.js") })
        {
            Assert.Equal("static/js/vendor/" + name, file.ThemePath);
            Assert.True(packages.ContainsKey(file.ThemePath), $"{file.ThemePath} was not read from {file.NodeModulesPath}");
            Assert.Equal(File.ReadAllBytes(Path.Combine(LunrNode.LunrLanguagesDirectory, name)), packages[file.ThemePath].Bytes);
            Assert.EndsWith("node_modules/lunr-languages/" + name, packages[file.ThemePath].DisplayPath);
        }
    }

    [Fact]
    public void A_theme_without_lunr_languages_is_one_located_PH0017_error_with_the_command_that_installs_it()
    {
        // Given the minimal theme without the two files npm puts in node_modules/lunr-languages
        var files = MinimalTheme.InputFiles()
            .Where(f => f.RelativePath != MinimalTheme.LunrStemmerSupportPath && f.RelativePath != MinimalTheme.LunrSpanishPath).ToList();
        var diagnostics = new DiagnosticBag();

        // When the theme is loaded
        using var theme = new Theme(files, diagnostics);

        // Then one error says so, at the theme's package.json
        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == Codes.MissingThemeFile);
        Assert.Equal("themes/default/package.json:1:1: error PH0017: lunr-languages is not installed in the theme "
            + "(node_modules/lunr-languages/lunr.stemmer.support.js, node_modules/lunr-languages/lunr.es.js); "
            + "run `npm ci --prefix themes/default` first", error.ToString());

        // And with them the theme loads without it
        var complete = new DiagnosticBag();
        using var whole = new Theme(MinimalTheme.InputFiles().ToList(), complete);
        Assert.DoesNotContain(complete.Sorted(), d => d.Code == Codes.MissingThemeFile);
    }

    [Fact]
    public void A_built_site_publishes_both_files_under_js_vendor()
    {
        var result = FixtureSite.Minimal().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (string path in SearchLanguage.Spanish.BrowserScripts.Prepend("js/vendor/lunr.min.js"))
        {
            Assert.Contains(path, result.Files!.Keys);
        }
    }

    [Fact]
    public void A_browser_that_loads_the_published_scripts_in_order_loads_a_spanish_index_and_searches_it()
    {
        // Given a Spanish index and the three scripts as the site publishes them (js/vendor/, from node_modules)
        LunrNode.RequireLunrLanguages();
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("index.json"), new LunrIndexBuilder(positionFields: SiteSearchIndex.HighlightedFields, language: SearchLanguage.Spanish)
            .Build(SpanishCorpus.Fields, SpanishCorpus.Documents));
        var published = SiteReader.ThemePackages(Repo.Theme).ToDictionary(f => f.RelativePath["static/".Length..], f => f.Bytes);
        Directory.CreateDirectory(temp.File("js/vendor"));
        foreach (var (path, bytes) in published)
        {
            File.WriteAllBytes(temp.File(path), bytes);
        }

        string[] lunrOnly = [temp.File("js/vendor/lunr.min.js")];
        string[] inOrder = [.. lunrOnly, .. SearchLanguage.Spanish.BrowserScripts.Select(temp.File)];

        // When a page runs lunr.min.js, then lunr.stemmer.support.js and lunr.es.js, then lunr.Index.load
        var loaded = BrowserLoad(temp, inOrder, ["escuchando", "confidencialidad", "niños"]);

        // Then the index loads with its Spanish pipeline and a gerund finds the pages that say the infinitive
        Assert.False(loaded.TryGetProperty("error", out var error), $"lunr.Index.load failed: {error}");
        Assert.Equal("[\"trimmer-es\",\"stemmer-es\"]", loaded.GetProperty("pipeline").GetRawText());
        var refs = loaded.GetProperty("results")[0].GetProperty("refs").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("guias/escucha-activa/", refs);

        // And without the two lunr-languages scripts lunr cannot load it
        var without = BrowserLoad(temp, lunrOnly, ["escuchando"]);
        Assert.Contains("Cannot load unregistered function: trimmer-es", without.GetProperty("error").GetString());
    }

    private static System.Text.Json.JsonElement BrowserLoad(TempDirectory temp, string[] scripts, string[] queries)
    {
        File.WriteAllText(temp.File("request.json"), System.Text.Json.JsonSerializer.Serialize(new { scripts, indexPath = temp.File("index.json"), queries }));
        LunrNode.Run("browser-load", temp.File("request.json"), temp.File("out.json"));
        return System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.File("out.json"))).RootElement.Clone();
    }
}

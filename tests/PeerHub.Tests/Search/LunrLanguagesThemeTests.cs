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
}

namespace PeerHub.Model;

/// <summary>
/// A browser library file the theme installs with npm (<c>npm ci --prefix themes/default</c>) and the site publishes:
/// read from <c>node_modules/</c>, it takes the place of a static file of the theme, so it is published under
/// <c>js/vendor/</c>. A missing one is a located PH0017 error naming the command that installs it.
/// </summary>
/// <param name="Package">The npm package, for the error message.</param>
/// <param name="NodeModulesPath">Where npm puts the file, relative to the theme folder.</param>
/// <param name="ThemePath">The theme path it is read as (a static file, published without <c>static/</c>).</param>
public sealed record ThemePackageFile(string Package, string NodeModulesPath, string ThemePath)
{
    /// <summary>lunr.js itself; the search page cannot work without it.</summary>
    public static readonly ThemePackageFile Lunr = new("lunr", "node_modules/lunr/lunr.min.js", "static/js/vendor/lunr.min.js");

    /// <summary>
    /// lunr-languages' support for its stemmers (registers <c>lunr.stemmerSupport</c> and <c>lunr.trimmerSupport</c>):
    /// loaded after lunr.js and before any language file.
    /// </summary>
    public static readonly ThemePackageFile LunrStemmerSupport =
        new("lunr-languages", "node_modules/lunr-languages/lunr.stemmer.support.js", "static/js/vendor/lunr.stemmer.support.js");

    /// <summary>
    /// lunr-languages' Spanish (registers <c>trimmer-es</c>, <c>stopWordFilter-es</c> and <c>stemmer-es</c>), which a
    /// Spanish index's pipeline names: loaded after lunr.stemmer.support.js and before <c>lunr.Index.load</c>.
    /// </summary>
    public static readonly ThemePackageFile LunrSpanish =
        new("lunr-languages", "node_modules/lunr-languages/lunr.es.js", "static/js/vendor/lunr.es.js");

    /// <summary>Every file the theme's npm packages supply, in the order a page loads them.</summary>
    public static readonly IReadOnlyList<ThemePackageFile> All = [Lunr, LunrStemmerSupport, LunrSpanish];
}

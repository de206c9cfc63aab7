using System.Text;

namespace PeerHub.Templates;

/// <summary>
/// The words of the theme's scripts (search, offline use, the pack builder, the planner): the <c>js</c> strings of a
/// language, written once per build as <c>js/ui-strings.&lt;language&gt;.js</c>. Every page loads its language's file
/// before its scripts (baseof.html), and the browser and the service worker keep it, so a page does not carry its own
/// copy: inline, the words took 4 KB of every page and 28 KB of the planner's.
/// </summary>
public static class InterfaceStrings
{
    public const string Prefix = "js";

    /// <summary>The file's path in the site for a language code.</summary>
    public static string PathFor(string language) => $"js/ui-strings.{language}.js";

    /// <summary>
    /// The script, or null when the theme has no <c>js</c> strings (a theme without scripts). It sets one global that
    /// js/strings.js reads; the JSON is escaped so it stays one expression whatever a string holds, and nothing else in
    /// the file comes from the site (not even the language's code).
    /// </summary>
    public static byte[]? Script(ThemeStrings strings) =>
        !strings.Keys.Any(k => k.StartsWith(Prefix + ".", StringComparison.Ordinal)) ? null
            : Encoding.UTF8.GetBytes("// The interface's words in one language, made by the build from the theme's strings file.\n" +
                $"self.peerhubStrings = {strings.JsonUnder(Prefix)};\n");
}

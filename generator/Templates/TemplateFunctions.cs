using System.Security.Cryptography;
using System.Text;
using PeerHub.Markdown;
using PeerHub.Text;
using Scriban.Runtime;

namespace PeerHub.Templates;

/// <summary>Functions templates may call, besides Scriban's built-ins.</summary>
public static class TemplateFunctions
{
    /// <param name="strings">The theme's words in the language of the pages these functions render, for <c>t</c>.</param>
    public static ScriptObject Create(MarkdownRenderer markdown, ThemeStrings? strings = null)
    {
        var functions = new ScriptObject();
        // An interface string in the page's language: {{ t "interface.skip_link" }}. A missing key is a build error.
        functions["t"] = new ThemeStringFunction(strings);
        // The strings under a key as a JSON object, for a page's script: <script type="application/json" id="toolkit-strings">.
        // Escaped so no string can end the script element: < > & become \u003C \u003E \u0026.
        var tJson = (string? prefix) => strings is null || prefix is null ? "{}" : strings.JsonUnder(prefix);
        functions.Import("t_json", tJson);
        functions.Import("markdownify", new Func<string?, string>(s => s is null ? "" : markdown.RenderInline(s)));
        functions.Import("slugify", new Func<string?, string>(s => s is null ? "" : Naming.Slugify(s)));
        // The CSP source that allows one inline script, such as the 404 page's: 'sha256-' and the base64 of its hash.
        functions.Import("csp_hash", new Func<string?, string>(s =>
            "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s ?? ""))) + "'"));
        // A new cache for each build: a partial rendered in one build is never reused by the next.
        functions[CachedPartial.Name] = new CachedPartial();
        return functions;
    }
}

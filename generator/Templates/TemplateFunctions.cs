using System.Security.Cryptography;
using System.Text;
using PeerHub.Markdown;
using PeerHub.Text;
using Scriban.Runtime;

namespace PeerHub.Templates;

/// <summary>Functions templates may call, besides Scriban's built-ins.</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(MarkdownRenderer markdown)
    {
        var functions = new ScriptObject();
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

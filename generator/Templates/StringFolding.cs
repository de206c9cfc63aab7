using Scriban;
using Scriban.Syntax;

namespace PeerHub.Templates;

/// <summary>
/// The theme's templates for one language, with each <c>t "key"</c> of a key the language has replaced by its
/// words, as if the layout had been written in that language. A page frame calls <c>t</c> a dozen times and a pack
/// dozens more: each call looked the function up through every scope, built an argument list and looked the key up,
/// on every page. The words are the same for the whole build, so they are looked up once, when the templates are.
/// </summary>
/// <remarks>
/// Only literal keys are folded; <c>t some_variable</c> and unknown keys stay calls, so a missing key is reported
/// where and as it always was. A theme that gives the name <c>t</c> to anything else (a variable, a loop, a capture)
/// is left as written: the call might then not mean the theme's words.
/// </remarks>
internal static class StringFolding
{
    /// <summary>The templates' pages for a language: folded, or the parsed pages themselves when folding is not safe.</summary>
    public static Dictionary<string, ScriptPage> Fold(IReadOnlyDictionary<string, Template> templates, ThemeStrings strings)
    {
        var safe = templates.Values.All(t => !RebindsT(t.Page!));
        return templates.ToDictionary(t => t.Key, t => safe ? (ScriptPage)new Folder(strings).Visit(t.Value.Page!) : t.Value.Page!, StringComparer.Ordinal);
    }

    private const string Name = "t";

    /// <summary>Whether a template uses the name t other than to call it.</summary>
    private static bool RebindsT(ScriptPage page)
    {
        var finder = new OtherUses();
        finder.Visit(page);
        return finder.Found;
    }

    private static bool IsKeyCall(ScriptFunctionCall call, out string key)
    {
        key = "";
        if (call.Target is not ScriptVariableGlobal { Name: Name } || call.Arguments.Count != 1 || call.Arguments[0] is not ScriptLiteral { Value: string literal })
            return false;
        key = literal;
        return true;
    }

    private sealed class Folder(ThemeStrings strings) : ScriptRewriter
    {
        public override ScriptNode Visit(ScriptFunctionCall node) =>
            IsKeyCall(node, out var key) && strings.Find(key) is { } words ? new ScriptLiteral(words) { Span = node.Span } : base.Visit(node);
    }

    private sealed class OtherUses : ScriptVisitor
    {
        public bool Found { get; private set; }

        public override void Visit(ScriptFunctionCall node)
        {
            // A call of t, whatever its arguments, is the use folding expects; only its arguments are looked into.
            if (node.Target is ScriptVariableGlobal { Name: Name })
            {
                foreach (var argument in node.Arguments) argument.Accept(this);
                return;
            }
            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name == Name) Found = true;
            base.Visit(node);
        }

        public override void Visit(ScriptVariableLocal node)
        {
            if (node.Name == Name) Found = true;
            base.Visit(node);
        }
    }
}

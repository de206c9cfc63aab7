using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerHub.Templates;

/// <summary>
/// <c>{{ include 'name.html' }}</c> written as a statement: the partial is evaluated straight into the page's
/// output. Scriban's own include renders into a separate buffer, turns it into a string and copies that in,
/// which for a print pack's dozens of sheets made most of a build's garbage. Any other use (the result
/// assigned, piped or passed on, or arguments given) goes to Scriban's include unchanged.
/// </summary>
internal sealed class DirectInclude() : TemplateFunction(takesName: true)
{
    private readonly IncludeFunction _scriban = new();

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is { Parent: ScriptExpressionStatement } && arguments.Count == 1 && arguments[0] is string name
            && Evaluate(context, callerContext, name))
            return null;
        return _scriban.Invoke(context, callerContext!, arguments, blockStatement!);
    }

    /// <summary>
    /// Evaluates the theme's partial into the context's current output, in the language being rendered; false, with
    /// nothing written, when the theme has no such partial (Scriban's include then loads it and reports the error).
    /// </summary>
    internal static bool Evaluate(TemplateContext context, ScriptNode callerContext, string name)
    {
        if (context.TemplateLoader?.GetPath(context, callerContext.Span, name) is not { } path || Page(context, path) is not { } partial)
            return false;
        // Scriban's recursion guard, as its include keeps it (a partial that includes itself is an error).
        context.EnterRecursive(callerContext);
        try
        {
            context.Evaluate(partial);
        }
        finally
        {
            // As Scriban's include does; without it each failed partial left a level of depth behind.
            context.ExitRecursive(callerContext);
        }
        return true;
    }

    /// <summary>The partial's page in the language being rendered (<see cref="StringFolding"/>), else as parsed.</summary>
    private static ScriptPage? Page(TemplateContext context, string path) =>
        context is Theme.ThemeContext { Pages: var pages } && pages.TryGetValue(path, out var page) ? page
        : context.CachedTemplates.TryGetValue(path, out var partial) ? partial.Page : null;
}

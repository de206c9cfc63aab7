using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerHub.Templates;

/// <summary>
/// <c>partial_cached 'name.html' key1 key2 ...</c>: renders a partial once per build for each set of keys and
/// reuses the HTML, as Hugo's <c>partialCached</c> does. The partial must depend on nothing but its keys (and
/// what is the same on every page): a scenario's guide is printed in every pack that holds the scenario, so the
/// pack sheets render it once instead of once per pack.
/// </summary>
public sealed class CachedPartial() : TemplateFunction(takesName: true)
{
    /// <summary>The name templates call it by.</summary>
    public const string Name = "partial_cached";

    private static readonly Scriban.Functions.IncludeFunction Include = new();
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count == 0 || arguments[0] is not string name || name.Length == 0)
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{Name} needs the partial's name first, then the keys it depends on");
        // A unit separator cannot appear in a template's keys, so two different key lists never share an entry.
        var key = arguments.Count == 1 ? name : Key(context, arguments);
        if (_rendered.TryGetValue(key, out var html)) return html;

        // The language's page of the partial, as include writes it into a page (with the theme's words folded in);
        // without one, Scriban's own include loads, checks and renders it, so errors read as they do for include.
        html = Render(context, callerContext, name)
            ?? context.ObjectToString(Include.Invoke(context, callerContext!, new ScriptArray { name }, blockStatement!)) ?? "";
        // Two threads may render the same key at once; both results are equal, so either may win.
        return _rendered.GetOrAdd(key, html);
    }

    /// <summary>A partial the theme has, rendered to a string; null when it has no such partial.</summary>
    private static string? Render(TemplateContext context, ScriptNode? callerContext, string name)
    {
        if (callerContext is null) return null;
        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            return DirectInclude.Evaluate(context, callerContext, name) ? output.Builder.ToString() : null;
        }
        finally { context.PopOutput(); }
    }

    private static string Key(TemplateContext context, ScriptArray arguments)
    {
        // One key (the navigation's state) is the usual case: one string, without a builder.
        if (arguments.Count == 2) return string.Concat(context.ObjectToString(arguments[0]), "\u001f", context.ObjectToString(arguments[1]));
        var key = new System.Text.StringBuilder();
        foreach (var argument in arguments)
        {
            if (key.Length > 0) key.Append('\u001f');
            key.Append(context.ObjectToString(argument));
        }
        return key.ToString();
    }
}

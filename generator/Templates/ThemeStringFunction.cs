using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerHub.Templates;

/// <summary>
/// <c>{{ t "interface.skip_link" }}</c>: an interface string in the page's language. Templates call it hundreds of
/// times a page inside loops (a label on every role card of a pack), so it is a custom function: an imported
/// delegate goes through reflection and boxes its arguments on every call.
/// </summary>
internal sealed class ThemeStringFunction(ThemeStrings? strings) : TemplateFunction(takesName: true)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        arguments.Count == 0 || arguments[0] is not string key ? "" : strings is null ? key : strings.Get(key);
}

using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerHub.Templates;

/// <summary>
/// A template function written in C#: Scriban's custom-function plumbing in one place. With a name, the function
/// takes a partial's name and then any number of further arguments; without, it takes none.
/// </summary>
public abstract class TemplateFunction(bool takesName) : IScriptCustomFunction
{
    public int RequiredParameterCount => takesName ? 1 : 0;
    public int ParameterCount => RequiredParameterCount;
    public ScriptVarParamKind VarParamKind => takesName ? ScriptVarParamKind.Direct : ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        takesName && index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "argument");

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

using System.Text;
using PeerHub.Diagnostics;
using PeerHub.Model;
using PeerHub.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Xunit;

namespace PeerHub.Tests.Templates;

/// <summary>
/// The theme's words folded into its templates once per language: the same page as calling <c>t</c> on every page,
/// without the calls, and no folding where the theme gives the name <c>t</c> to something else.
/// </summary>
public class StringFoldingTests
{
    private static ThemeStrings Strings()
    {
        var file = new InputFile("strings/en.yml", "themes/x/strings/en.yml",
            Encoding.UTF8.GetBytes("layout:\n  hello: \"Hello <b>you</b> & {name}\"\n  bye: Goodbye\n"));
        var diagnostics = new DiagnosticBag();
        var strings = new ThemeStrings([file], "themes/x", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return strings;
    }

    private static Dictionary<string, Template> Parse(string text)
    {
        var template = Template.Parse(text, "layouts/baseof.html");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        return new() { ["layouts/baseof.html"] = template };
    }

    private static string Render(ScriptPage page, ThemeStrings strings)
    {
        var functions = TemplateFunctions.Create(PeerHub.Markdown.MarkdownRenderer.Shared, strings);
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(functions);
        context.PushOutput(new StringBuilderOutput());
        context.Evaluate(page);
        return context.Output.ToString()!;
    }

    /// <summary>The keys of the calls of t with one literal key left in a page.</summary>
    private static List<string> KeyCalls(ScriptPage page)
    {
        var finder = new KeyCallFinder();
        finder.Visit(page);
        return finder.Keys;
    }

    private sealed class KeyCallFinder : ScriptVisitor
    {
        public List<string> Keys { get; } = [];

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "t" } && node.Arguments.Count == 1 && node.Arguments[0] is ScriptLiteral { Value: string key })
                Keys.Add(key);
            base.Visit(node);
        }
    }

    [Fact]
    public void Known_keys_become_their_words_and_the_page_renders_exactly_as_with_the_calls()
    {
        // Given a frame that uses t alone, in a pipe, in an expression, in a loop, with a variable key and with an unknown key
        const string text = "<p>{{ t \"layout.hello\" }}</p>\n<p>{{ t \"layout.hello\" | string.replace \"{name}\" \"Ana\" }}</p>\n"
            + "<p>{{ (t \"layout.bye\") + \"!\" }}</p>\n{{ for i in 1..2 }}<i>{{ t \"layout.bye\" }}</i>{{ end }}\n"
            + "{{ key = \"layout.bye\" }}<p>{{ t key }}</p>\n<p>{{ t \"layout.nowhere\" }}</p>\n";
        var templates = Parse(text);
        var strings = Strings();

        // When it is folded for the language
        var folded = StringFolding.Fold(templates, strings)["layouts/baseof.html"];

        // Then only the unknown key is still a call, and the page is the same as before, byte for byte
        Assert.Equal(["layout.hello", "layout.hello", "layout.bye", "layout.bye", "layout.nowhere"], KeyCalls(templates["layouts/baseof.html"].Page!));
        Assert.Equal(["layout.nowhere"], KeyCalls(folded));
        var expected = Render(templates["layouts/baseof.html"].Page!, Strings());
        Assert.Contains("<p>Hello <b>you</b> & Ana</p>", expected);
        Assert.Contains("<i>Goodbye</i><i>Goodbye</i>", expected);
        Assert.Equal(expected, Render(folded, Strings()));
    }

    [Theory]
    [InlineData("{{ t = \"mine\" }}<p>{{ t \"layout.bye\" }}</p>")]
    [InlineData("{{ for t in [1] }}{{ end }}<p>{{ t \"layout.bye\" }}</p>")]
    [InlineData("{{ capture t }}x{{ end }}<p>{{ t \"layout.bye\" }}</p>")]
    [InlineData("{{ func t; ret \"mine\"; end }}<p>{{ t \"layout.bye\" }}</p>")]
    public void A_theme_that_uses_the_name_t_for_anything_else_is_left_as_written(string text)
    {
        var templates = Parse(text);

        var folded = StringFolding.Fold(templates, Strings());

        Assert.Same(templates["layouts/baseof.html"].Page, folded["layouts/baseof.html"]);
    }
}

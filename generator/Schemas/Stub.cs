using System.Text;
using PeerHub.Yaml;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Schemas;

/// <summary>
/// The file <c>peerhub new</c> writes: every field of the content type, each with its description as a
/// comment, required ones holding a TODO placeholder (the build refuses them until filled), optional ones
/// commented out.
/// </summary>
public static class Stub
{
    /// <param name="examples">Lines to write for a key instead of its stub (<see cref="PeerHub.Content.ContentKind.NewExamples"/>).</param>
    public static string FrontMatter(ContentType type, string title, string body, IReadOnlyDictionary<string, string>? examples = null)
    {
        var sb = new StringBuilder("---\n");
        sb.Append($"# Fields are described in schemas/{type.Name}.schema.json. Replace every TODO; delete optional lines you don't need.\n");
        foreach (var p in SchemaProperty.For(type.Type))
        {
            var comment = $"# {p.Description ?? Naming.ToSnake(p.Property.Name).Replace('_', ' ')}{(p.Required || p.Key == "summary" ? "" : " (optional)")}";
            sb.Append(comment).Append('\n');
            var value = p.Key == "title" ? Quote(title) : null;
            var lines = examples?.GetValueOrDefault(p.Key) is { } example ? example.TrimEnd().Split('\n')
                : value is null ? Field(p.Key, p.Property.PropertyType, "") : [$"{p.Key}: {value}"];
            // A summary is optional in the schema but a reviewer asks for one, so the stub always asks too.
            var active = p.Required || p.Key == "summary";
            foreach (var line in lines) sb.Append(active ? line : "# " + line).Append('\n');
        }
        return sb.Append("---\n").Append(body).ToString();
    }

    private static IEnumerable<string> Field(string key, Type type, string indent)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (YamlBinder.ListElementType(t) is { } element)
        {
            yield return $"{indent}{key}:";
            if (element.IsClass && element != typeof(string) && element != typeof(SlugRef))
            {
                var first = true;
                foreach (var p in SchemaProperty.For(element).Where(p => p.Required))
                {
                    foreach (var line in Field(p.Key, p.Property.PropertyType, indent + "    "))
                    {
                        yield return first ? indent + "  - " + line.TrimStart() : line;
                        first = false;
                    }
                }
            }
            else yield return $"{indent}  - {Placeholder(element, key)}";
            yield break;
        }
        if (t.IsClass && t != typeof(string) && t != typeof(SlugRef))
        {
            yield return $"{indent}{key}:";
            // A range such as training hours has no required end: the stub asks for both.
            var fields = SchemaProperty.For(t).Where(p => p.Required).ToList();
            if (fields.Count == 0) fields = SchemaProperty.For(t).Where(p => (Nullable.GetUnderlyingType(p.Property.PropertyType) ?? p.Property.PropertyType) == typeof(double)).ToList();
            foreach (var p in fields)
                foreach (var line in Field(p.Key, p.Property.PropertyType, indent + "  ")) yield return line;
            yield break;
        }
        yield return $"{indent}{key}: {Placeholder(t, key)}";
    }

    private static string Placeholder(Type t, string key) => t switch
    {
        _ when t.IsEnum => $"TODO one of {string.Join(", ", Enum.GetNames(t).Select(Naming.ToSnake))}",
        _ when t == typeof(int) => "TODO a whole number",
        _ when t == typeof(double) => "TODO a number",
        _ when t == typeof(SlugRef) => "TODO-slug",
        _ => $"\"TODO {key.Replace('_', ' ')}\"",
    };

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

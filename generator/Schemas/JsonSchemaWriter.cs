using System.Text;
using System.Text.Json;
using PeerHub.Yaml;
using PeerHub.Text;
using PeerHub.Model;

namespace PeerHub.Schemas;

/// <summary>
/// Writes a JSON Schema (draft-07, what YAML editors understand) for a content type, read from the same C#
/// records and descriptions the binder uses, so the schema is never out of step with what the build accepts.
/// </summary>
public static class JsonSchemaWriter
{
    public static string Write(ContentType type)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("$id", $"https://peerhub.example.org/schemas/{type.Name}.schema.json");
            json.WriteString("title", $"PeerHub {type.Name}");
            json.WriteString("description", type.Description);
            if (type.IsList)
            {
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                WriteObject(json, type.Type);
            }
            else WriteObjectBody(json, type.Type);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteObject(Utf8JsonWriter json, Type type)
    {
        json.WriteStartObject();
        WriteObjectBody(json, type);
        json.WriteEndObject();
    }

    private static void WriteObjectBody(Utf8JsonWriter json, Type type)
    {
        var props = SchemaProperty.For(type);
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        var required = props.Where(p => p.Required).Select(p => p.Key).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var r in required) json.WriteStringValue(r);
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        foreach (var p in props)
        {
            json.WritePropertyName(p.Key);
            WriteValue(json, p.Property.PropertyType, p.Description);
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, Type type, string? description)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (YamlBinder.ListElementType(t) is { } element)
        {
            json.WriteStartObject();
            if (description is not null) json.WriteString("description", description);
            json.WriteString("type", "array");
            json.WritePropertyName("items");
            WriteValue(json, element, null);
            json.WriteEndObject();
            return;
        }
        if (t.IsClass && t != typeof(string) && t != typeof(SlugRef))
        {
            json.WriteStartObject();
            if (description is not null) json.WriteString("description", description);
            WriteObjectBody(json, t);
            json.WriteEndObject();
            return;
        }
        json.WriteStartObject();
        if (description is not null) json.WriteString("description", description);
        if (t.IsEnum)
        {
            json.WriteString("type", "string");
            json.WriteStartArray("enum");
            foreach (var name in Enum.GetNames(t)) json.WriteStringValue(Naming.ToSnake(name));
            json.WriteEndArray();
        }
        else if (t == typeof(int)) json.WriteString("type", "integer");
        else if (t == typeof(double)) json.WriteString("type", "number");
        else if (t == typeof(bool)) json.WriteString("type", "boolean");
        else if (t == typeof(SlugRef))
        {
            json.WriteString("type", "string");
            json.WriteString("pattern", "^[a-z0-9]+(-[a-z0-9]+)*$");
        }
        else json.WriteString("type", "string");
        json.WriteEndObject();
    }
}

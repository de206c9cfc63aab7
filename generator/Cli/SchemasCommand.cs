using System.CommandLine;
using PeerHub.Schemas;

namespace PeerHub.Cli;

/// <summary><c>peerhub schemas</c>: writes the JSON Schemas of every content type into schemas/.</summary>
public static class SchemasCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write to", DefaultValueFactory = _ => "schemas" };
        var command = new Command("schemas", "Write JSON Schemas for every front-matter type and data file, from the C# content types")
        {
            output,
        };
        command.SetAction(r => Run(r.GetValue(output)!));
        return command;
    }

    /// <summary>The schema files by name, as they should be committed.</summary>
    public static IReadOnlyDictionary<string, string> Generate() =>
        ContentTypes.All.ToDictionary(t => $"{t.Name}.schema.json", JsonSchemaWriter.Write);

    public static int Run(string output)
    {
        Directory.CreateDirectory(output);
        foreach (var (name, text) in Generate())
            File.WriteAllText(Path.Combine(output, name), text, new System.Text.UTF8Encoding(false));
        Console.WriteLine($"Wrote {ContentTypes.All.Count} schemas to {output}.");
        return 0;
    }
}

using System.CommandLine;
using PeerHub.Schemas;
using PeerHub.Text;

namespace PeerHub.Cli;

/// <summary><c>peerhub new scenario|model|curriculum|page "Title"</c>: a correctly named file with every field stubbed.</summary>
public static class NewCommand
{
    private static readonly Dictionary<string, (string Type, string Folder, string Body)> Kinds = new()
    {
        ["scenario"] = ("scenario", "scenarios", "## Variations\n\n- TODO: one or two ways a facilitator can adapt this scenario.\n"),
        ["model"] = ("model", "models", "## What it is\n\nTODO\n\n## Good fit when\n\n- TODO\n\n## Watch out for\n\n- TODO\n\n## How to start\n\n1. TODO\n\n## Training and supervision\n\nTODO\n"),
        ["curriculum"] = ("curriculum", "curricula", "## How to run this course\n\nTODO: who it is for, group size, ground rules and the step-out signal.\n"),
        ["page"] = ("page", "", "## TODO first heading\n\nTODO\n"),
    };

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to create: scenario, model, curriculum or page" };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var title = new Argument<string>("title") { Description = "The title, in quotes; the file name is made from it" };
        var content = new Option<string>("--content", "-c") { Description = "The content folder", DefaultValueFactory = _ => "content" };
        var command = new Command("new", "Create a content file from a template with every field stubbed and explained")
        {
            kind, title, content,
        };
        command.SetAction(r => Run(r.GetValue(kind)!, r.GetValue(title)!, r.GetValue(content)!));
        return command;
    }

    public static int Run(string kind, string title, string contentDir)
    {
        var (type, folder, body) = Kinds[kind];
        var slug = Naming.Slugify(title);
        if (slug.Length == 0)
        {
            Console.Error.WriteLine($"error: the title \"{title}\" has no letters or digits to make a file name from");
            return 1;
        }
        var path = Path.Combine(contentDir, folder, slug + ".md");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path.Replace('\\', '/')}:1:1: error PH0005: the file already exists; pick another title or edit that file");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Stub.FrontMatter(ContentTypes.Get(type), title.Trim(), body), new System.Text.UTF8Encoding(false));
        Console.WriteLine($"Created {path.Replace('\\', '/')}. Fill in every TODO, then run `peerhub check`.");
        return 0;
    }
}

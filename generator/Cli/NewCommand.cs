using System.CommandLine;
using PeerHub.Content;
using PeerHub.Schemas;
using PeerHub.Site;
using PeerHub.Text;

namespace PeerHub.Cli;

/// <summary><c>peerhub new &lt;kind&gt; "Title"</c>: a correctly named file of any content kind with every field stubbed.</summary>
public static class NewCommand
{
    /// <summary>Every content kind of the hub by name, plain pages included: a kind registered in SiteKinds can be created here.</summary>
    private static readonly Dictionary<string, ContentKind> Kinds = SiteKinds.Default.Content.InFolders.Append(SiteKinds.Default.Content.Page)
        .Where(k => k.Folder.Length > 0 || k == SiteKinds.Default.Content.Page)
        .ToDictionary(k => k.Name, StringComparer.Ordinal);

    private static string Names => string.Join(", ", Kinds.Keys.SkipLast(1)) + " or " + Kinds.Keys.Last();

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to create: " + Names };
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
        var contentKind = Kinds[kind];
        var folder = contentKind.Folder;
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
        File.WriteAllText(path, Stub.FrontMatter(ContentTypes.Get(contentKind.Name), title.Trim(), contentKind.NewBody, contentKind.NewExamples), new System.Text.UTF8Encoding(false));
        Console.WriteLine($"Created {path.Replace('\\', '/')}. Fill in every TODO, then run `peerhub check`.");
        return 0;
    }
}

namespace PeerHub.Tests.Support;

/// <summary>Finds the repository's folders from wherever the tests run.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "themes", "default");
    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PeerHub.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find PeerHub.sln above " + AppContext.BaseDirectory);
    }
}

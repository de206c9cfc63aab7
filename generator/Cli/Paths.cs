namespace PeerHub.Cli;

/// <summary>Where the content and theme are when the command line does not say.</summary>
public static class Paths
{
    /// <summary>
    /// The working folder's <c>content/</c> (and <c>themes/default/</c>) when they exist, else the copy of the
    /// hub that ships inside the tool, so <c>peerhub build</c> with no arguments always builds the hub.
    /// </summary>
    public static string DefaultContent() => Pick("content", Path.Combine("hub", "content"));
    public static string DefaultTheme() => Pick(Path.Combine("themes", "default"), Path.Combine("hub", "themes", "default"));

    private static string Pick(string local, string embedded) =>
        Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, embedded);
}

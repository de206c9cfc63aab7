using System.CommandLine;
using PeerHub.Diagnostics;
using PeerHub.Serve;

namespace PeerHub.Cli;

/// <summary><c>peerhub serve</c>: arguments and console only; the server is <see cref="DevServer"/>.</summary>
public static class ServeCommand
{
    public static readonly Option<int> PortOption = new("--port", "-p")
    {
        Description = "The port to listen on (default 1313; 0 picks a free one)",
        DefaultValueFactory = _ => 1313,
    };
    public static readonly Option<string> HostOption = new("--host")
    {
        Description = "The address to listen on (default 127.0.0.1, this computer only)",
        DefaultValueFactory = _ => "127.0.0.1",
    };
    public static readonly Option<string[]> AllowHostOption = new("--allow-host")
    {
        Description = "Also answer requests addressed to this name (repeatable); by default only localhost and loopback addresses, "
            + "plus this machine's name and the --host address when that is not a loopback address",
    };
    public static readonly Option<string?> BasePathOption = new("--base-path")
    {
        Description = "The path to serve the site under, such as /peerhub/ (default: the path of site.yml's base_url)",
    };

    public static Command Create()
    {
        var command = new Command("serve", "Build the site in memory, serve it, and rebuild and reload open pages when content or theme files change")
        {
            BuildCommand.ContentOption, BuildCommand.ThemeOption, PortOption, HostOption, AllowHostOption, BasePathOption,
        };
        command.SetAction((result, cancel) => Run(new ServeOptions(
            result.GetValue(BuildCommand.ContentOption)!, result.GetValue(BuildCommand.ThemeOption)!,
            result.GetValue(HostOption)!, result.GetValue(PortOption), result.GetValue(BasePathOption),
            result.GetValue(AllowHostOption) ?? []), cancel));
        return command;
    }

    /// <summary>Serves until Ctrl+C (or SIGTERM), then stops cleanly.</summary>
    public static async Task<int> Run(ServeOptions options, CancellationToken cancel)
    {
        if (!Directory.Exists(options.ContentDir))
        {
            Console.Error.WriteLine($"{options.ContentDir}:1:1: error {Codes.MissingField}: the content folder does not exist; pass --content DIR");
            return 1;
        }
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, Console.Out, Console.Error);
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use as an IOException.
            Console.Error.WriteLine($"peerhub serve: cannot listen on {options.Host}:{options.Port}: {e.Message}; try --port 0 for a free port");
            return 1;
        }
        await using (server)
        {
            Console.WriteLine($"Serving {server.Url} (watching {options.ContentDir} and {options.ThemeDir}; Ctrl+C stops)");
            try { await Task.Delay(Timeout.Infinite, cancel); }
            catch (OperationCanceledException) { }
            Console.WriteLine("Stopping.");
        }
        return 0;
    }
}

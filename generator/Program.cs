using System.CommandLine;
using PeerHub.Cli;

var root = new RootCommand("peerhub: builds the PeerHub peer-support resource hub from Markdown and YAML content")
{
    BuildCommand.CreateBuild(),
    BuildCommand.CreateCheck(),
    ServeCommand.Create(),
};
return root.Parse(args).Invoke();

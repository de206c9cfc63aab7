using System.CommandLine;
using PeerHub.Cli;

var root = new RootCommand("peerhub: builds the PeerHub peer-support resource hub from Markdown and YAML content")
{
    BuildCommand.CreateBuild(),
    BuildCommand.CreateCheck(),
    NewCommand.Create(),
    SchemasCommand.Create(),
    PublishCommand.Create(),
    ServeCommand.Create(),
    TranslationsCommand.Create(),
};
return root.Parse(args).Invoke();

using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using PeerHub.Site;
using Xunit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace PeerHub.Tests.Architecture;

/// <summary>
/// The generator's folders (one namespace each) depend on each other one way: Model and the leaf helpers at the
/// bottom, the stages on them, the builder on the stages, the command line on the builder. Read from the compiled
/// assembly, so a dependency through a fully qualified name counts as much as one through a using.
/// </summary>
public class ArchitectureTests
{
    private static readonly ArchUnitNET.Domain.Architecture Generator =
        new ArchLoader().LoadAssemblies(typeof(SiteBuilder).Assembly).Build();

    // Two namespaces of this test assembly that name each other, to show the rule below can fail.
    private static readonly ArchUnitNET.Domain.Architecture WithCycle =
        new ArchLoader().LoadAssemblies(typeof(CycleFixture.Left.A).Assembly).Build();

    [Fact]
    public void No_folder_depends_on_a_folder_that_depends_back_on_it() =>
        SliceRuleDefinition.Slices().Matching("PeerHub.(*)").Should().BeFreeOfCycles().Check(Generator);

    [Fact]
    public void The_cycle_rule_fails_on_two_namespaces_that_name_each_other()
    {
        var rule = SliceRuleDefinition.Slices().Matching("PeerHub.Tests.Architecture.CycleFixture.(*)").Should().BeFreeOfCycles();
        Assert.False(rule.HasNoViolations(WithCycle));
    }

    [Theory]
    // The model knows nothing of the stages: only the diagnostics it carries positions for.
    [InlineData("PeerHub.Model", new[] { "PeerHub.Diagnostics" })]
    // Leaves: shared helpers every stage may use.
    [InlineData("PeerHub.Diagnostics", new string[0])]
    [InlineData("PeerHub.Text", new string[0])]
    [InlineData("PeerHub.Yaml", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Text" })]
    [InlineData("PeerHub.Config", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Yaml", "PeerHub.Text" })]
    [InlineData("PeerHub.Content", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Yaml", "PeerHub.Text", "PeerHub.Config" })]
    [InlineData("PeerHub.Markdown", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Text" })]
    [InlineData("PeerHub.Html", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Text", "PeerHub.Markdown" })]
    [InlineData("PeerHub.Search", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Text", "PeerHub.Html" })]
    [InlineData("PeerHub.Templates", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Text", "PeerHub.Markdown", "PeerHub.Yaml" })]
    [InlineData("PeerHub.Toolkit", new[] { "PeerHub.Model", "PeerHub.Diagnostics", "PeerHub.Text", "PeerHub.Templates" })]
    public void A_folder_depends_only_on_the_folders_below_it(string folder, string[] allowed)
    {
        var others = new[]
        {
            "Cli", "Config", "Content", "Diagnostics", "Html", "Kinds", "Markdown", "Model", "Packs", "Planner", "Publish",
            "Schemas", "Search", "Serve", "Site", "Templates", "Text", "Toolkit", "Yaml",
        }.Select(n => "PeerHub." + n).Where(n => n != folder && !allowed.Contains(n)).ToArray();
        Types().That().ResideInNamespace(folder).Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(string.Join("|", others.Select(o => $"^{o.Replace(".", "\\.")}$"))))
            .Check(Generator);
    }

    [Fact]
    public void Nothing_but_the_command_line_uses_the_command_line() =>
        Types().That().DoNotResideInNamespace("PeerHub.Cli").And().DoNotResideInNamespace("PeerHub").Should()
            .NotDependOnAny(Types().That().ResideInNamespace("PeerHub.Cli")).Check(Generator);
}

using PeerHub.Site;
using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

public class DeterminismTests
{
    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        var first = SiteBuilder.Build(BuiltSite.RealHub());
        var second = SiteBuilder.Build(BuiltSite.RealHub());
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(first.Files!.Keys, second.Files!.Keys);
        foreach (var (path, bytes) in first.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(second.Files[path]), $"{path} differs between two builds");
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_files_are_listed()
    {
        var input = FixtureSite.Minimal().Input();
        var reversed = input with { Content = input.Content.Reverse().ToList() };
        var a = SiteBuilder.Build(input);
        var b = SiteBuilder.Build(reversed);
        Assert.True(a.Succeeded && b.Succeeded);
        foreach (var (path, bytes) in a.Files!)
            Assert.True(bytes.AsSpan().SequenceEqual(b.Files![path]), $"{path} depends on file order");
    }
}

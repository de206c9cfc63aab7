using PeerHub.Tests.Support;
using Xunit;

namespace PeerHub.Tests;

public class BuildSmokeTests
{
    [Fact]
    public void Minimal_fixture_builds_without_diagnostics()
    {
        var result = FixtureSite.Minimal().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}

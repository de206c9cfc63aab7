using PeerHub.Tests.Support;

namespace PeerHub.Tests.Quality;

/// <summary>The real hub built once for the quality tests of this collection.</summary>
public sealed class RealHubSite : IDisposable
{
    public BuiltSite Site { get; } = new(BuiltSite.RealHub());
    public void Dispose() => Site.Dispose();
}

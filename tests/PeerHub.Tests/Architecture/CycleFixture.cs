// Two namespaces that depend on each other, for ArchitectureTests to show its cycle rule can fail. Never used otherwise.
namespace PeerHub.Tests.Architecture.CycleFixture.Left
{
    internal sealed class A { public Right.B? Other { get; init; } }
}

namespace PeerHub.Tests.Architecture.CycleFixture.Right
{
    internal sealed class B { public Left.A? Other { get; init; } }
}

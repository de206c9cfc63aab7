using System.Diagnostics;
using Xunit;

namespace PeerHub.Tests.Support;

/// <summary>Named pipes for the tests of what the build refuses to read.</summary>
public static class Fifo
{
    /// <summary>Makes a named pipe at the path with the system's mkfifo.</summary>
    public static void Make(string path)
    {
        // ArgumentList, not one string: "with space.md" made a FIFO named "with" and a stray "space.md" in the working folder.
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}

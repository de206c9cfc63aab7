namespace PeerHub.Search;

/// <summary>JavaScript's <c>Math</c> functions lunr's scores depend on.</summary>
internal static class JsMath
{
    /// <summary><c>Math.log</c>.</summary>
    public static double Log(double x) => Math.Log(x);
}

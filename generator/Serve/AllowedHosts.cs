using System.Globalization;
using System.Net;

namespace PeerHub.Serve;

/// <summary>
/// The names <c>peerhub serve</c> answers to, checked against each request's <c>Host</c> header before anything is
/// served. A web page the user has open elsewhere can point a name of its own at 127.0.0.1 (DNS rebinding) and then
/// read the dev server as if it were its own site: the pages, the build status and the live-reload stream. Such a
/// request still says the attacker's name in its <c>Host</c> header, so only names that cannot be rebound are
/// accepted: <c>localhost</c> and loopback addresses (127.0.0.0/8, [::1]), with or without a port. When the server
/// is bound elsewhere on purpose (<c>--host 0.0.0.0</c> or another address), the address it is bound to (any IP
/// address, for the any-address) and the machine's own name are accepted too; <c>--allow-host NAME</c> adds a name.
/// An IP address written as the host cannot be rebound, which is why any address may be accepted in that case.
/// </summary>
public sealed class AllowedHosts
{
    private readonly IPAddress _bound;
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost" };

    /// <param name="bound">The address the server listens on.</param>
    /// <param name="extraNames">Names given with <c>--allow-host</c>.</param>
    /// <param name="machineName">The machine's name, accepted when <paramref name="bound"/> is not a loopback address.</param>
    public AllowedHosts(IPAddress bound, IEnumerable<string> extraNames, string machineName)
    {
        _bound = bound;
        foreach (var name in extraNames.Select(n => n.Trim().TrimEnd('.')).Where(n => n.Length > 0)) _names.Add(name);
        if (!IPAddress.IsLoopback(bound) && machineName.Length > 0) _names.Add(machineName);
    }

    /// <summary>The policy for a server bound to <paramref name="bound"/>, with this machine's name.</summary>
    public static AllowedHosts For(IPAddress bound, IEnumerable<string> extraNames) => new(bound, extraNames, MachineName());

    /// <summary>Whether a request with this <c>Host</c> header (<c>name</c>, <c>name:port</c>, <c>[v6]:port</c>) is answered.</summary>
    public bool Allows(string? host)
    {
        if (Split(host) is not { } name) return false;
        if (_names.Contains(name)) return true;
        if (!IPAddress.TryParse(name, out var address)) return false;
        if (IPAddress.IsLoopback(address) || IsLoopbackMappedToIPv6(address)) return true;
        if (_bound.Equals(IPAddress.Any) || _bound.Equals(IPAddress.IPv6Any)) return true;
        return address.Equals(_bound);
    }

    /// <summary>The host name less its port, brackets and a final dot; null when the header is empty or malformed.</summary>
    private static string? Split(string? host)
    {
        if (string.IsNullOrEmpty(host)) return null;
        string name, rest;
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return null;
            name = host[1..close];
            rest = host[(close + 1)..];
            // Only an IPv6 address goes in brackets.
            if (!IPAddress.TryParse(name, out var v6) || v6.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return null;
        }
        else
        {
            var colon = host.IndexOf(':', StringComparison.Ordinal);
            name = colon < 0 ? host : host[..colon];
            rest = colon < 0 ? "" : host[colon..];
        }
        if (rest.Length > 0 && (rest[0] != ':' || !ushort.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            return null;
        name = name.EndsWith('.') ? name[..^1] : name;
        return name.Length == 0 ? null : name;
    }

    private static bool IsLoopbackMappedToIPv6(IPAddress address) =>
        address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4());

    private static string MachineName()
    {
        try { return Dns.GetHostName(); }
        catch (System.Net.Sockets.SocketException) { return ""; }
    }
}

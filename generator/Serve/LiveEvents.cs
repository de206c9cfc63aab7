using System.Threading.Channels;

namespace PeerHub.Serve;

/// <summary>The open pages' event streams: every message is sent to every page.</summary>
public sealed class LiveEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];

    public int Count { get { lock (_lock) return _clients.Count; } }

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock) _clients.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_lock) _clients.Remove(channel);
    }

    /// <summary>Sends a server-sent event; <paramref name="json"/> is one line.</summary>
    public void Send(string name, string json)
    {
        var message = $"event: {name}\ndata: {json}\n\n";
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }
}

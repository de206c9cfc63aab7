using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PeerHub.Site;

/// <summary>
/// Hands each file to another output on a thread of its own, so the threads that render pages never wait on the
/// disk (a reused site is read back to leave unchanged files alone, and this VM's disk stalls at times).
/// At most a few hundred files wait at once, so memory stays bounded whatever the disk does.
/// </summary>
internal sealed class BackgroundOutput : ISiteOutput, IDisposable
{
    private readonly BlockingCollection<(string Path, byte[] Bytes)> _queue = new(boundedCapacity: 256);
    private readonly Thread _writer;
    private volatile Exception? _failure;

    public BackgroundOutput(ISiteOutput output)
    {
        _writer = new Thread(() =>
        {
            // After a failure the queue is still drained, so no rendering thread blocks on a full queue.
            foreach (var (path, bytes) in _queue.GetConsumingEnumerable())
            {
                if (_failure is not null) continue;
                try { output.Write(path, bytes); }
                catch (Exception e) { _failure = e; }
            }
        }) { IsBackground = true, Name = "peerhub output" };
        _writer.Start();
    }

    public void Write(string path, byte[] bytes)
    {
        ThrowIfFailed();
        _queue.Add((path, bytes));
    }

    /// <summary>Waits until every file is written; a write that failed is rethrown here.</summary>
    public void Complete()
    {
        Drain();
        ThrowIfFailed();
    }

    public void Dispose()
    {
        Drain();
        _queue.Dispose();
    }

    private void Drain()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _writer.Join();
    }

    private void ThrowIfFailed()
    {
        if (_failure is { } failure) ExceptionDispatchInfo.Capture(failure).Throw();
    }
}

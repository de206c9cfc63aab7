using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using PeerHub.Html;

namespace PeerHub.Site;

/// <summary>
/// Hands each file to another output on a thread of its own, so the threads that render pages never wait on the
/// disk (a reused site is read back to leave unchanged files alone, and this VM's disk stalls at times).
/// At most a few hundred files wait at once, so memory stays bounded whatever the disk does.
/// </summary>
internal sealed class BackgroundOutput : ISiteOutput, IDisposable
{
    // A file's bytes are an array or a page's pooled buffer, which is given back once written (or skipped).
    private readonly BlockingCollection<(string Path, byte[]? Bytes, PooledBytes? Pooled)> _queue = new(boundedCapacity: 256);
    private readonly Thread _writer;
    private volatile Exception? _failure;

    public BackgroundOutput(ISiteOutput output)
    {
        _writer = new Thread(() =>
        {
            // After a failure the queue is still drained, so no rendering thread blocks on a full queue.
            foreach (var (path, bytes, pooled) in _queue.GetConsumingEnumerable())
            {
                if (_failure is not null) { pooled?.Dispose(); continue; }
                try
                {
                    // The output gives a pooled page's buffer back once it has written it (or failed to).
                    if (pooled is not null) output.Write(path, pooled);
                    else output.Write(path, bytes!);
                }
                catch (Exception e) { _failure = e; }
            }
        }) { IsBackground = true, Name = "peerhub output" };
        _writer.Start();
    }

    public void Write(string path, byte[] bytes)
    {
        ThrowIfFailed();
        _queue.Add((path, bytes, null));
    }

    public void Write(string path, PooledBytes bytes)
    {
        try { ThrowIfFailed(); }
        catch { bytes.Dispose(); throw; }
        _queue.Add((path, null, bytes));
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

namespace PeerHub.Serve;

/// <summary>Holds the current <see cref="SiteState"/> and lets requests wait for the next one.</summary>
public sealed class StateHub
{
    private SiteState _state = SiteState.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();

    public SiteState Current => Volatile.Read(ref _state);

    public void Publish(SiteState state)
    {
        TaskCompletionSource done;
        lock (_lock)
        {
            Volatile.Write(ref _state, state);
            done = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.SetResult();
    }

    /// <summary>The first state with a build number above <paramref name="build"/>, or the current one when time is up.</summary>
    public async Task<SiteState> WaitForBuildAfter(int build, TimeSpan timeout, CancellationToken cancel)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timer.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (_lock)
            {
                if (_state.Build > build) return _state;
                next = _changed.Task;
            }
            try { await next.WaitAsync(timer.Token); }
            catch (OperationCanceledException) { return Current; }
        }
    }
}

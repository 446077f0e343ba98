namespace Rampart.AspNetCore.Messaging.Outbox;

/// <summary>
/// Wakes this process's relay when a DbContext that received outbox messages saved its changes, so events written
/// here go out without waiting for the next poll. Other instances' writes are still found by polling.
/// </summary>
internal class OutboxSignal
{
    private TaskCompletionSource _signal = NewSignal();

    public void Notify() => Volatile.Read(ref _signal).TrySetResult();

    /// <summary>Waits for a notification or until <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _signal);
        try
        {
            await current.Task.WaitAsync(timeout, timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Nothing written here meanwhile: poll anyway, for other instances' writes and retries that came due.
        }
        finally
        {
            if (current.Task.IsCompleted)
            {
                Interlocked.CompareExchange(ref _signal, NewSignal(), current);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

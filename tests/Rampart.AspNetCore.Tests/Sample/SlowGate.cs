namespace Rampart.AspNetCore.Tests.Sample;

/// <summary>Lets a test hold a request in flight and release it when it wants.</summary>
public sealed class SlowGate
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;

    public int Entered => Volatile.Read(ref _entered);

    public void Release() => _release.TrySetResult();

    public async Task PassAsync()
    {
        Interlocked.Increment(ref _entered);
        await _release.Task;
    }
}

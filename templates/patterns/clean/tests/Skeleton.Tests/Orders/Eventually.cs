namespace Skeleton.Tests.Orders;

/// <summary>Waits for a condition with a bounded timeout instead of sleeping a fixed time.</summary>
internal static class Eventually
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(15);
        var started = DateTime.UtcNow;
        while (!await condition())
        {
            if (DateTime.UtcNow - started > limit)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for: {because}.");
            }

            await Task.Delay(25);
        }
    }
}

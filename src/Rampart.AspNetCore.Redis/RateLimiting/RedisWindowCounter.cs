using StackExchange.Redis;

namespace Rampart.AspNetCore.Redis.RateLimiting;

/// <summary>
/// The shared fixed windows: one Redis key per partition, counted and expired by one script, so concurrent requests
/// on any number of instances are admitted in one order and never beyond the limit.
/// </summary>
internal sealed class RedisWindowCounter(RedisConnection connection)
{
    // INCR and the first PEXPIRE in one script: a window key never lives without its expiry, even if a caller dies
    // between the two. The window starts at its first request, as the framework's fixed window does.
    private static readonly LuaScript Script = LuaScript.Prepare("""
        local count = redis.call('INCR', @key)
        local ttl = redis.call('PTTL', @key)
        if ttl < 0 then
          redis.call('PEXPIRE', @key, @window)
          ttl = tonumber(@window)
        end
        return { count, ttl }
        """);

    /// <summary>Counts one request in <paramref name="key"/>'s window; null when Redis could not be asked (the caller falls back).</summary>
    public async ValueTask<WindowCount?> CountAsync(string key, TimeSpan window)
    {
        if (!connection.IsConnected)
        {
            connection.ReportFailure("the rate limiter", exception: null);
            return null;
        }

        try
        {
            var result = (RedisResult[])(await connection.Multiplexer.GetDatabase().ScriptEvaluateAsync(
                Script,
                new { key = (RedisKey)$"{connection.KeyPrefix}:ratelimit:{key}", window = (long)window.TotalMilliseconds }))!;
            connection.ReportSuccess();
            return new WindowCount((long)result[0], TimeSpan.FromMilliseconds((long)result[1]));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            connection.ReportFailure("the rate limiter", ex);
            return null;
        }
    }
}

using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Data.Idempotency;

/// <summary>Log messages of idempotency keys (event ids 1100–1199).</summary>
internal static partial class IdempotencyLog
{
    [LoggerMessage(1100, LogLevel.Debug, "Idempotency key taken in scope {Scope}")]
    public static partial void Taken(ILogger logger, string scope);

    [LoggerMessage(1101, LogLevel.Information, "Replaying the stored response {StatusCode} of an idempotency key in scope {Scope}")]
    public static partial void Replayed(ILogger logger, int statusCode, string scope);

    [LoggerMessage(1102, LogLevel.Information, "Idempotency key in scope {Scope} is still in flight")]
    public static partial void InFlight(ILogger logger, string scope);

    [LoggerMessage(1103, LogLevel.Information, "Idempotency key in scope {Scope} reused with a different request")]
    public static partial void Reused(ILogger logger, string scope);

    [LoggerMessage(1104, LogLevel.Information, "Idempotent request rolled back after status {StatusCode}; the request may be retried")]
    public static partial void RolledBack(ILogger logger, int statusCode);

    [LoggerMessage(1105, LogLevel.Error, "Could not commit an idempotent request with its response; nothing was changed and the key is free")]
    public static partial void CommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(1106, LogLevel.Information, "Deleted {Count} expired idempotency keys")]
    public static partial void Cleaned(ILogger logger, int count);

    [LoggerMessage(1107, LogLevel.Warning, "Deleting expired idempotency keys failed; will retry")]
    public static partial void CleanupFailed(ILogger logger, Exception exception);
}

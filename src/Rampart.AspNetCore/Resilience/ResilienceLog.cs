using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Resilience;

/// <summary>Log messages of outbound resilience (event ids 3000–3099).</summary>
internal static partial class ResilienceLog
{
    [LoggerMessage(3000, LogLevel.Warning, "HTTP client {Client}: attempt failed ({Reason}); attempt {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string client, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(3001, LogLevel.Error, "HTTP client {Client}: circuit opened for {BreakDuration} after repeated failures (last: {Reason})")]
    public static partial void CircuitOpened(ILogger logger, string client, TimeSpan breakDuration, string reason);

    [LoggerMessage(3002, LogLevel.Information, "HTTP client {Client}: circuit closed")]
    public static partial void CircuitClosed(ILogger logger, string client);
}

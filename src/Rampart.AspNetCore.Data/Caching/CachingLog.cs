using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Data.Caching;

internal static partial class CachingLog
{
    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "The cache is unreachable: cached reads go to the database until it is back")]
    public static partial void CacheUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "The cache is reachable again: cached reads resume")]
    public static partial void CacheAvailable(ILogger logger);
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.RequestId;

/// <summary>Source-generated logging for the per-request hot path.</summary>
internal static partial class RequestIdLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "{Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void RequestFinished(ILogger logger, string method, PathString path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Debug, Message = "Replaced an unacceptable request id of {Length} characters with {RequestId}")]
    public static partial void ReplacedRequestId(ILogger logger, int length, string requestId);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Debug, Message = "Serving module {Module}")]
    public static partial void ServingModule(ILogger logger, string module);
}

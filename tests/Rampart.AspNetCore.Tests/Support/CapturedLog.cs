using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Tests.Support;

public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyDictionary<string, object?> Scope,
    Exception? Exception);

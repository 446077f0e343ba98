using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Rampart.AspNetCore.Messaging.Tests.Support;

/// <summary>Keeps every log entry of one host, so a test can see what the building block reported.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(EventId EventId, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((eventId, formatter(state, exception)));
    }
}

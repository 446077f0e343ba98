using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Rampart.AspNetCore.Logging;

/// <summary>A category's logger of <see cref="ConsoleLinesLoggerProvider"/>; levels are filtered by the logger factory's rules.</summary>
internal sealed class ConsoleLinesLogger(string category, ConsoleLinesLoggerProvider provider) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        provider.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
    }
}

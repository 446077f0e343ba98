using Microsoft.Extensions.Logging;

namespace Rampart.Benchmarks.Edge;

/// <summary>
/// Does what a console logger does for each enabled entry (format the message, walk the scopes) and drops the text,
/// so log calls cost what they cost in production without terminal output in the measurement.
/// </summary>
internal sealed class DiscardingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new DiscardingLogger(this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class DiscardingLogger(DiscardingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var length = formatter(state, exception).Length;
            if (state is IReadOnlyList<KeyValuePair<string, object?>> properties)
            {
                foreach (var property in properties)
                {
                    length += property.Key.Length + (property.Value?.ToString()?.Length ?? 0);
                }
            }

            provider._scopes.ForEachScope(static (scope, _) => WalkScope(scope), length);
        }

        private static void WalkScope(object? scope)
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> properties)
            {
                foreach (var property in properties)
                {
                    _ = property.Value?.ToString();
                }
            }
            else
            {
                _ = scope?.ToString();
            }
        }
    }
}

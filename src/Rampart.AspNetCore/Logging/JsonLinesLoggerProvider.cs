using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Rampart.AspNetCore.Logging;

/// <summary>
/// Console logs as JSON lines, formatted by the framework's own JSON console formatter (same output as
/// <c>AddJsonConsole</c>) but written through <see cref="LogLineWriter"/>: one lock-free queue and one writer that
/// flushes whole batches, instead of a monitor handed back and forth and one write call per line.
/// </summary>
[ProviderAlias("Console")]
internal sealed class JsonLinesLoggerProvider(ConsoleFormatter formatter, LogLineWriter writer) : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, JsonLinesLogger> _loggers = new(StringComparer.Ordinal);
    private IExternalScopeProvider? _scopes;

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (category, provider) => new JsonLinesLogger(category, provider), this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = new RequestScopeFilter(scopeProvider);

    public void Dispose() => writer.Dispose();

    internal void Write<TState>(in LogEntry<TState> entry)
    {
        var line = LineBuffer.Rent();
        formatter.Write(entry, _scopes, line);
        var text = line.ToString();
        LineBuffer.Return(line);
        if (text.Length > 0)
        {
            writer.Write(text);
        }
    }

    // One formatting buffer per thread, reused: a line costs its final string only.
    private static class LineBuffer
    {
        [ThreadStatic]
        private static StringWriter? _cached;

        public static StringWriter Rent()
        {
            var writer = _cached ?? new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            _cached = null;
            return writer;
        }

        public static void Return(StringWriter writer)
        {
            var builder = writer.GetStringBuilder();
            if (builder.Capacity <= 16 * 1024)
            {
                builder.Clear();
                _cached = writer;
            }
        }
    }
}

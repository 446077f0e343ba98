using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Rampart.AspNetCore.Logging;

/// <summary>
/// Console logs formatted by one of the framework's own console formatters (same output as <c>AddJsonConsole</c> or
/// <c>AddSimpleConsole</c>) but written through <see cref="LogLineWriter"/>: one lock-free queue and one writer that
/// flushes whole batches, instead of a monitor handed back and forth and one write call per line. When
/// readable, each entry is first shaped for a person by <see cref="ReadableLine"/>.
/// </summary>
[ProviderAlias("Console")]
internal sealed class ConsoleLinesLoggerProvider(ConsoleFormatter formatter, LogLineWriter writer, bool readable = false) : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, ConsoleLinesLogger> _loggers = new(StringComparer.Ordinal);
    private IExternalScopeProvider? _scopes;

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, static (category, provider) => new ConsoleLinesLogger(category, provider), this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = new RequestScopeFilter(scopeProvider);

    public void Dispose() => writer.Dispose();

    internal void Write<TState>(in LogEntry<TState> entry)
    {
        var line = LineBuffer.Rent();
        if (readable)
        {
            ReadableLine.Write(formatter, entry, _scopes, line);
        }
        else
        {
            formatter.Write(entry, _scopes, line);
        }

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

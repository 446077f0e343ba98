using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Rampart.AspNetCore.RequestId;

namespace Rampart.AspNetCore.Logging;

/// <summary>
/// Shapes an entry for the framework's single-line simple formatter the way <c>dotnet run</c> reads: the category's
/// last segment (<c>RequestIdMiddleware</c>, not its namespace), the request id after the message when the line was
/// written while serving a request, and an exception's stack on indented lines below rather than folded into the line.
/// </summary>
internal static class ReadableLine
{
    public static void Write<TState>(ConsoleFormatter formatter, in LogEntry<TState> entry, IExternalScopeProvider? scopes, TextWriter output)
    {
        var requestId = RequestIdOf(scopes);
        var message = entry.Formatter;
        Func<TState, Exception?, string> shaped = requestId is null
            ? (state, _) => message(state, null)
            : (state, _) => $"{message(state, null)} (request {requestId})";
        formatter.Write(new LogEntry<TState>(entry.LogLevel, ShortCategory(entry.Category), entry.EventId, entry.State, exception: null, shaped), scopeProvider: null, output);
        if (entry.Exception is { } exception)
        {
            foreach (var line in exception.ToString().Split('\n'))
            {
                output.Write("      ");
                output.WriteLine(line.TrimEnd('\r'));
            }
        }
    }

    /// <summary><c>RequestIdMiddleware</c> from <c>Rampart.AspNetCore.RequestId.RequestIdMiddleware</c>; generic arguments count as part of the name.</summary>
    public static string ShortCategory(string category)
    {
        var generic = category.IndexOfAny(['<', '[']);
        var name = generic < 0 ? category : category[..generic];
        var dot = name.LastIndexOf('.');
        return dot < 0 || dot == name.Length - 1 ? category : category[(dot + 1)..];
    }

    private static string? RequestIdOf(IExternalScopeProvider? scopes)
    {
        var found = new StrongBox<string?>();
        scopes?.ForEachScope(static (scope, box) => box.Value ??= (scope as RequestScope)?.RequestId, found);
        return found.Value;
    }
}

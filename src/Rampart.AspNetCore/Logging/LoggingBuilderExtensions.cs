using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Rampart.AspNetCore.Logging;

namespace Microsoft.Extensions.Logging;

/// <summary>Configures logs the Rampart way.</summary>
public static class LoggingBuilderExtensions
{
    // Lines that may wait to be written before a logger waits for room.
    private const int QueueCapacity = 10_000;

    /// <summary>
    /// Writes console logs in the format <see cref="ConsoleLogFormats.Setting"/> names: by default readable lines
    /// (<see cref="AddRampartReadableConsole"/>) in Development and JSON lines (<see cref="AddRampartJsonConsole"/>)
    /// everywhere else. Throws when the setting holds anything but <c>Auto</c>, <c>Json</c> or <c>Text</c>.
    /// </summary>
    public static ILoggingBuilder AddRampartConsole(this ILoggingBuilder logging, IHostEnvironment environment, IConfiguration configuration)
    {
        return ConsoleLogFormats.WritesReadableLines(environment, configuration) ? logging.AddRampartReadableConsole() : logging.AddRampartJsonConsole();
    }

    /// <summary>
    /// Writes console logs as one JSON object per line with scopes (request id, trace id, module) and UTC
    /// timestamps, formatted by the framework's JSON console formatter (<c>Logging:Console:FormatterOptions</c>
    /// applies) and written in batches to standard output by one background writer. Replaces the framework's console
    /// provider; other providers configured by the host stay.
    /// </summary>
    public static ILoggingBuilder AddRampartJsonConsole(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return logging.WriteConsoleThroughRampart(ConsoleFormatterNames.Json, readable: false);
    }

    /// <summary>
    /// Writes console logs as one readable line per event, as <c>dotnet run</c> shows them: local time, the level (in
    /// colour on a terminal, or when <c>Logging:Console:FormatterOptions:ColorBehavior</c> is <c>Enabled</c>), the
    /// category's last segment, the message and, while serving a request, its request id; an exception's stack follows
    /// on indented lines. Formatted by the framework's simple console formatter, written like the JSON lines.
    /// </summary>
    public static ILoggingBuilder AddRampartReadableConsole(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.IncludeScopes = false;
            options.TimestampFormat = "HH:mm:ss ";
        });
        return logging.WriteConsoleThroughRampart(ConsoleFormatterNames.Simple, readable: true);
    }

    private static ILoggingBuilder WriteConsoleThroughRampart(this ILoggingBuilder logging, string formatterName, bool readable)
    {
        var framework = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
        foreach (var descriptor in framework)
        {
            logging.Services.Remove(descriptor);
        }

        logging.Services.TryAddSingleton(_ => new LogLineWriter(System.Console.OpenStandardOutput(), QueueCapacity));
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, ConsoleLinesLoggerProvider>(provider => new ConsoleLinesLoggerProvider(
            provider.GetServices<ConsoleFormatter>().Single(f => f.Name == formatterName),
            provider.GetRequiredService<LogLineWriter>(),
            readable)));
        logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return logging;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Rampart.AspNetCore.Logging;

namespace Microsoft.Extensions.Logging;

/// <summary>Configures logs the Rampart way.</summary>
public static class LoggingBuilderExtensions
{
    // Lines that may wait to be written before a logger waits for room.
    private const int QueueCapacity = 10_000;

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
        var framework = logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList();
        foreach (var descriptor in framework)
        {
            logging.Services.Remove(descriptor);
        }

        logging.Services.TryAddSingleton(_ => new LogLineWriter(System.Console.OpenStandardOutput(), QueueCapacity));
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, JsonLinesLoggerProvider>(provider => new JsonLinesLoggerProvider(
            provider.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json),
            provider.GetRequiredService<LogLineWriter>())));
        logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return logging;
    }
}

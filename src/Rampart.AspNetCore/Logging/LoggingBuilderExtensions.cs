namespace Microsoft.Extensions.Logging;

/// <summary>Configures logs the Rampart way.</summary>
public static class LoggingBuilderExtensions
{
    /// <summary>
    /// Writes console logs as one JSON object per line with scopes (request id, trace id, module) and UTC
    /// timestamps. Other providers configured by the host stay.
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
        logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        return logging;
    }
}

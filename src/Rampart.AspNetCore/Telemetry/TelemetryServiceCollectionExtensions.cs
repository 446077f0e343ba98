using Rampart.AspNetCore.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers OpenTelemetry tracing and metrics.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RampartTelemetryOptions"/> from <c>Rampart:Telemetry</c> and runs the OpenTelemetry SDK's
    /// tracer and meter providers for the host's lifetime: ASP.NET Core, HttpClient and Npgsql activity sources and
    /// meters, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or <c>Rampart:Telemetry:OtlpEndpoint</c>)
    /// is set; flushed and disposed on shutdown. An incoming W3C <c>traceparent</c> is continued.
    /// </summary>
    public static IServiceCollection AddRampartTelemetry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRampartOptions<RampartTelemetryOptions>(RampartTelemetryOptions.SectionName);
        services.AddHostedService<TelemetryLifecycleService>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Rampart.AspNetCore.Telemetry;

/// <summary>
/// Ties the OpenTelemetry SDK's tracer and meter providers to the host: built before the server starts (so the
/// first request is traced), flushed and disposed after the server has drained.
/// </summary>
internal sealed partial class TelemetryLifecycleService(
    IOptions<RampartTelemetryOptions> options,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<TelemetryLifecycleService> logger) : IHostedLifecycleService, IDisposable
{
    private static readonly TimeSpan FlushTimeout = TimeSpan.FromSeconds(5);
    private TracerProvider? _tracer;
    private MeterProvider? _meter;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.OtlpEndpoint ?? ParseEndpoint(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var serviceName = settings.ServiceName ?? environment.ApplicationName;
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);

        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource([.. RampartTelemetrySources.ActivitySources, .. settings.ExtraSources]);
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. RampartTelemetrySources.Meters, .. settings.ExtraMeters]);
        if (endpoint is not null)
        {
            var protocol = settings.OtlpProtocol ?? configuration["OTEL_EXPORTER_OTLP_PROTOCOL"];
            tracing.AddOtlpExporter(exporter => Point(exporter, endpoint, protocol, "v1/traces"));
            metrics.AddOtlpExporter(exporter => Point(exporter, endpoint, protocol, "v1/metrics"));
            _meter = metrics.Build();
        }
        else
        {
            // Nothing would read what is recorded: activities still exist, so trace context is continued and trace ids
            // reach logs and problems, but no span data is collected, and no metrics are aggregated.
            tracing.SetSampler(new AlwaysOffSampler());
        }

        _tracer = tracing.Build();
        LogStarted(logger, serviceName, endpoint);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        _tracer?.ForceFlush((int)FlushTimeout.TotalMilliseconds);
        _meter?.ForceFlush((int)FlushTimeout.TotalMilliseconds);
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _tracer?.Dispose();
        _meter?.Dispose();
        _tracer = null;
        _meter = null;
    }

    // Over HTTP the SDK appends the signal's path only to an endpoint it read from the environment itself.
    private static void Point(OtlpExporterOptions exporter, Uri endpoint, string? protocol, string signalPath)
    {
        if (string.Equals(protocol, "http/protobuf", StringComparison.OrdinalIgnoreCase))
        {
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
        }
        else
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = endpoint;
        }
    }

    private static Uri? ParseEndpoint(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Telemetry for {ServiceName} started; OTLP endpoint: {Endpoint}")]
    private static partial void LogStarted(ILogger logger, string serviceName, Uri? endpoint);
}

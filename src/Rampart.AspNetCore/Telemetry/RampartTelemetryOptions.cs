namespace Rampart.AspNetCore.Telemetry;

/// <summary>What is traced and measured, and where it goes. Bound from <c>Rampart:Telemetry</c>.</summary>
/// <remarks>
/// The standard variables are read from configuration (any source, not only the process environment):
/// <c>OTEL_SERVICE_NAME</c> and <c>OTEL_RESOURCE_ATTRIBUTES</c> name the resource, <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and <c>OTEL_EXPORTER_OTLP_HEADERS</c> configure the exporter. The settings here
/// take their place when the variables are not set.
/// </remarks>
public sealed class RampartTelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Telemetry";

    /// <summary>The <c>service.name</c> resource attribute when <c>OTEL_SERVICE_NAME</c> is not set. Defaults to the application name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// The OTLP endpoint for logs, traces and metrics when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is not set. When neither is
    /// set, nothing is exported: traces are still continued from <c>traceparent</c> and their ids still reach the logs,
    /// but no span is recorded and no metric aggregated. Defaults to none.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>
    /// The protocol for <see cref="OtlpEndpoint"/>: <c>grpc</c> or <c>http/protobuf</c>. Defaults to the
    /// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> setting, else <c>grpc</c>.
    /// </summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>
    /// Whether metrics are served in the Prometheus text format at <c>/metrics</c> for a scraper. Expose that path on an
    /// internal network only. Defaults to false.
    /// </summary>
    public bool Prometheus { get; set; }

    /// <summary>
    /// Activity sources traced besides ASP.NET Core, HttpClient, Npgsql and Rampart's own, for example a module's; read
    /// from configuration when services are registered. Defaults to none.
    /// </summary>
    public IList<string> ExtraSources { get; init; } = [];

    /// <summary>
    /// Meters collected besides ASP.NET Core, Kestrel, HttpClient, Npgsql, the runtime and Rampart's own; read from
    /// configuration when services are registered. Defaults to none.
    /// </summary>
    public IList<string> ExtraMeters { get; init; } = [];
}

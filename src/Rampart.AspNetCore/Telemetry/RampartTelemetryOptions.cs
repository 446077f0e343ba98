namespace Rampart.AspNetCore.Telemetry;

/// <summary>What is traced and measured, and where it goes. Bound from <c>Rampart:Telemetry</c>.</summary>
public sealed class RampartTelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Rampart:Telemetry";

    /// <summary>The <c>service.name</c> resource attribute. Defaults to the application name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// The OTLP endpoint. Defaults to the <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> setting; when neither is set, nothing
    /// is exported (traces are still continued from <c>traceparent</c> and ids still reach the logs).
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>
    /// The OTLP protocol: <c>grpc</c> or <c>http/protobuf</c>. Defaults to the <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>
    /// setting, else <c>grpc</c>.
    /// </summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>Activity sources traced besides ASP.NET Core, HttpClient and Npgsql, for example a module's own. Defaults to none.</summary>
    public IList<string> ExtraSources { get; init; } = [];

    /// <summary>Meters collected besides ASP.NET Core, Kestrel, HttpClient, Npgsql and the runtime. Defaults to none.</summary>
    public IList<string> ExtraMeters { get; init; } = [];
}

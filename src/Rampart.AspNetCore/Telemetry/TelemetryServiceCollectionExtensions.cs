using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Rampart.AspNetCore.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers OpenTelemetry through its hosting package.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="RampartTelemetryOptions"/> from <c>Rampart:Telemetry</c> and adds OpenTelemetry with
    /// <c>AddOpenTelemetry()</c>: a resource named by <c>OTEL_SERVICE_NAME</c> / <c>OTEL_RESOURCE_ATTRIBUTES</c> (read
    /// from <paramref name="configuration"/>), traces of ASP.NET Core (health probes left out), HttpClient, Npgsql and
    /// every Rampart source, and metrics of ASP.NET Core, HttpClient, Npgsql and the runtime. Logs, traces and metrics go
    /// over OTLP (<c>UseOtlpExporter()</c>) when an endpoint is configured, and metrics to <c>/metrics</c> when
    /// <c>Rampart:Telemetry:Prometheus</c> is true. With neither, nothing is recorded: an incoming <c>traceparent</c> is
    /// still continued and trace ids still reach the logs and problems, but no span is sampled and no metric collected.
    /// </summary>
    public static IServiceCollection AddRampartTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRampartOptions<RampartTelemetryOptions>(RampartTelemetryOptions.SectionName);

        // Sources and exporters are chosen while services are registered, as the SDK requires, so these settings are read
        // from configuration here; a value that is not a URI or a boolean exports nothing and stops the start through the
        // options' validation instead.
        var section = configuration.GetSection(RampartTelemetryOptions.SectionName);
        var standardEndpoint = Absolute(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var rampartEndpoint = standardEndpoint is null ? Absolute(section["OtlpEndpoint"]) : null;
        var prometheus = bool.TryParse(section["Prometheus"], out var scrape) && scrape;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .Clear()
                .AddService(section["ServiceName"] is { Length: > 0 } name ? name : ApplicationName(services))
                .AddTelemetrySdk()
                .AddEnvironmentVariableDetector())
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddSource([.. RampartTelemetrySources.ActivitySources, .. List(section, "ExtraSources")]);
                if (standardEndpoint is null && rampartEndpoint is null && !prometheus)
                {
                    // The measured fast path: nothing would read a span, so none is recorded (contexts still propagate).
                    tracing.SetSampler(new AlwaysOffSampler());
                }
            });

        if (standardEndpoint is not null || rampartEndpoint is not null || prometheus)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter([.. RampartTelemetrySources.Meters, .. List(section, "ExtraMeters")]);
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                    services.AddSingleton<PrometheusScraping>();
                }
            });
        }

        if (standardEndpoint is not null || rampartEndpoint is not null)
        {
            telemetry.WithLogging(configureBuilder: null, options =>
            {
                options.IncludeScopes = true;
                options.IncludeFormattedMessage = true;
            });
            if (rampartEndpoint is null)
            {
                // Endpoint, protocol, headers and timeouts as the OTEL_EXPORTER_OTLP_* settings say.
                telemetry.UseOtlpExporter();
            }
            else
            {
                var protocol = section["OtlpProtocol"] ?? configuration["OTEL_EXPORTER_OTLP_PROTOCOL"];
                telemetry.UseOtlpExporter(
                    string.Equals(protocol, "http/protobuf", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc,
                    rampartEndpoint);
            }
        }

        return services;
    }

    private static IEnumerable<string> List(IConfigurationSection section, string key) =>
        section.GetSection(key).GetChildren().Select(child => child.Value).OfType<string>();

    private static Uri? Absolute(string? value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;

    private static string ApplicationName(IServiceCollection services) =>
        services.FirstOrDefault(d => d.ServiceType == typeof(IHostEnvironment))?.ImplementationInstance is IHostEnvironment environment
            ? environment.ApplicationName
            : AppDomain.CurrentDomain.FriendlyName;
}

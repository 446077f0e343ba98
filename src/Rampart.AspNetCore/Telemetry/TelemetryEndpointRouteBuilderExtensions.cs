using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rampart.AspNetCore.Telemetry;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Prometheus scraping endpoint.</summary>
public static class TelemetryEndpointRouteBuilderExtensions
{
    /// <summary>The path Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// Maps <c>/metrics</c> (the OpenTelemetry Prometheus exporter's own endpoint) when <c>Rampart:Telemetry:Prometheus</c>
    /// is on; otherwise maps nothing. Exempt from rate limiting and absent from the OpenAPI document.
    /// </summary>
    public static IEndpointRouteBuilder MapRampartMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<PrometheusScraping>() is not null)
        {
            endpoints.MapPrometheusScrapingEndpoint(MetricsPath).DisableRateLimiting().ExcludeFromDescription();
        }

        return endpoints;
    }
}

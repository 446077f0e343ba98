using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rampart.AspNetCore.Configuration;
using Rampart.AspNetCore.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Wires every Rampart building block at the edge with one call.</summary>
public static class RampartWebApplicationBuilderExtensions
{
    /// <summary>
    /// Reads secrets mounted as files when <c>Rampart:Secrets:Directory</c> is set, then registers problem details,
    /// strict JSON and validation, request ids and console logs (readable in Development, JSON elsewhere,
    /// <c>Rampart:Logging:Format</c> decides), OpenTelemetry,
    /// health, graceful shutdown, rate limiting, trusted proxies, security headers, the body and request-line/header limits,
    /// CORS, API versioning by URL segment, OpenAPI (one document per version) and feature flags,
    /// each bound from its <c>Rampart:*</c> section and validated at start-up. Pair with
    /// <c>app.UseRampartDefaults()</c> and <c>app.MapRampartPlatformEndpoints()</c>. The service project still calls
    /// <c>builder.Services.AddValidation()</c> itself so the validation source generator sees its request types.
    /// </summary>
    public static WebApplicationBuilder AddRampartDefaults(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddRampartSecretFiles();
        builder.Services.AddRampartOptions<SecretFilesOptions>(SecretFilesOptions.SectionName);
        if (ConsoleLogFormats.WritesReadableLines(builder.Environment, builder.Configuration))
        {
            ReadableLogLevels.AddAsDefaults(builder.Configuration);
        }

        builder.Logging.AddRampartConsole(builder.Environment, builder.Configuration);
        builder.Services
            .AddRampartProblemDetails()
            .AddRampartValidation()
            .AddRampartRequestId()
            .AddRampartTelemetry(builder.Configuration)
            .AddRampartShutdown()
            .AddRampartRateLimiting()
            .AddRampartForwardedHeaders()
            .AddRampartSecurityHeaders()
            .AddRampartRequestBodyLimit()
            .AddRampartRequestLimits()
            .AddRampartCors()
            .AddRampartApiVersioning()
            .AddRampartOpenApi()
            .AddRampartFeatureFlags(builder.Configuration)
            .AddRampartHealth();
        return builder;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rampart.AspNetCore.Errors;
using Rampart.AspNetCore.Resilience;

// The extension sits in the DI namespace, next to AddHttpClient.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds outbound resilience to a named or typed HTTP client.</summary>
public static class ResilienceHttpClientBuilderExtensions
{
    /// <summary>
    /// Wraps the client's calls in a total timeout, retries with jittered backoff for transient failures (5xx, 408,
    /// 429 honouring <c>Retry-After</c>, connection failures, attempt timeouts; never POST/PATCH unless keyed or
    /// opted in), a circuit breaker and a per-attempt timeout. Call it before other message handlers so the
    /// pipeline wraps them. Settings are per client name and validated at startup.
    /// </summary>
    public static IHttpClientBuilder AddRampartResilience(this IHttpClientBuilder builder, Action<OutboundResilienceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        var options = builder.Services.AddOptions<OutboundResilienceOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboundResilienceOptions>, OutboundResilienceOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboundResiliencePipelines>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionClassifier, OutboundExceptionClassifier>());
        return builder.AddHttpMessageHandler(services => new ResilienceHandler(
            name,
            services.GetRequiredService<OutboundResiliencePipelines>().Get(name),
            services.GetRequiredService<TimeProvider>()));
    }
}

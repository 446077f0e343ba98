using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
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
    /// Adds Microsoft.Extensions.Http.Resilience's standard resilience handler (concurrency limit, total timeout, retry
    /// with jittered exponential backoff, circuit breaker, attempt timeout) set from <see cref="OutboundResilienceOptions"/>:
    /// transient failures (5xx, 408, 429 honouring <c>Retry-After</c> up to a limit, connection failures, attempt
    /// timeouts) are retried, but never a POST, PATCH or CONNECT unless it carries an <c>Idempotency-Key</c> or the client
    /// opts in. A call the open circuit refuses throws <see cref="OutboundCircuitOpenException"/>, and an edge request
    /// that meets it, or a timeout, answers 503 <c>outbound.unavailable</c>. Call it before other message handlers so the
    /// pipeline wraps them. Settings are per client name and validated at start-up.
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
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionClassifier, OutboundExceptionClassifier>());

        builder.AddHttpMessageHandler(services => new CircuitOpenHandler(name, services.GetRequiredService<TimeProvider>()));
        builder.AddStandardResilienceHandler().Configure((standard, services) =>
            Apply(services.GetRequiredService<IOptionsMonitor<OutboundResilienceOptions>>().Get(name), standard, services.GetRequiredService<TimeProvider>()));
        return builder;
    }

    private static void Apply(OutboundResilienceOptions settings, HttpStandardResilienceOptions standard, TimeProvider time)
    {
        standard.TotalRequestTimeout.Timeout = settings.TotalTimeout;
        standard.AttemptTimeout.Timeout = settings.AttemptTimeout;

        var retry = standard.Retry;
        // The package wants at least one retry; zero retries is a rule that never lets one happen.
        retry.MaxRetryAttempts = Math.Max(1, settings.MaxRetryAttempts);
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.Delay = settings.RetryBaseDelay;
        retry.MaxDelay = settings.RetryMaxDelay;
        retry.ShouldHandle = args => ValueTask.FromResult(TransientHttpFailures.ShouldRetry(args.Context, args.Outcome, settings, time.GetUtcNow()));

        var breaker = standard.CircuitBreaker;
        breaker.FailureRatio = settings.FailureRatio;
        breaker.MinimumThroughput = settings.MinimumThroughput;
        breaker.SamplingDuration = settings.SamplingDuration;
        breaker.BreakDuration = settings.BreakDuration;
    }
}

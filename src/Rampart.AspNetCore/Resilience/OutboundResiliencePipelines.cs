using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// One pipeline per named client, built once and shared: the circuit's state must outlive the message handlers,
/// which the HTTP client factory recycles. Order, outside in: total timeout, retry, circuit breaker, attempt timeout.
/// </summary>
internal sealed class OutboundResiliencePipelines(
    IOptionsMonitor<OutboundResilienceOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    /// <summary>The request of the current call, for decisions that depend on it (may it be repeated?).</summary>
    public static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("Rampart.Resilience.Request");

    private readonly ConcurrentDictionary<string, Lazy<ResiliencePipeline<HttpResponseMessage>>> _pipelines = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggerFactory.CreateLogger("Rampart.AspNetCore.Resilience");

    public ResiliencePipeline<HttpResponseMessage> Get(string clientName) =>
        _pipelines.GetOrAdd(clientName, name => new Lazy<ResiliencePipeline<HttpResponseMessage>>(() => Build(name))).Value;

    private ResiliencePipeline<HttpResponseMessage> Build(string clientName)
    {
        var settings = options.Get(clientName);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider, Name = clientName };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = settings.TotalTimeout });
        if (settings.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context, args.Outcome, settings)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? TransientHttpFailures.RetryAfter(response, timeProvider.GetUtcNow()) : null),
                OnRetry = args =>
                {
                    ResilienceLog.Retrying(_logger, clientName, args.AttemptNumber + 1, args.RetryDelay, Describe(args.Outcome));
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = settings.FailureRatio,
            MinimumThroughput = settings.MinimumThroughput,
            SamplingDuration = settings.SamplingDuration,
            BreakDuration = settings.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(TransientHttpFailures.IsTransient(args.Outcome)),
            OnOpened = args =>
            {
                ResilienceLog.CircuitOpened(_logger, clientName, args.BreakDuration, Describe(args.Outcome));
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                ResilienceLog.CircuitClosed(_logger, clientName);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = settings.AttemptTimeout });
        return builder.Build();
    }

    private bool ShouldRetry(ResilienceContext context, Outcome<HttpResponseMessage> outcome, OutboundResilienceOptions settings)
    {
        if (!TransientHttpFailures.IsTransient(outcome)
            || !context.Properties.TryGetValue(RequestKey, out var request)
            || !TransientHttpFailures.MayRepeat(request, settings.RetryNonIdempotentMethods))
        {
            return false;
        }

        return outcome.Result is not { } response
            || TransientHttpFailures.RetryAfter(response, timeProvider.GetUtcNow()) is not { } wait
            || wait <= settings.MaxRetryAfter;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int)outcome.Result!.StatusCode}";
}

namespace Rampart.AspNetCore.Resilience;

/// <summary>
/// Resilience of one named outbound HTTP client: a total timeout, retries with jittered exponential backoff for
/// transient failures, a circuit breaker and a timeout per attempt. Configured per client name and validated at startup.
/// </summary>
public sealed class OutboundResilienceOptions
{
    /// <summary>Longest time one call may take, retries and delays included. Defaults to 30 seconds.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest time one attempt may take; an attempt that times out is retried. Defaults to 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt (0 turns retries off). Defaults to 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; doubled per retry, with jitter. Defaults to 500 milliseconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest computed retry delay. Defaults to 10 seconds.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Longest <c>Retry-After</c> the client waits for; a 429 or 503 asking for longer is returned to the caller
    /// instead of being retried. Defaults to 30 seconds.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether POST, PATCH and CONNECT requests are retried too. Off by default: retrying a request that is not
    /// idempotent can repeat its effect. A request carrying an <c>Idempotency-Key</c> header is retried regardless.
    /// Defaults to false.
    /// </summary>
    public bool RetryNonIdempotentMethods { get; set; }

    /// <summary>Share of failed attempts within <see cref="SamplingDuration"/> that opens the circuit. Defaults to 0.5.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts within <see cref="SamplingDuration"/> before the circuit may open. Defaults to 5.</summary>
    public int MinimumThroughput { get; set; } = 5;

    /// <summary>The window over which failures are counted. Defaults to 30 seconds.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls fast before letting a trial call through. Defaults to 30 seconds.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}

using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Resilience;

/// <summary>Rejects resilience settings the standard resilience handler cannot run with, naming the client and the setting.</summary>
internal sealed class OutboundResilienceOptionsValidator : IValidateOptions<OutboundResilienceOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundResilienceOptions options)
    {
        var prefix = $"Resilience of HTTP client '{name}':";
        var failures = new List<string>();
        foreach (var (value, setting, minimum) in new[]
        {
            (options.TotalTimeout, nameof(options.TotalTimeout), TimeSpan.FromMilliseconds(10)),
            (options.AttemptTimeout, nameof(options.AttemptTimeout), TimeSpan.FromMilliseconds(10)),
            (options.RetryBaseDelay, nameof(options.RetryBaseDelay), TimeSpan.Zero),
            (options.RetryMaxDelay, nameof(options.RetryMaxDelay), TimeSpan.Zero),
            (options.MaxRetryAfter, nameof(options.MaxRetryAfter), TimeSpan.Zero),
            (options.SamplingDuration, nameof(options.SamplingDuration), TimeSpan.FromMilliseconds(500)),
            (options.BreakDuration, nameof(options.BreakDuration), TimeSpan.FromMilliseconds(500)),
        })
        {
            if (value < minimum || value > TimeSpan.FromDays(1))
            {
                failures.Add($"{prefix} {setting} must be between {minimum} and 1 day (was {value}).");
            }
        }

        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"{prefix} AttemptTimeout ({options.AttemptTimeout}) must not exceed TotalTimeout ({options.TotalTimeout}).");
        }

        // The standard resilience handler's own rule: the breaker must see at least two attempts' worth of time.
        if (options.SamplingDuration < options.AttemptTimeout * 2)
        {
            failures.Add($"{prefix} SamplingDuration ({options.SamplingDuration}) must be at least twice AttemptTimeout ({options.AttemptTimeout}).");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{prefix} MaxRetryAttempts must be between 0 and 10 (was {options.MaxRetryAttempts}).");
        }

        if (options.FailureRatio is <= 0 or > 1)
        {
            failures.Add($"{prefix} FailureRatio must be above 0 and at most 1 (was {options.FailureRatio}).");
        }

        if (options.MinimumThroughput < 2)
        {
            failures.Add($"{prefix} MinimumThroughput must be at least 2 (was {options.MinimumThroughput}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

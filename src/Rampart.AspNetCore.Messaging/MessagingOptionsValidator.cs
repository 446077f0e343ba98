using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Messaging;

/// <summary>Rejects settings the relay or consumers cannot run with, naming the setting.</summary>
internal sealed partial class MessagingOptionsValidator : IValidateOptions<MessagingOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        var failures = new List<string>();
        if (!ServiceNamePattern().IsMatch(options.ServiceName))
        {
            failures.Add($"Messaging:ServiceName '{options.ServiceName}' is invalid: use lower case letters, digits, '.', '-' or '_' (for example 'orders').");
        }

        Positive(failures, options.PollInterval, nameof(options.PollInterval));
        Positive(failures, options.RetryBaseDelay, nameof(options.RetryBaseDelay));
        Positive(failures, options.TransportUnavailableDelay, nameof(options.TransportUnavailableDelay));
        Positive(failures, options.DeliveryRetryBaseDelay, nameof(options.DeliveryRetryBaseDelay));
        Positive(failures, options.PublishedRetention, nameof(options.PublishedRetention));
        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("Messaging:RetryMaxDelay must be at least Messaging:RetryBaseDelay.");
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"Messaging:BatchSize must be between 1 and 10000 (was {options.BatchSize}).");
        }

        if (options.MaxPublishAttempts < 1)
        {
            failures.Add($"Messaging:MaxPublishAttempts must be at least 1 (was {options.MaxPublishAttempts}).");
        }

        if (options.MaxDeliveryAttempts < 1)
        {
            failures.Add($"Messaging:MaxDeliveryAttempts must be at least 1 (was {options.MaxDeliveryAttempts}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"Messaging:{name} must be positive (was {value}).");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex ServiceNamePattern();
}

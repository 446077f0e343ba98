using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Messaging.Webhooks;

/// <summary>Rejects webhook settings that could not deliver or verify anything, naming the setting and the webhook.</summary>
internal sealed class WebhookOptionsValidator(WebhookRegistry registry)
    : IValidateOptions<WebhookSenderOptions>, IValidateOptions<WebhookReceiverOptions>, IValidateOptions<WebhookDispatcherOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookSenderOptions options)
    {
        if (name is null || !registry.Senders.Contains(name))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var prefix = $"Webhooks:{name}";
        if (options.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{prefix}:Url must be an absolute http or https URL (was '{options.Url}').");
        }

        Secrets(failures, prefix, options.Secrets);
        if (options.MaxAttempts < 1)
        {
            failures.Add($"{prefix}:MaxAttempts must be at least 1 (was {options.MaxAttempts}).");
        }

        Positive(failures, options.RetryBaseDelay, $"{prefix}:RetryBaseDelay");
        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add($"{prefix}:RetryMaxDelay must be at least {prefix}:RetryBaseDelay.");
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, WebhookReceiverOptions options)
    {
        if (name is null || !registry.Receivers.ContainsKey(name))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var prefix = $"Webhooks:{name}";
        Secrets(failures, prefix, options.Secrets);
        Positive(failures, options.Tolerance, $"{prefix}:Tolerance");
        if (options.MaxBodySize < 1)
        {
            failures.Add($"{prefix}:MaxBodySize must be at least 1 byte (was {options.MaxBodySize}).");
        }

        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, WebhookDispatcherOptions options)
    {
        var failures = new List<string>();
        Positive(failures, options.PollInterval, "Webhooks:Dispatcher:PollInterval");
        Positive(failures, options.DeliveredRetention, "Webhooks:Dispatcher:DeliveredRetention");
        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"Webhooks:Dispatcher:BatchSize must be between 1 and 1000 (was {options.BatchSize}).");
        }

        return Result(failures);
    }

    private static void Secrets(List<string> failures, string prefix, IList<string> secrets)
    {
        if (secrets.Count == 0)
        {
            failures.Add($"{prefix}:Secrets needs at least one secret (make one with WebhookSecret.Generate()).");
        }

        for (var i = 0; i < secrets.Count; i++)
        {
            if (WebhookSecret.TryDecode(secrets[i], out var problem) is null)
            {
                failures.Add($"{prefix}:Secrets:{i} is invalid: {problem}.");
            }
        }
    }

    private static void Positive(List<string> failures, TimeSpan value, string setting)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} must be positive (was {value}).");
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}

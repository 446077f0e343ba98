using Microsoft.Extensions.Options;

namespace Rampart.AspNetCore.Messaging.RabbitMq;

/// <summary>Rejects broker settings the service cannot run with, naming the setting.</summary>
internal sealed class RabbitMqOptionsValidator : IValidateOptions<RabbitMqOptions>
{
    public ValidateOptionsResult Validate(string? name, RabbitMqOptions options)
    {
        var failures = new List<string>();
        if (options.Uri is not { IsAbsoluteUri: true } uri || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
        {
            failures.Add("RabbitMq:Uri is missing or not an amqp:// or amqps:// URI (for example amqp://user:password@host:5672/).");
        }

        if (options.PrefetchCount == 0)
        {
            failures.Add("RabbitMq:PrefetchCount must be at least 1: an unbounded prefetch lets one instance hoard the queue.");
        }

        foreach (var (value, setting) in new[]
        {
            (options.RecoveryInterval, nameof(options.RecoveryInterval)),
            (options.ConnectionTimeout, nameof(options.ConnectionTimeout)),
            (options.HealthCheckTimeout, nameof(options.HealthCheckTimeout)),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"RabbitMq:{setting} must be positive (was {value}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

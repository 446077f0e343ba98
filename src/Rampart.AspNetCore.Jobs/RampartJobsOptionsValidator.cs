using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace Rampart.AspNetCore.Jobs;

/// <summary>Rejects scheduler settings the service cannot run with, naming the setting (never printing a connection string).</summary>
internal sealed partial class RampartJobsOptionsValidator(RampartJobs jobs, IConfiguration configuration) : IValidateOptions<RampartJobsOptions>
{
    private const string Section = RampartJobsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, RampartJobsOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(options.ConnectionStringName)))
        {
            failures.Add($"ConnectionStrings:{options.ConnectionStringName} is missing: the scheduler keeps its jobs and cluster state in that database ({Section}:ConnectionStringName names it).");
        }

        if (!IdentifierPattern().IsMatch(options.Schema))
        {
            failures.Add($"{Section}:Schema '{options.Schema}' is invalid: use lower case letters, digits and '_', starting with a letter.");
        }

        Positive(failures, options.MisfireThreshold, nameof(options.MisfireThreshold));
        Positive(failures, options.CheckinInterval, nameof(options.CheckinInterval));
        Positive(failures, options.JobTimeout, nameof(options.JobTimeout));
        foreach (var (job, schedule) in options.Schedules)
        {
            if (!jobs.Registrations.Any(r => string.Equals(r.Name, job, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"{Section}:Schedules:{job} names no job of this service (its jobs: {string.Join(", ", jobs.Registrations.Select(r => r.Name))}).");
            }
            else if (schedule.Cron is { } cron && !CronExpression.TryParse(cron, out _))
            {
                failures.Add($"{Section}:Schedules:{job}:Cron '{cron}' is not a cron expression: Quartz cron has seconds first, for example '0 */5 * * * ?' (every five minutes).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{name} must be positive (was {value}).");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex IdentifierPattern();
}

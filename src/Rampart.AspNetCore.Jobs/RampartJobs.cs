using Quartz;

namespace Rampart.AspNetCore.Jobs;

/// <summary>The jobs of a service, each with a name, a default schedule and a misfire rule; configuration may change all three.</summary>
public sealed class RampartJobs
{
    /// <summary>The Quartz group of every job added here.</summary>
    public const string Group = "rampart";

    private readonly List<JobRegistration> _jobs = [];

    internal IReadOnlyList<JobRegistration> Registrations => _jobs;

    /// <summary>The Quartz key of the job added as <paramref name="name"/>: to trigger it now (<c>IScheduler.TriggerJob</c>), pause or inspect it.</summary>
    public static JobKey KeyOf(string name) => new(name, Group);

    /// <summary>
    /// Schedules <typeparamref name="TJob"/> (resolved in its own scope per run, so it may take a DbContext) as
    /// <paramref name="name"/> on <paramref name="cron"/> (Quartz cron with seconds, UTC). Overlapping runs of one job never
    /// happen, on one instance or across the cluster.
    /// </summary>
    public RampartJobs Add<TJob>(string name, string cron, JobMisfire misfire = JobMisfire.RunOnceNow, string? description = null)
        where TJob : class, IJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        if (!CronExpression.TryParse(cron, out _))
        {
            throw new ArgumentException($"'{cron}' is not a cron expression: Quartz cron has seconds first, for example '0 */5 * * * ?' (every five minutes).", nameof(cron));
        }

        if (_jobs.Exists(job => string.Equals(job.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A job named '{name}' is already added.", nameof(name));
        }

        _jobs.Add(new JobRegistration(name, typeof(TJob), cron, misfire, description));
        return this;
    }
}

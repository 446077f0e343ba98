namespace Rampart.AspNetCore.Jobs;

/// <summary>The schedule of one job (<c>Rampart:Jobs:Schedules:&lt;name&gt;</c>); unset values keep what the code gave.</summary>
public sealed class JobScheduleOptions
{
    /// <summary>A Quartz cron expression with seconds (<c>0 */5 * * * ?</c>: every five minutes), evaluated in UTC.</summary>
    public string? Cron { get; set; }

    /// <summary>What a firing missed while no instance ran (a deploy, an outage) becomes.</summary>
    public JobMisfire? Misfire { get; set; }

    /// <summary>When false the job is not scheduled. Default true.</summary>
    public bool Enabled { get; set; } = true;
}
